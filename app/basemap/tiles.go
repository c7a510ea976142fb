package basemap

import (
	"strings"

	"ningbomap/geo"
	"ningbomap/importer"
	"ningbomap/tiles"
)

// Tiles is a tile package (MBTiles or PMTiles) drawn under the districts and the
// places: an exhibition's own aerial or street map. Its tiles decode off the UI goroutine
// into a bounded cache (tiles.DefaultCacheBytes); a tile that arrives asks for a new frame.
// It lives on the UI goroutine.
type Tiles struct {
	file *tiles.File
	src  *tiles.Source
	on   bool // shown (the layer panel's switch)
}

// OpenTiles opens path, shown. post hands work to the UI goroutine (fyne.Do); redraw is
// called there when tiles arrived, and problem is told there of the first corrupt tile.
func OpenTiles(path string, post func(func()), redraw func(), problem func(error)) (*Tiles, error) {
	f, err := tiles.Open(path)
	if err != nil {
		return nil, err
	}
	tb := &Tiles{file: f, on: true}
	tb.src = tiles.NewSource(f, tiles.SourceOptions{
		OnTile:  coalesced(post, redraw), // many tiles, one redraw
		OnError: func(err error) { post(func() { problem(err) }) },
	})
	return tb, nil
}

// Install hands the tiles to the renderer, shown or not; the districts become outlines
// over them (no opaque fill) while they show.
func (tb *Tiles) Install(r *geo.Renderer) {
	r.SetTiles(tb.src)
	r.SetTilesVisible(tb.on)
	st, around := districtStyle, geo.NeighbourStyle
	if tb.on {
		st, around = st.Outline(), around.Outline()
	}
	r.SetStyle(layerDistricts, st)
	r.SetStyle(layerNeighbours, around)
}

// Shown reports whether the tiles show; Show shows or hides them (Install them again to
// have the renderer follow).
func (tb *Tiles) Shown() bool  { return tb.on }
func (tb *Tiles) Show(on bool) { tb.on = on }

// Attribution is the tile package's own credit, as plain text (QGIS and MapTiler write
// HTML links there).
func (tb *Tiles) Attribution() string {
	return PlainText(tb.file.Meta().Attribution)
}

// Path is the tile package's file (one the window reads, which its savers must not
// write over).
func (tb *Tiles) Path() string { return tb.file.Path() }

// Wait waits until the tiles asked for so far have arrived (a picture draws again then).
func (tb *Tiles) Wait() { tb.src.Wait() }

// Close stops the decoding workers and closes the file.
func (tb *Tiles) Close() {
	tb.src.Close()
}

// PlainText is s without its HTML (as the importer reads KML descriptions), on one line.
func PlainText(s string) string {
	return strings.Join(strings.Fields(importer.PlainText(s)), " ")
}

// ChooseTiles picks the tile package: the command line's, else the configuration's,
// else one in the data folder ("" when there is none).
func ChooseTiles(flag, config, dataDir string) (string, error) {
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
