package app

import (
	"time"

	"ningbomap/data"
)

// windowState is the window's state: what is open and what the window is doing. What is
// open changes only through open and close (open.go); the mode through the methods below,
// which the tour, the edit mode and the kiosk call as they start and end.
type windowState struct {
	target target
	since  time.Time // when the open place's card was opened (for reading times)
	mode   mode
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

// tourChanged follows the guided tour: playing or paused it is the mode, unless staff
// are editing (who may play the tour to look).
func (ui *mainUI) tourChanged(active bool) {
	switch {
	case active && ui.state.mode == browsing:
		ui.state.mode = touring
	case !active && ui.state.mode == touring:
		ui.state.mode = browsing
	}
}

// setMode starts a mode (editing, attracting) or ends one (browsing); a guided tour still
// under way is the mode after one ends.
func (ui *mainUI) setMode(m mode) {
	if m == browsing && ui.tour.active() {
		m = touring
	}
	ui.state.mode = m
}

// currentMode is the mode (for the parts that only read it).
func (ui *mainUI) currentMode() mode { return ui.state.mode }
