package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/app/card"
	"ningbomap/app/locale"
)

// This file is where a card is opened: open is the one transition of what the window
// shows, and every way of opening a card — a tap, a search, the tour, the kiosk's loop,
// the keyboard, a reload, an edit, a language switch — ends in it. It moves no map: see
// navigate.go for flying to what opens.

// open makes t what the card shows (target{} for none). It alone records the usage,
// selects t's marker, shows t's card, redraws the markers and names the window after t,
// each once, also when t is already open (the content or the language changed under it).
func (ui *mainUI) open(t target) {
	began := time.Now()
	ui.counts.opens++
	ui.logOpen(t)
	ui.state.target = t
	ui.markers.setSelected(t.markerID())
	ui.showCard()
	ui.updateMarkers()
	ui.updateTitle()
	if t.place() {
		trace("card %s %s", t.site.ID, ms(time.Since(began)))
		traceMemory()
	}
}

// close closes the card; the map stays where it is.
func (ui *mainUI) close() { ui.open(target{}) }

// showCard puts the open target's card (or nothing) into the card's place.
func (ui *mainUI) showCard() {
	ui.counts.cards++
	t := ui.state.target
	switch {
	case t.feature != nil:
		ui.cards.showObject(ui.featureCard(*t.feature), true)
	case t.site != nil:
		sites := ui.tourSites()
		pos := 0 // the overview, or a place on a hidden layer
		if i := slices.Index(sites, t.site); i >= 0 {
			pos = i + 1
		}
		ui.cards.showPlace(ui.ds, t.site, ui.lang, pos, len(sites), card.Actions{
			Prev:  ui.userAction(func() { ui.step(-1) }),
			Next:  ui.userAction(func() { ui.step(+1) }),
			Close: ui.userAction(ui.close),
		})
	default:
		ui.cards.close()
	}
}

// featureCard is the card of a feature of a user layer: its layer (and folder), name,
// description and properties.
func (ui *mainUI) featureCard(f featureRef) fyne.CanvasObject {
	feat := f.u.layer.Features[f.i]
	where := f.u.title()
	if feat.Folder != "" {
		where += " › " + feat.Folder
	}
	return card.NewFeature(card.Feature{
		Colour:      f.u.colour,
		Where:       where,
		Name:        f.name(),
		Description: feat.Description,
		Properties:  feat.Properties,
		File:        f.u.layer.File,
	}, ui.userAction(ui.close))
}

// updateTitle names the open place or feature in the window title.
func (ui *mainUI) updateTitle() {
	if ui.win == nil {
		return
	}
	ui.counts.titles++
	title := locale.T("app.title")
	switch t := ui.state.target; {
	case t.feature != nil:
		title = t.feature.name() + " — " + title
	case t.place():
		title = t.site.Name.In(ui.lang) + " — " + title
	}
	if title != ui.win.Title() {
		ui.win.SetTitle(title)
	}
}

// counts are what the window did since it was made: the tests check that a change does
// each thing once.
type counts struct {
	opens   int // transitions (open, close)
	cards   int // cards shown or closed
	markers int // marker and bubble scenes handed to the map (updateMarkers)
	indexes int // marker cluster indexes built (markerLayer.reindex)
	titles  int // window titles worked out
}
