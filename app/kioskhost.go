package app

import (
	"time"

	"ningbomap/data"
)

// The window's side of the kiosk mode (kioskHost, kioskmode.go).

// clock is the window's clock.
func (ui *mainUI) clock() time.Time { return ui.now() }

// site is the place with id in the content.
func (ui *mainUI) site(id string) *data.Site { return ui.ds.Site(id) }

// cancelFlight stops the map's flight where it is.
func (ui *mainUI) cancelFlight() { ui.mapView.CancelFlight() }

// idleReset returns the window to where a kiosk starts between visitors: the card the
// visitor read logged up to until, the tour stopped, the search and the tooltip gone, the
// staff's text size, the language l, the overview open. The window is rebuilt once, when
// the language or the text size changed.
func (ui *mainUI) idleReset(l data.Lang, until time.Time) {
	defer ui.guard.selfUpdate()()
	ui.endDwell(until)
	ui.tour.stop()
	ui.search.Clear()
	scaled := ui.visitors.reset()
	ui.over.tooltip.Hide()
	// One build for the language and the text size together, then the overview opens.
	switch {
	case l != ui.lang:
		ui.useLanguage(l)
	case scaled:
		ui.build()
	}
	ui.home()
}

// startTour plays the guided tour from the open card's place (the top bar's button).
func (ui *mainUI) startTour() { ui.tour.start(ui.state.target.site, false, ui.lang) }
