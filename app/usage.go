package app

import (
	"time"

	"ningbomap/data"
	"ningbomap/kiosk"
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

// logOpen records how long the open card was read and that s (nil: none) opened.
func (ui *mainUI) logOpen(next *data.Site) {
	now := ui.now()
	if ui.kiosk != nil && ui.kiosk.attract.State() == kiosk.Attract {
		// The attract loop opens cards by itself: those are not visitors' reads.
		ui.open.since = time.Time{}
		return
	}
	if prev := ui.open.site; prev != nil && !ui.open.since.IsZero() && (next == nil || next.ID != prev.ID) {
		_ = ui.usage.Dwelt(prev.ID, now.Sub(ui.open.since))
	}
	if next != nil && (ui.open.site == nil || ui.open.site.ID != next.ID) {
		_ = ui.usage.Opened(next.ID)
		ui.open.since = now
	}
	if next == nil {
		ui.open.since = time.Time{}
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
	if s := ui.open.site; s != nil && !ui.open.since.IsZero() && until.After(ui.open.since) {
		_ = ui.usage.Dwelt(s.ID, until.Sub(ui.open.since))
	}
	ui.open.since = time.Time{}
}
