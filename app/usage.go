package app

import (
	"time"
)

// usageLog is where the app counts card opens, reading time and finished tours
// (usage.Log; nothing else is recorded, and nothing leaves the machine).
type usageLog interface {
	Opened(place string) error
	Dwelt(place string, d time.Duration) error
	TourCompleted(tour string) error
}

// noUsage records nothing.
type noUsage struct{}

func (noUsage) Opened(string) error               { return nil }
func (noUsage) Dwelt(string, time.Duration) error { return nil }
func (noUsage) TourCompleted(string) error        { return nil }

// logOpen records how long the open card was read and that t's place (if any) opened;
// the same place opened again (a reload, an edit) counts once. Only open calls it.
func (ui *mainUI) logOpen(t target) {
	now := ui.now()
	st := &ui.state
	if ui.currentMode() == attracting {
		// The attract loop opens cards by itself: those are not visitors' reads.
		st.since = time.Time{}
		return
	}
	next, prev := t.site, st.target.site
	if prev != nil && !st.since.IsZero() && (next == nil || next.ID != prev.ID) {
		_ = ui.usage.Dwelt(prev.ID, now.Sub(st.since))
	}
	if next != nil && (prev == nil || prev.ID != next.ID) {
		_ = ui.usage.Opened(next.ID)
		st.since = now
	}
	if next == nil {
		st.since = time.Time{}
	}
}

// logLap records a finished pass of a tour ("guided" or "attract").
func (ui *mainUI) logLap(kind string) {
	_ = ui.usage.TourCompleted(kind)
}

// endDwell records how long the open card was read, up to until, and stops its clock:
// the idle reset calls it before the attract loop takes over (whose own cards are not
// visitors' reads).
func (ui *mainUI) endDwell(until time.Time) {
	st := &ui.state
	if s := st.target.site; s != nil && !st.since.IsZero() && until.After(st.since) {
		_ = ui.usage.Dwelt(s.ID, until.Sub(st.since))
	}
	st.since = time.Time{}
}
