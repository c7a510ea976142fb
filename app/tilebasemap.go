package app

import (
	"path/filepath"
	"strings"
	"sync/atomic"

	"ningbomap/crs"
	"ningbomap/geo"
	"ningbomap/importer"
	"ningbomap/tiles"
)

// underlay is a basemap a user gives, drawn under the districts and the places: a raster
// tile package (tileBasemap) or a vector one (vectorBasemap).
type underlay interface {
	Install(r *geo.Renderer) // hands its layers to the renderer, shown or hidden
	Shown() bool
	Show(on bool)        // the layer panel's switch (Install again to follow it)
	Attribution() string // its source's credit, for the credits line
	Wait()               // until what the frames asked for has arrived (pictures)
	Close()              // stops its workers (at exit)
	Path() string        // the file it reads
}

// tileBasemap is a tile package (MBTiles or PMTiles) drawn under the districts and the
// places: an exhibition's own aerial or street map. Its tiles decode off the UI goroutine
// into a bounded cache (tiles.DefaultCacheBytes); a tile that arrives asks for a new frame.
type tileBasemap struct {
	file    *tiles.File
	src     *tiles.Source
	ts      geo.TileSource // src, or src redrawn for WGS 84 (tiles cut in GCJ-02)
	on      bool           // shown (the layer panel's switch)
	pending atomic.Bool    // a redraw was asked for by an arriving tile and not yet made
}

// openTileBasemap opens path, cut in frame. redraw is called on the UI goroutine when
// tiles arrived; problem is told (on the UI goroutine) of the first corrupt tile.
func openTileBasemap(path string, frame crs.Frame, post func(func()), redraw func(), problem func(error)) (*tileBasemap, error) {
	f, err := tiles.Open(path)
	if err != nil {
		return nil, err
	}
	tb := &tileBasemap{file: f, on: true}
	tb.src = tiles.NewSource(f, tiles.SourceOptions{
		OnTile: func() {
			if tb.pending.CompareAndSwap(false, true) { // many tiles, one redraw
				post(func() {
					tb.pending.Store(false)
					redraw()
				})
			}
		},
		OnError: func(err error) { post(func() { problem(err) }) },
	})
	tb.ts = tb.src
	if frame != crs.WGS84 {
		tb.ts = geo.NewFrameTiles(tb.src, frame.FromWGS84, 0)
	}
	return tb, nil
}

// install hands the tiles to the renderer, shown or not; the districts become outlines
// over them (no opaque fill) while they show.
func (tb *tileBasemap) Install(r *geo.Renderer) {
	r.SetTiles(tb.ts)
	r.SetTilesVisible(tb.on)
	outlineDistricts(r, tb.on)
}

// outlineDistricts draws the districts and the areas around the city as outlines (no
// opaque fill) over a tile basemap that shows, filled otherwise.
func outlineDistricts(r *geo.Renderer, on bool) {
	st, around := districtStyle, geo.NeighbourStyle
	if on {
		st, around = st.Outline(), around.Outline()
	}
	r.SetStyle(layerDistricts, st)
	r.SetStyle(layerNeighbours, around)
}

// Shown reports whether the tiles show; Show shows or hides them (Install them again to
// have the renderer follow).
func (tb *tileBasemap) Shown() bool  { return tb.on }
func (tb *tileBasemap) Show(on bool) { tb.on = on }

// Wait waits until the tiles asked for so far have arrived (a picture draws again then).
func (tb *tileBasemap) Wait() { tb.src.Wait() }

// Path is the tile package's file.
func (tb *tileBasemap) Path() string { return tb.file.Path() }

// attribution is the tile package's own credit, as plain text (QGIS and MapTiler write
// HTML links there).
func (tb *tileBasemap) Attribution() string {
	return plainText(tb.file.Meta().Attribution)
}

// close stops the decoding workers and closes the file.
func (tb *tileBasemap) Close() {
	tb.src.Close()
}

// plainText is s without its HTML (as the importer reads KML descriptions), on one line.
func plainText(s string) string {
	return strings.Join(strings.Fields(importer.PlainText(s)), " ")
}

// chooseTileFile picks the tile package: the command line's, else the configuration's,
// else one in the data folder ("" when there is none).
func chooseTileFile(flag, config, dataDir string) (string, error) {
	switch {
	case flag != "":
		return flag, nil
	case config != "":
		return config, nil
	case dataDir != "":
		return tiles.Find(dataDir)
	}
	return "", nil
}

// openTiles opens the tile package the options name, if any, and hands it to the
// renderer. A file that cannot be used is reported and the built-in basemap stays.
func (ui *mainUI) openTiles(opts Options) error {
	cfgPath := opts.Config.Basemap
	if cfgPath != "" && !filepath.IsAbs(cfgPath) && opts.Config.Path != "" {
		cfgPath = filepath.Join(filepath.Dir(opts.Config.Path), cfgPath)
	}
	path, err := chooseTileFile(opts.Basemap, cfgPath, opts.DataDir)
	if err != nil || path == "" {
		return err
	}
	tb, err := openBasemap(path, opts.BasemapCRS, ui.canvasScale(), districtBorders(ui.ds), ui.async.post, ui.mapView.Redraw, func(err error) {
		ui.notices.problems.showFrom("basemap", err)
	})
	if err != nil {
		return err
	}
	ui.users.tiles = tb
	ui.mapView.Update(tb.Install)
	return nil
}

// setTilesVisible switches the tile basemap on or off (the layer panel's switch).
func (ui *mainUI) setTilesVisible(on bool) {
	if ui.users.tiles == nil || ui.users.tiles.Shown() == on {
		return
	}
	ui.users.tiles.Show(on)
	ui.mapView.Update(ui.users.tiles.Install)
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
	line := T("map.attribution")
	if ui.users.tiles != nil && ui.users.tiles.Shown() {
		if a := ui.users.tiles.Attribution(); a != "" {
			line += " · " + T("map.tiles") + a
		}
	}
	return line
}
