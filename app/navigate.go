package app

import (
	"slices"

	"ningbomap/data"
	"ningbomap/geo"
)

// The ways a person moves from card to card. Each opens through open (open.go) and then
// moves the map; the search and a bubble's list of places close as a card opens.

// siteZoom is the zoom a place's card opens at: its town and neighbours in view.
const siteZoom = 13

// openPlace opens s's card and, when fly is set, flies the map to it: a tap on its marker
// or in a list, a search, the tour, the kiosk's loop. The overview flies home.
func (ui *mainUI) openPlace(s *data.Site, fly bool) {
	if s == nil {
		return
	}
	if s.IsOverview() {
		ui.home()
		return
	}
	ui.search.Dismiss()
	ui.over.tooltip.Hide()
	ui.open(placeTarget(s))
	if fly {
		target := ui.mapView.Viewport()
		target.Center = s.Point
		target.Zoom = max(target.Zoom, siteZoom)
		ui.mapView.FlyTo(ui.centredInView(target))
	}
}

// home flies back to the whole city and opens the Ningbo overview card.
func (ui *mainUI) home() {
	ui.mapView.CancelFlight()
	if ui.search != nil {
		ui.search.Dismiss()
	}
	ui.open(placeTarget(ui.ds.Overview))
	ui.mapView.FlyHome()
}

// centredInView moves v so that its centre lands in the middle of the part of the map the
// open layer panel leaves visible (the card is beside the map, never over it; the inset
// keeps to a corner clear of the selected place).
func (ui *mainUI) centredInView(v geo.Viewport) geo.Viewport {
	if left := float64(ui.mapView.InsetLeft) * v.ScaleFactor(); left > 0 && left < float64(v.Width)/2 {
		v.Pan(left/2, 0)
	}
	return v
}

// step opens the next (+1) or previous (−1) place in tour order; from the overview the
// tour starts at its first place, and it wraps around through the overview.
func (ui *mainUI) step(dir int) {
	sites := ui.tourSites()
	if len(sites) == 0 {
		return
	}
	i := slices.Index(sites, ui.state.target.site) // -1 for the overview or nothing
	j := i + dir
	switch {
	case i == -1 && dir < 0:
		j = len(sites) - 1
	case j < 0 || j >= len(sites):
		if ui.ds.Overview != nil {
			ui.home()
			return
		}
		j = (j + len(sites)) % len(sites)
	}
	ui.openPlace(sites[j], true)
}

// tourSites are the places on visible layers, in tour order.
func (ui *mainUI) tourSites() []*data.Site {
	out := make([]*data.Site, 0, len(ui.ds.Sites))
	for _, s := range ui.ds.Sites {
		if ui.markers.visibleSite(s) {
			out = append(out, s)
		}
	}
	return out
}
