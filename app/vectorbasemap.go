package app

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/paulmach/orb"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/tiles"
	"ningbomap/vector"
	"ningbomap/vtile"
)

// vectorBasemap is a vector tile file (MBTiles or PMTiles of the OpenMapTiles or the
// Protomaps v4 schema) drawn under the districts and the places in the map's own style
// (package vector), by vtile off the UI goroutine. Its names join the map's label
// placement after the map's own (names), in the UI language; its bad tiles are listed in
// the problem banner, the rest draws. It lives on the UI goroutine.
type vectorBasemap struct {
	src     *vtile.Source
	borders []orb.LineString // the districts' borders, drawn over the tiles
	schema  tiles.Schema
	on      bool
	pending atomic.Bool // a redraw was asked for by an arriving tile and not yet made
	// problems are the file's problems told so far (its schema, its bad tiles), the
	// banner's list; at most maxBasemapProblems of them, more only counted.
	problems []error
	more     int
	report   func(error) // shows the list (on the UI goroutine)
}

// maxBasemapProblems is how many of a basemap's problems are kept for the banner (which
// shows six, then "and N more").
const maxBasemapProblems = 32

// openVectorBasemap opens path drawn for a canvas of scale in frame (crs.GCJ02 for tiles
// cut from a Chinese web map). post hands work to the UI goroutine; redraw is called
// there when tiles arrived, and problem with the list of the file's problems whenever
// it grows (an unknown schema at once, each bad tile once).
func openVectorBasemap(path string, frame crs.Frame, scale float64, borders []orb.LineString, post func(func()), redraw func(), problem func(error)) (*vectorBasemap, error) {
	vf, err := tiles.OpenVector(path)
	if err != nil {
		return nil, err
	}
	vb := &vectorBasemap{schema: vf.Schema(), on: true, report: problem, borders: borders}
	vb.src = vtile.New(vf, vtile.Options{
		Scale: scale,
		Frame: frame,
		OnTile: func() {
			if vb.pending.CompareAndSwap(false, true) { // many tiles, one redraw
				post(func() {
					vb.pending.Store(false)
					redraw()
				})
			}
		},
		OnError: func(err error) { post(func() { vb.tell(err) }) },
	})
	if err := vf.Problems(); err != nil {
		vb.tell(err)
	}
	if err := vb.schema.Err(); err != nil {
		vb.tell(&tiles.FileError{Path: path, Err: fmt.Errorf("%w: the layers of either known schema are drawn, the others are not", err)})
	}
	return vb, nil
}

// tell adds a problem to the list and shows the list.
func (vb *vectorBasemap) tell(err error) {
	if len(vb.problems) < maxBasemapProblems {
		vb.problems = append(vb.problems, err)
	} else {
		vb.more++
	}
	if vb.report != nil {
		vb.report(vb.err())
	}
}

// err is the problems told so far as one error (nil when none).
func (vb *vectorBasemap) err() error {
	errs := vb.problems
	if vb.more > 0 {
		errs = append(errs[:len(errs):len(errs)], fmt.Errorf("%s: %d more bad tiles", vb.src.File().Path(), vb.more))
	}
	return errors.Join(errs...)
}

// Install hands the tiles to the renderer, shown or not. They are drawn over the
// districts and the areas around the city, filled as without tiles (so that beyond the
// file's tiles the map stays whole), and under the districts' borders.
func (vb *vectorBasemap) Install(r *geo.Renderer) {
	r.SetTiles(vb.src.TileSource())
	r.SetTilesVisible(vb.on)
	r.SetTilesAfter(layerDistricts)
	outlineDistricts(r, false)
	st := geo.Style{} // nothing drawn: the districts' own strokes show
	if vb.on {
		st = districtStyle.Outline()
	}
	r.SetLines(layerDistrictLines, vb.borders, st)
}

// layerDistrictLines is the renderer's id of the districts' borders drawn over a vector
// basemap.
const layerDistrictLines = "district-lines"

// districtBorders are the rings of the districts, as lines.
func districtBorders(ds *data.Dataset) []orb.LineString {
	var out []orb.LineString
	for _, mp := range districtPolygons(ds) {
		for _, p := range mp {
			for _, ring := range p {
				out = append(out, orb.LineString(ring))
			}
		}
	}
	return out
}

// Shown reports whether the tiles show; Show shows or hides them (Install them again to
// have the renderer follow).
func (vb *vectorBasemap) Shown() bool  { return vb.on }
func (vb *vectorBasemap) Show(on bool) { vb.on = on }

// Attribution is the file's credit as plain text, or when it has none (tilemaker writes
// none) the one its schema calls for ("© OpenMapTiles © OpenStreetMap contributors").
func (vb *vectorBasemap) Attribution() string { return plainText(vb.src.File().Credits()) }

// Wait waits until the tiles asked for so far are drawn (a picture draws again then).
func (vb *vectorBasemap) Wait() { vb.src.Wait() }

// Path is the vector tile file.
func (vb *vectorBasemap) Path() string { return vb.src.File().Path() }

// Close stops the drawing workers and closes the file.
func (vb *vectorBasemap) Close() { vb.src.Close() }

// Schema is the file's schema for the layer panel: "OpenMapTiles", "Protomaps v4", or ""
// when unknown.
func (vb *vectorBasemap) Schema() string { return vb.schema.Name }

// Names are the tiles' names in language l for the map's labeller, placed after the
// map's own (own): a tile's name that is one of those (滕头村, the village of a story
// place) is left out. nil while the tiles are hidden.
func (vb *vectorBasemap) Names(l data.Lang, own []geo.MapLabel) geo.LabelSource {
	if !vb.on {
		return nil
	}
	lang := vector.Chinese
	if l == data.En {
		lang = vector.English
	}
	n := tileNames{src: vb.src, names: vb.src.Names(lang), own: make(map[string]bool, len(own))}
	for _, o := range own {
		n.own[o.Text] = true
	}
	return n
}

// tileNames are a vector basemap's names but those the map names itself. They also keep
// its tiles drawn for the view's scale: the labeller asks for them on the render
// goroutine at every frame, with the view (a window moved to a screen of another scale
// is drawn crisp there).
type tileNames struct {
	src   *vtile.Source
	names geo.LabelSource
	own   map[string]bool
}

func (n tileNames) LabelsKey(v geo.Viewport) uint64 {
	n.src.SetScale(v.ScaleFactor())
	return n.names.LabelsKey(v)
}

func (n tileNames) AppendLabels(dst []geo.MapLabel, v geo.Viewport) []geo.MapLabel {
	start := len(dst)
	dst = n.names.AppendLabels(dst, v)
	kept := dst[:start]
	for _, l := range dst[start:] {
		if !n.own[l.Text] {
			kept = append(kept, l)
		}
	}
	return kept
}

// namedBasemap is a basemap whose tiles have names and a schema: a vector one.
type namedBasemap interface {
	Names(l data.Lang, own []geo.MapLabel) geo.LabelSource
	Schema() string
}

// openBasemap opens the tile file at path as what it holds: vector tiles (drawn in the
// map's style) or raster tiles, cut in frame. See openVectorBasemap for the rest.
func openBasemap(path string, frame crs.Frame, scale float64, borders []orb.LineString, post func(func()), redraw func(), problem func(error)) (underlay, error) {
	vb, err := openVectorBasemap(path, frame, scale, borders, post, redraw, problem)
	if err == nil {
		return vb, nil
	}
	if !errors.Is(err, tiles.ErrRasterTiles) {
		return nil, err
	}
	return openTileBasemap(path, frame, post, redraw, problem)
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
		return T("legend.tiles")
	}
	s := nb.Schema()
	if s == "" {
		s = T("legend.schemaUnknown")
	}
	return TData("legend.vectorTiles", map[string]any{"Schema": s})
}

// canvasScale is the window's pixels per unit, as far as it is known yet (1 before the
// window shows; the names' source follows the view's scale after that).
func (ui *mainUI) canvasScale() float64 {
	if ui.win != nil {
		if s := ui.win.Canvas().Scale(); s > 0 {
			return float64(s)
		}
	}
	return 1
}
