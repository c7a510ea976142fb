package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/data"
	"ningbomap/kiosk"
)

// countingUsage counts what the app records.
type countingUsage struct{ opened, laps int }

func (c *countingUsage) Opened(string) error               { c.opened++; return nil }
func (c *countingUsage) Dwelt(string, time.Duration) error { return nil }
func (c *countingUsage) TourCompleted(string) error        { c.laps++; return nil }

// TestTourLapsCountedOnce: stepping with Next mid-tour counts no lap; finishing a single
// pass counts one, however many ticks follow.
func TestTourLapsCountedOnce(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	u := &countingUsage{}
	tu.ui.usage = u
	now := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	tu.ui.now = func() time.Time { return now }
	tu.ui.tour.start(false)
	tu.ui.tour.next()
	tu.ui.tour.next()
	if u.laps != 0 {
		t.Fatalf("two Next presses mid-tour counted %d laps", u.laps)
	}
	for i := 0; i < 100; i++ {
		now = now.Add(5 * time.Minute)
		tu.ui.tick(now)
	}
	if u.laps != 1 {
		t.Errorf("a finished pass and 100 ticks counted %d laps, want 1", u.laps)
	}
}

// TestKioskKeepsGuidedTourAlive: a visitor watching a guided tour touches nothing; the
// kiosk must not take them for gone.
func TestKioskKeepsGuidedTourAlive(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.ui.tour.start(false)
	for i := 0; i < 90; i++ {
		ku.at(time.Second)
	}
	if s := ku.ui.kiosk.attract.State(); s != kiosk.Active {
		t.Errorf("90 s into a guided tour the kiosk is %v", s)
	}
	if !ku.ui.tour.active() {
		t.Error("the guided tour was stopped")
	}
}

// TestBubbleListSurvivesHover: the list of places of a bubble that cannot split stays
// while the mouse moves to it.
func TestBubbleListSurvivesHover(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.ui.over.tooltip.showList(tu.ui, tu.ui.ds.Sites[:2], fyne.NewPos(300, 300))
	tu.ui.hovered(fyne.NewPos(310, 302))
	tu.ui.hovered(fyne.NewPos(-1, -1)) // the pointer left the map for the list
	if !tu.ui.over.tooltip.list || len(tu.ui.over.tooltip.layer.Objects) != 1 {
		t.Fatal("hovering removed the list of places")
	}
	tu.ui.closeCard()
	tu.ui.mapView.ZoomBy(1) // moving the map closes it
	tu.pump()
	if tu.ui.over.tooltip.list {
		t.Error("the list stayed after the map moved")
	}
}
