package app

import (
	"slices"
	"time"

	"ningbomap/app/card"
	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/geo"
)

// siteZoom is the zoom a place's card opens at: its town and neighbours in view.
const siteZoom = 13

// selectSite opens the card of s and, when fly is set, flies the map to it.
func (ui *mainUI) selectSite(s *data.Site, fly bool) {
	if s == nil {
		return
	}
	if s.IsOverview() {
		ui.showOverview()
		return
	}
	began := time.Now()
	defer func() {
		trace("card %s %s", s.ID, ms(time.Since(began)))
		traceMemory()
	}()
	ui.logOpen(s)
	ui.open.site = s
	ui.markers.setSelected(s.ID)
	ui.search.dismiss()
	ui.over.tooltip.hide()
	ui.showCard()
	ui.updateMarkers()
	if fly {
		target := ui.mapView.Viewport()
		target.Center = s.Point
		target.Zoom = max(target.Zoom, siteZoom)
		ui.mapView.FlyTo(ui.centredInView(target))
	}
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

// showOverview flies back to the whole city and opens the Ningbo overview card.
func (ui *mainUI) showOverview() {
	ui.mapView.CancelFlight()
	ui.logOpen(ui.ds.Overview)
	ui.open.site = ui.ds.Overview
	ui.markers.setSelected("")
	if ui.search != nil {
		ui.search.dismiss()
	}
	ui.showCard()
	ui.updateMarkers()
	ui.mapView.FlyHome()
}

// openCard opens a card without moving the map.
func (ui *mainUI) openCard(s *data.Site) {
	ui.open.site = s
	id := ""
	if s != nil && !s.IsOverview() {
		id = s.ID
	}
	ui.markers.setSelected(id)
	ui.showCard()
	ui.updateMarkers()
}

// closeCard closes the card; the map stays where it is.
func (ui *mainUI) closeCard() {
	ui.logOpen(nil)
	ui.open.site = nil
	ui.markers.setSelected("")
	ui.showCard()
	ui.updateMarkers()
}

// step opens the next (+1) or previous (−1) place in tour order; from the overview the
// tour starts at its first place, and it wraps around through the overview.
func (ui *mainUI) step(dir int) {
	sites := ui.tourSites()
	if len(sites) == 0 {
		return
	}
	i := slices.Index(sites, ui.open.site) // -1 for the overview or nothing
	j := i + dir
	switch {
	case i == -1 && dir < 0:
		j = len(sites) - 1
	case j < 0 || j >= len(sites):
		if ui.ds.Overview != nil {
			ui.showOverview()
			return
		}
		j = (j + len(sites)) % len(sites)
	}
	ui.selectSite(sites[j], true)
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

// showCard puts the open place's card (or nothing) into the card's place.
func (ui *mainUI) showCard() {
	ui.open.feature = nil
	s := ui.open.site
	if s == nil {
		ui.cards.close()
	} else {
		sites := ui.tourSites()
		pos := 0 // the overview, or a place on a hidden layer
		if i := slices.Index(sites, s); i >= 0 {
			pos = i + 1
		}
		ui.cards.showPlace(ui.ds, s, ui.lang, pos, len(sites), card.Actions{
			Prev:  ui.userAction(func() { ui.step(-1) }),
			Next:  ui.userAction(func() { ui.step(+1) }),
			Close: ui.userAction(ui.closeCard),
		})
	}
	ui.root.Refresh()
	ui.updateTitle()
}

// updateTitle names the open place in the window title.
func (ui *mainUI) updateTitle() {
	if ui.win == nil {
		return
	}
	title := locale.T("app.title")
	if s := ui.open.site; s != nil && !s.IsOverview() {
		title = s.Name.In(ui.lang) + " — " + title
	}
	ui.win.SetTitle(title)
}

// cardContent is what the card shows: a place (the overview too), a feature of a user
// layer, or nothing.
type cardContent struct {
	site    *data.Site  // the open card's place, nil when none
	feature *featureRef // the open feature card's feature, nil when none
	since   time.Time   // when the place's card was opened (for dwell times)
}
