package basemap

import (
	"errors"
	"fmt"

	"github.com/paulmach/orb"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/tiles"
	"ningbomap/vector"
	"ningbomap/vtile"
)

// Vector is a vector tile file (MBTiles or PMTiles of the OpenMapTiles or the Protomaps
// v4 schema) drawn under the places in the map's own style (package vector), by vtile off
// the UI goroutine. It is drawn over the districts and the areas around the city, filled
// as without tiles (beyond the file's tiles the map stays whole), and under the
// districts' borders. Its names join the map's label placement after the map's own
// (Names), in the UI language; its bad tiles are listed in the problem banner, the rest
// draws. It lives on the UI goroutine.
type Vector struct {
	src     *vtile.Source
	borders []orb.LineString // the districts' borders, drawn over the tiles
	schema  tiles.Schema
	on      bool
	// problems are the file's problems told so far (its schema, its bad tiles), the
	// banner's list; at most maxProblems of them, more only counted.
	problems []error
	more     int
	report   func(error) // shows the list (on the UI goroutine)
}

// maxProblems is how many of a vector basemap's problems are kept for the banner (which
// shows six, then "and N more").
const maxProblems = 32

// LayerDistrictLines is the renderer's id of the districts' borders drawn over a vector
// basemap (one of Layers: the basemap switch shows and hides it).
const LayerDistrictLines = "district-lines"

// OpenVector opens path, shown, drawn for a canvas of scale (pixels per unit), its tiles
// cut in frame (crs.GCJ02 for a Chinese web map's), with borders over it (Borders). post
// hands work to the UI goroutine (fyne.Do); redraw is called there when tiles arrived,
// and problem with the list of the file's problems whenever it grows (an unknown schema
// at once, each bad tile once). A raster file is tiles.ErrRasterTiles (open it with
// OpenTiles).
func OpenVector(path string, frame crs.Frame, scale float64, borders []orb.LineString, post func(func()), redraw func(), problem func(error)) (*Vector, error) {
	vf, err := tiles.OpenVector(path)
	if err != nil {
		return nil, err
	}
	vb := &Vector{schema: vf.Schema(), on: true, report: problem, borders: borders}
	vb.src = vtile.New(vf, vtile.Options{
		Scale:   scale,
		Frame:   frame,
		OnTile:  coalesced(post, redraw), // many tiles, one redraw
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
func (vb *Vector) tell(err error) {
	if len(vb.problems) < maxProblems {
		vb.problems = append(vb.problems, err)
	} else {
		vb.more++
	}
	if vb.report != nil {
		vb.report(vb.err())
	}
}

// err is the problems told so far as one error (nil when none).
func (vb *Vector) err() error {
	errs := vb.problems
	if vb.more > 0 {
		errs = append(errs[:len(errs):len(errs)], fmt.Errorf("%s: %d more bad tiles", vb.Path(), vb.more))
	}
	return errors.Join(errs...)
}

// Install hands the tiles to the renderer, shown or not: over the districts' fill, under
// their borders.
func (vb *Vector) Install(r *geo.Renderer) {
	r.SetTiles(vb.src.TileSource())
	r.SetTilesVisible(vb.on)
	r.SetTilesAfter(layerDistricts)
	r.SetStyle(layerDistricts, districtStyle)
	r.SetStyle(layerNeighbours, geo.NeighbourStyle)
	st := geo.Style{} // nothing drawn: the districts' own strokes show
	if vb.on {
		st = districtStyle.Outline()
	}
	r.SetLines(LayerDistrictLines, vb.borders, st)
}

// Borders are the rings of the districts, as lines: what a vector basemap draws over
// its tiles.
func Borders(ds *data.Dataset) []orb.LineString {
	var out []orb.LineString
	for _, mp := range Districts(ds) {
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
func (vb *Vector) Shown() bool  { return vb.on }
func (vb *Vector) Show(on bool) { vb.on = on }

// Attribution is the file's credit as plain text, or when it has none (tilemaker writes
// none) the one its schema calls for ("© OpenMapTiles © OpenStreetMap contributors").
func (vb *Vector) Attribution() string { return PlainText(vb.src.File().Credits()) }

// Wait waits until the tiles asked for so far are drawn (a picture draws again then).
func (vb *Vector) Wait() { vb.src.Wait() }

// Path is the vector tile file.
func (vb *Vector) Path() string { return vb.src.File().Path() }

// Close stops the drawing workers and closes the file.
func (vb *Vector) Close() { vb.src.Close() }

// Schema is the file's schema for the layer panel: "OpenMapTiles", "Protomaps v4", or ""
// when unknown.
func (vb *Vector) Schema() string { return vb.schema.Name }

// Names are the tiles' names in language l for the map's labeller, placed after the
// map's own (own): a tile's name that is one of those (滕头村, the village of a story
// place) is left out. nil while the tiles are hidden.
func (vb *Vector) Names(l data.Lang, own []geo.MapLabel) geo.LabelSource {
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
