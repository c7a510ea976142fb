package app

import (
	"strconv"

	"fyne.io/fyne/v2"

	"ningbomap/app/overlay"
	"ningbomap/data"
	"ningbomap/geo"
)

// tapped handles a tap on the map: a place opens its card, a bubble zooms in to split or
// lists its places when they cannot be separated.
func (ui *mainUI) tapped(pos fyne.Position) {
	defer ui.recoverPanic()
	vp := ui.mapView.Viewport()
	x, y := ui.mapView.PixelAt(pos)
	h, ok := ui.markers.at(vp, x, y, func(id string) (i int, found bool) {
		ui.mapView.Update(func(r *geo.Renderer) { i, found = r.PolygonAt(id, vp, x, y) })
		return i, found
	})
	if !ok {
		return
	}
	if h.site != nil {
		ui.openPlace(h.site, true)
		return
	}
	if h.feat != nil {
		ui.open(featureTarget(*h.feat))
		return
	}
	c := *h.cluster
	if z, ok := ui.markers.expansionZoom(h, vp); ok && z <= maxZoom(vp) {
		target := vp
		target.Center = c.Point
		target.Zoom = max(z, vp.Zoom+1)
		ui.mapView.FlyTo(target)
		return
	}
	if h.user == nil {
		ui.showPlaceList(ui.markers.leaves(c), pos)
	}
}

// hovered shows the name of the place under the mouse.
func (ui *mainUI) hovered(pos fyne.Position) {
	if ui.over.tooltip.Listing() {
		return // a bubble's list of places stays until a tap, a move of the map or a card
	}
	if pos.X < 0 {
		ui.over.tooltip.Hide()
		return
	}
	vp := ui.mapView.Viewport()
	x, y := ui.mapView.PixelAt(pos)
	h, ok := ui.markers.at(vp, x, y, nil) // polygons would wait for the renderer
	switch {
	case !ok:
		ui.over.tooltip.Hide()
	case h.site != nil:
		ui.over.tooltip.ShowText(h.site.Name.In(ui.lang), pos)
	case h.feat != nil:
		ui.over.tooltip.ShowText(h.feat.name(), pos)
	case h.user != nil:
		ui.over.tooltip.ShowText(h.user.title()+" · "+strconv.Itoa(h.cluster.Count), pos)
	default:
		names := ""
		for i, s := range ui.markers.leaves(*h.cluster) {
			if i > 0 {
				names += "、"
			}
			names += s.Name.In(ui.lang)
		}
		ui.over.tooltip.ShowText(names, pos)
	}
}

func maxZoom(vp geo.Viewport) float64 {
	_, hi := vp.ZoomLimits()
	return hi
}

// showPlaceList lists the places of a bubble that cannot be split by pos: a tap on one
// opens it.
func (ui *mainUI) showPlaceList(sites []*data.Site, pos fyne.Position) {
	items := make([]overlay.Item, len(sites))
	for i, s := range sites {
		items[i] = overlay.Item{Label: s.Name.In(ui.lang), Do: ui.userAction(func() { ui.openPlace(s, true) })}
	}
	ui.over.tooltip.ShowList(items, pos)
}
