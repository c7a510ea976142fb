package app

import (
	"path/filepath"

	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/app/locale"
	"ningbomap/geo"
)

// underlay is a basemap a user gives, drawn under the places: a raster tile package
// (basemap.Tiles) or a vector one (basemap.Vector). The window knows it only through this.
type underlay interface {
	Install(r *geo.Renderer) // hands its layers to the renderer, shown or hidden
	Shown() bool
	Show(on bool)        // the layer panel's switch (Install again to follow it)
	Attribution() string // its source's credit, for the credits line
	Path() string        // the file it reads (no saver may write over it)
	Wait()               // until what the frames asked for has arrived (pictures)
	Close()              // stops its workers (at exit)
}

// openTiles opens the tile package the options name, if any (nil when none), raster or
// vector (see openBasemap). A file that cannot be used is an error; the built-in basemap
// stays.
func openTiles(opts Options, scale float64, borders []orb.LineString, post func(func()), redraw func(), problem func(error)) (underlay, error) {
	cfgPath := opts.Config.Basemap
	if cfgPath != "" && !filepath.IsAbs(cfgPath) && opts.Config.Path != "" {
		cfgPath = filepath.Join(filepath.Dir(opts.Config.Path), cfgPath)
	}
	path, err := basemap.ChooseTiles(opts.Basemap, cfgPath, opts.DataDir)
	if err != nil || path == "" {
		return nil, err
	}
	return openBasemap(path, opts.BasemapCRS, scale, borders, post, redraw, problem)
}

// setTilesVisible switches the tile basemap on or off (the layer panel's switch).
func (ui *mainUI) setTilesVisible(on bool) {
	u := ui.users.tiles
	if u == nil || u.Shown() == on {
		return
	}
	u.Show(on)
	ui.mapView.Update(u.Install)
	ui.updateLabels()                      // the tiles' names come and go with them
	if c := ui.notices.credits; c != nil { // the package's credit shows only with its tiles
		c.Text = ui.attribution()
		c.Refresh()
	}
}

// closeTiles stops the tile decoding (at exit).
func (ui *mainUI) closeTiles() {
	if ui.users.tiles != nil {
		ui.users.tiles.Close()
	}
}

// attribution is the credits line: the article and the basemap's source, and the tile
// package's own credit when it shows.
func (ui *mainUI) attribution() string {
	line := locale.T("map.attribution")
	if u := ui.users.tiles; u != nil && u.Shown() {
		if a := u.Attribution(); a != "" {
			line += " · " + locale.T("map.tiles") + a
		}
	}
	return line
}
