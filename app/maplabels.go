package app

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"ningbomap/data"
	"ningbomap/geo"
)

// The map's names are drawn by the renderer's geo.Labeller into each frame, clear of each
// other, of the markers and of the bubbles: the places' short names beside their markers
// (the selected place first, then in tour order), the districts, the points of layers
// users brought whose names are switched on, the seas and bays, and the areas around the
// city. This file makes the list of names; the labeller decides which fit.

// updateLabels hands the renderer the names for the current language, data, basemap
// switch and user layers, and redraws. It runs on the UI goroutine.
func (ui *mainUI) updateLabels() {
	labels := mapLabels(ui.ds, ui.lang, ui.markers.basemap, ui.users.list)
	names := ui.tileNames(labels) // the tile basemap's, placed after the map's own
	ui.mapView.UpdateLayers(func(r *geo.Renderer) {
		if lb := r.Labeller(); lb != nil {
			lb.SetLabels(labels)
			lb.SetSource(names)
		}
	})
}

// mapLabels lists the map's names in language l. The districts, the areas around the city
// and the waters are named only with the basemap on.
func mapLabels(ds *data.Dataset, l data.Lang, basemap bool, users []*userLayer) []geo.MapLabel {
	var out []geo.MapLabel
	for _, s := range ds.Sites {
		if s.IsOverview() {
			continue
		}
		out = append(out, geo.MapLabel{Text: s.ShortName(l), Kind: geo.KindPlace, Marker: s.ID, Order: s.Tour,
			Point: s.Point})
	}
	if basemap {
		// Larger districts first: at the overview they are the ones with room.
		ds := append([]data.District(nil), ds.Districts...)
		sort.SliceStable(ds, func(i, j int) bool { return area(ds[i]) > area(ds[j]) })
		for i, d := range ds {
			out = append(out, geo.MapLabel{Text: d.Name.In(l), Point: d.Label, Kind: geo.KindDistrict, Order: i})
		}
		for i, d := range data.Neighbours() {
			out = append(out, geo.MapLabel{Text: d.Name.In(l), Point: d.Label, Kind: geo.KindNeighbour, Order: i})
		}
		for i, w := range data.Waters() {
			out = append(out, geo.MapLabel{Text: w.Name.In(l), Point: w.Point, Kind: geo.KindWater, Order: i})
		}
	}
	for _, u := range users {
		if u.hidden || !u.names {
			continue
		}
		for i, p := range u.points {
			name := strings.TrimSpace(u.layer.Features[u.pointFeat[i]].Name)
			if name == "" {
				continue
			}
			out = append(out, geo.MapLabel{Text: name, Point: p, Kind: geo.KindPoint, Marker: u.markerID(i), Order: i})
		}
	}
	return out
}

// coveredBoxes are the frame pixels under what lies over the map (the layer panel, the
// zoom buttons, the scale bar, the tour bar, the inset), where no name should go.
func (ui *mainUI) coveredBoxes() []geo.Box {
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(ui.mapView) == nil {
		return nil // not on screen (pictures)
	}
	origin := d.AbsolutePositionForObject(ui.mapView)
	s := float64(ui.mapView.Scale())
	var out []geo.Box
	for _, o := range ui.over.chrome {
		if o == nil || !o.Visible() || o.Size().IsZero() {
			continue
		}
		p := d.AbsolutePositionForObject(o).Subtract(origin)
		sz := o.Size()
		if ui.legend != nil && o == ui.legend.Object {
			sz = o.MinSize() // its size now, before the next layout has caught up with a fold
		}
		out = append(out, geo.Box{MinX: float64(p.X) * s, MinY: float64(p.Y) * s,
			MaxX: float64(p.X+sz.Width) * s, MaxY: float64(p.Y+sz.Height) * s})
	}
	return out
}

// markerID is the marker ID of the layer's i-th point: what its name is placed beside.
func (u *userLayer) markerID(i int) string { return u.id + "#" + strconv.Itoa(i) }

// area is a district's extent in square degrees (enough to rank them).
func area(d data.District) float64 {
	b := d.Geometry.Bound()
	return (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1])
}
