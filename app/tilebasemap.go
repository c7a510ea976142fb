package app

import (
	"path/filepath"
	"strings"
	"sync/atomic"

	"ningbomap/app/locale"
	"ningbomap/geo"
	"ningbomap/importer"
	"ningbomap/tiles"
)

// tileBasemap is a tile package (MBTiles or PMTiles) drawn under the districts and the
// places: an exhibition's own aerial or street map. Its tiles decode off the UI goroutine
// into a bounded cache (tiles.DefaultCacheBytes); a tile that arrives asks for a new frame.
type tileBasemap struct {
	file    *tiles.File
	src     *tiles.Source
	on      bool        // shown (the layer panel's switch)
	pending atomic.Bool // a redraw was asked for by an arriving tile and not yet made
}

// openTileBasemap opens path. redraw is called on the UI goroutine when tiles arrived;
// problem is told (on the UI goroutine) of the first corrupt tile.
func openTileBasemap(path string, post func(func()), redraw func(), problem func(error)) (*tileBasemap, error) {
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
	return tb, nil
}

// install hands the tiles to the renderer, shown or not; the districts become outlines
// over them (no opaque fill) while they show.
func (tb *tileBasemap) install(r *geo.Renderer) {
	r.SetTiles(tb.src)
	r.SetTilesVisible(tb.on)
	st, around := districtStyle, geo.NeighbourStyle
	if tb.on {
		st, around = st.Outline(), around.Outline()
	}
	r.SetStyle(layerDistricts, st)
	r.SetStyle(layerNeighbours, around)
}

// attribution is the tile package's own credit, as plain text (QGIS and MapTiler write
// HTML links there).
func (tb *tileBasemap) attribution() string {
	return plainText(tb.file.Meta().Attribution)
}

// close stops the decoding workers and closes the file.
func (tb *tileBasemap) close() {
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
	tb, err := openTileBasemap(path, ui.async.post, ui.mapView.Redraw, func(err error) {
		ui.notices.problems.show(err)
	})
	if err != nil {
		return err
	}
	ui.users.tiles = tb
	ui.mapView.Update(tb.install)
	return nil
}

// setTilesVisible switches the tile basemap on or off (the layer panel's switch).
func (ui *mainUI) setTilesVisible(on bool) {
	if ui.users.tiles == nil || ui.users.tiles.on == on {
		return
	}
	ui.users.tiles.on = on
	ui.mapView.Update(ui.users.tiles.install)
	ui.mapView.Redraw()
	if c := ui.notices.credits; c != nil { // the package's credit shows only with its tiles
		c.Text = ui.attribution()
		c.Refresh()
	}
}

// closeTiles stops the tile decoding (at exit).
func (ui *mainUI) closeTiles() {
	if ui.users.tiles != nil {
		ui.users.tiles.close()
	}
}

// attribution is the credits line: the article and the basemap's source, and the tile
// package's own credit when it shows.
func (ui *mainUI) attribution() string {
	line := locale.T("map.attribution")
	if ui.users.tiles != nil && ui.users.tiles.on {
		if a := ui.users.tiles.attribution(); a != "" {
			line += " · " + locale.T("map.tiles") + a
		}
	}
	return line
}
