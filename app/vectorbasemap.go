package app

import (
	"errors"

	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/app/locale"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/tiles"
)

// A tile file under the map is raster (basemap.Tiles) or vector (basemap.Vector); this
// file opens either and gives the window what only a vector one has: its names for the
// labeller and its schema for the layer panel.

// openBasemap opens the tile file at path as what it holds: vector tiles (drawn in the
// map's style, with borders over them, for a canvas of scale) or raster tiles, cut in
// frame (crs.GCJ02: shifted onto WGS 84). post, redraw and problem are as for
// basemap.OpenVector.
func openBasemap(path string, frame crs.Frame, scale float64, borders []orb.LineString, post func(func()), redraw func(), problem func(error)) (underlay, error) {
	vb, err := basemap.OpenVector(path, frame, scale, borders, post, redraw, problem)
	if err == nil {
		return vb, nil
	}
	if !errors.Is(err, tiles.ErrRasterTiles) {
		return nil, err
	}
	tb, err := basemap.OpenTiles(path, post, redraw, problem)
	if err != nil {
		return nil, err
	}
	if frame != crs.WGS84 {
		return basemap.InFrame(tb, frame), nil
	}
	return tb, nil
}

// namedBasemap is a basemap whose tiles have names and a schema: a vector one.
type namedBasemap interface {
	Names(l data.Lang, own []geo.MapLabel) geo.LabelSource
	Schema() string
}

// tileNames are the names of the basemap's tiles in the UI language but the map's own
// (own), for the labeller; nil when it has none (raster tiles, hidden, or no tile
// basemap).
func (ui *mainUI) tileNames(own []geo.MapLabel) geo.LabelSource {
	if nb, ok := ui.users.tiles.(namedBasemap); ok {
		return nb.Names(ui.lang, own)
	}
	return nil
}

// tilesSwitchText is the layer panel's row of the tile basemap: a vector file names its
// schema.
func (ui *mainUI) tilesSwitchText() string {
	nb, ok := ui.users.tiles.(namedBasemap)
	if !ok {
		return locale.T("legend.tiles")
	}
	s := nb.Schema()
	if s == "" {
		s = locale.T("legend.schemaUnknown")
	}
	return locale.TData("legend.vectorTiles", map[string]any{"Schema": s})
}
