package app

import (
	"time"

	"ningbomap/data"
	"ningbomap/kiosk"
)

// windowState is the window's state: what is open and whether staff are editing. What is
// open changes only through open and close (open.go); editing through setEditing, which
// the edit mode calls as it starts and ends. The rest of the mode is the tour's and the
// kiosk's own state (currentMode).
type windowState struct {
	target  target
	since   time.Time // when the open place's card was opened (for reading times)
	editing bool      // staff edit the content (edit mode)
}

// target is what the card shows: a place (the Ningbo overview is a place too), a feature
// of a layer a user brought, or nothing (the card is closed).
type target struct {
	site    *data.Site  // the place, or nil
	feature *featureRef // the feature, or nil
}

// placeTarget is s's card (nothing when s is nil).
func placeTarget(s *data.Site) target { return target{site: s} }

// featureTarget is the card of a feature of a user layer.
func featureTarget(f featureRef) target { return target{feature: &f} }

// none reports whether t is nothing: the card closed.
func (t target) none() bool { return t.site == nil && t.feature == nil }

// place reports whether t is a place other than the overview.
func (t target) place() bool { return t.site != nil && !t.site.IsOverview() }

// markerID is the id of the marker t selects: a place's; "" for the rest.
func (t target) markerID() string {
	if t.place() {
		return t.site.ID
	}
	return ""
}

// in is t in the content ds (after a reload or an edit): the place with the same id,
// nothing when it is gone; a feature stays (user layers outlive the content).
func (t target) in(ds *data.Dataset) target {
	if t.site == nil {
		return t
	}
	return placeTarget(ds.Site(t.site.ID))
}

// mode is what the window is doing.
type mode int

const (
	browsing   mode = iota // a person at the map, or nobody yet
	touring                // the guided tour plays or is paused
	editing                // staff edit the content (edit mode)
	attracting             // the kiosk's attract loop: nobody at the map
)

var modeNames = [...]string{"browsing", "touring", "editing", "attracting"}

func (m mode) String() string { return modeNames[m] }

// setEditing starts (on) or ends edit mode's part of the mode.
func (ui *mainUI) setEditing(on bool) { ui.state.editing = on }

// currentMode is what the window is doing: editing while staff edit, else attracting
// while the kiosk's attract loop runs, else touring while the guided tour plays or is
// paused, else browsing.
func (ui *mainUI) currentMode() mode {
	switch {
	case ui.state.editing:
		return editing
	case ui.kiosk != nil && ui.kiosk.attract.State() == kiosk.Attract:
		return attracting
	case ui.tour != nil && ui.tour.active():
		return touring
	}
	return browsing
}
