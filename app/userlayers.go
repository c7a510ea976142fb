package app

import (
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"

	"ningbomap/app/inset"
	"ningbomap/budget"
	"ningbomap/crs"
	"ningbomap/geo"
	"ningbomap/importer"
)

// userLayer is a layer a user brought: a GeoJSON, KML/KMZ, GPX or CSV file given with
// --layer, dropped on the window or added from the legend. Points are clustered like the
// places; lines and polygons are drawn under them.
type userLayer struct {
	path   string // the file it was read from, to read again in another encoding
	id     string // unique among user layers
	layer  *importer.Layer
	colour color.NRGBA
	hidden bool
	names  bool // its points are named on the map (a setting in its legend row)

	points    []orb.Point // the point features (multi-points count once per point)
	pointFeat []int       // feature index of each point
	clusterer *geo.Clusterer
	polys     []orb.MultiPolygon
	polyFeat  []int
	lines     []orb.LineString
}

// newUserLayer sorts a layer's geometry into points, lines and polygons and indexes the
// points; it does the slow part of adding a layer and runs off the UI goroutine.
func newUserLayer(l *importer.Layer, n int) *userLayer {
	u := &userLayer{id: fmt.Sprintf("user:%d:%s", n, l.ID), layer: l, colour: importer.Color(n)}
	for i, f := range l.Features {
		u.add(f.Geometry, i)
	}
	opt := geo.DefaultClusterOptions
	opt.MaxZoom = 16
	opt.Radius = 40
	u.clusterer = geo.NewClusterer(u.points, opt)
	u.names = len(u.points) <= geo.DefaultPointLabelLimit
	return u
}

func (u *userLayer) add(g orb.Geometry, i int) {
	switch g := g.(type) {
	case orb.Point:
		u.points = append(u.points, g)
		u.pointFeat = append(u.pointFeat, i)
	case orb.MultiPoint:
		for _, p := range g {
			u.points = append(u.points, p)
			u.pointFeat = append(u.pointFeat, i)
		}
	case orb.LineString:
		u.lines = append(u.lines, g)
	case orb.MultiLineString:
		u.lines = append(u.lines, g...)
	case orb.Ring:
		u.polys = append(u.polys, orb.MultiPolygon{{g}})
		u.polyFeat = append(u.polyFeat, i)
	case orb.Polygon:
		u.polys = append(u.polys, orb.MultiPolygon{g})
		u.polyFeat = append(u.polyFeat, i)
	case orb.MultiPolygon:
		u.polys = append(u.polys, g)
		u.polyFeat = append(u.polyFeat, i)
	case orb.Collection:
		for _, c := range g {
			u.add(c, i)
		}
	case orb.Bound:
		u.add(g.ToPolygon(), i)
	}
}

// renderer layer ids of the user layer's polygons and lines.
func (u *userLayer) polyID() string { return u.id + ":polygons" }
func (u *userLayer) lineID() string { return u.id + ":lines" }

// title is the layer's name for the legend.
//
// It is cut to titleLength characters with an ellipsis: the legend's row cannot wrap, and
// a longer name (budget.Name allows 200 characters, a file name 255 bytes) widens the
// layer panel past the window, whose layout then has negative sizes.
func (u *userLayer) title() string {
	t := u.layer.Name
	if t == "" {
		t = filepath.Base(u.layer.File)
	}
	t, _ = budget.Cut(t, budget.Budget{Name: "layer title", Limit: titleLength, Unit: budget.Runes})
	return t
}

// titleLength is the most characters of a user layer's title in the legend.
const titleLength = 40

// install hands the layer's shapes to the renderer.
func (u *userLayer) install(r *geo.Renderer) {
	fill := u.colour
	fill.A = 0x50
	r.SetPolygons(u.polyID(), u.polys, geo.Style{Fill: fill, Stroke: u.colour, StrokeWidth: 1.5})
	r.SetLines(u.lineID(), u.lines, geo.Style{Stroke: u.colour, StrokeWidth: 3})
	r.SetVisible(u.polyID(), !u.hidden)
	r.SetVisible(u.lineID(), !u.hidden)
}

// uninstall removes them.
func (u *userLayer) uninstall(r *geo.Renderer) {
	r.RemoveLayer(u.polyID())
	r.RemoveLayer(u.lineID())
}

// loadLayerFile imports a file off the UI goroutine with a progress bar, then adds it as
// a layer and shows it; problems go to the banner (the good features still load). Text
// is read in the encoding --encoding named, else the one detected.
func (ui *mainUI) loadLayerFile(path string) {
	ui.loadLayerFileAs(path, ui.users.encoding, ui.users.frame, nil)
}

// loadLayerFileAs imports path read in encoding enc ("" to detect it) and coordinate
// frame; the new layer takes the place of old, when given (the same file read again in
// another encoding or frame).
func (ui *mainUI) loadLayerFileAs(path, enc string, frame crs.Frame, old *userLayer) {
	opt, err := ui.users.spent(old).Left(importer.Options{Encoding: enc, CRS: frame}) // the budgets hold for all the layers
	if err != nil {
		ui.notices.problems.Show(&importer.Error{File: filepath.Base(path), Err: err})
		return
	}
	ui.notices.progress.Start(filepath.Base(path))
	n := ui.users.next
	ui.users.next++
	ui.async.spawn(func() {
		opt.Progress = func(done, total int64) {
			ui.async.post(func() { ui.notices.progress.Set(done, total) })
		}
		l, err := importer.Load(path, opt)
		var u *userLayer
		if l != nil {
			u = newUserLayer(l, n)
			u.path = path
		}
		ui.async.post(func() {
			defer ui.recoverPanic()
			ui.notices.progress.Done()
			if u != nil {
				if ferr := ui.users.spent(old).Fits(u.layer); ferr != nil {
					err, u = errors.Join(err, ferr), nil
				}
			}
			if err != nil {
				ui.notices.problems.Show(err)
			}
			if u != nil {
				if old != nil {
					u.hidden, u.names = old.hidden, old.names
					ui.removeUserLayer(old)
				}
				ui.addUserLayer(u, old == nil)
			}
		})
	})
}

// spent is what the user layers shown take of the budgets, but for old (a
// layer about to be read again).
func (u *userLayers) spent(old *userLayer) importer.Spent {
	var s importer.Spent
	for _, l := range u.list {
		if l != old {
			s.Add(l.layer)
		}
	}
	return s
}

// addUserLayer adds a loaded layer to the map and the legend; fit flies to it.
func (ui *mainUI) addUserLayer(u *userLayer, fit bool) {
	trace("layer %s %s %d", u.layer.File, u.layer.Format, len(u.layer.Features))
	ui.users.list = append(ui.users.list, u)
	ui.mapView.Update(u.install)
	ui.markers.users = ui.users.list // the markers follow the window's list
	ui.legend.AddUser(ui.userRow(u))
	ui.updateLabels()
	ui.updateMarkers()
	if b := u.layer.Bound(); fit && !b.IsZero() && ui.mapView.Viewport().Width > 0 {
		ui.mapView.FlyTo(ui.viewOf(b))
	}
}

// viewOf is the current view fitted to b, no closer than zoom 15 (a single point), in the
// part of the map that the open layer panel on the left and the inset's column on the
// right leave visible.
func (ui *mainUI) viewOf(b orb.Bound) geo.Viewport {
	v := ui.mapView.Viewport()
	s := v.ScaleFactor()
	left := float64(ui.mapView.InsetLeft) * s
	right := float64(inset.Width+2*inset.Margin) * s
	if left+right > 0.6*float64(v.Width) {
		right = 0 // a narrow map keeps its width for the layer
	}
	if left > float64(v.Width)/2 {
		left = 0
	}
	part := v
	part.Width = v.Width - int(left+right)
	part.FitBounds(b, 60*s)
	v.Center, v.Zoom = part.Center, min(part.Zoom, 15)
	v.Pan((left-right)/2, 0) // the part's middle is (left-right)/2 right of the view's
	return v
}

// removeUserLayer takes a user layer off the map and the legend.
func (ui *mainUI) removeUserLayer(u *userLayer) {
	for i, x := range ui.users.list {
		if x == u {
			ui.users.list = append(ui.users.list[:i], ui.users.list[i+1:]...)
			break
		}
	}
	ui.mapView.Update(u.uninstall)
	ui.markers.users = ui.users.list
	ui.legend.RemoveUser(u)
	ui.updateLabels()
	if f := ui.state.target.feature; f != nil && f.u == u {
		ui.close() // redraws the markers
		return
	}
	ui.updateMarkers()
}

// setUserVisible switches a user layer on or off.
func (ui *mainUI) setUserVisible(u *userLayer, on bool) {
	u.hidden = !on
	ui.mapView.Update(u.install)
	ui.updateLabels()
	ui.updateMarkers()
}

// setUserNames switches the names of a user layer's points on or off.
func (ui *mainUI) setUserNames(u *userLayer, on bool) {
	u.names = on
	ui.updateLabels()
	ui.updateMarkers()
}

// featureRef is one feature of a user layer.
type featureRef struct {
	u *userLayer
	i int
}

// featureName is a feature's title on its card and in tooltips.
func (f featureRef) name() string {
	if n := strings.TrimSpace(f.u.layer.Features[f.i].Name); n != "" {
		return n
	}
	return fmt.Sprintf("%s #%d", f.u.title(), f.i+1)
}

// userLayers are the layers users brought, in the order they came, and the tile basemap
// they gave.
type userLayers struct {
	list     []*userLayer
	next     int       // numbers the next layer (its colour)
	encoding string    // the text encoding --encoding names for every file; "" to detect
	frame    crs.Frame // the coordinate frame --crs names for every file
	tiles    underlay  // the tile package under the map (--basemap…); nil when none
}
