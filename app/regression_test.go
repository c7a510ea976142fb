package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"ningbomap/data"
	"ningbomap/kiosk"
)

// countingUsage counts what the app records: card opens per place, and finished tours.
type countingUsage struct {
	places map[string]int
	laps   int
}

func (c *countingUsage) Opened(id string) error {
	if c.places != nil {
		c.places[id]++
	}
	return nil
}
func (c *countingUsage) Dwelt(string, time.Duration) error { return nil }
func (c *countingUsage) TourCompleted(string) error        { c.laps++; return nil }

// TestTourLapsCountedOnce: stepping with Next mid-tour counts no lap; finishing a single
// pass counts one, however many ticks follow.
func TestTourLapsCountedOnce(t *testing.T) {
	u := &countingUsage{}
	now := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{usage: u, now: func() time.Time { return now }})
	tu.startTour(t)
	tu.key(fyne.KeyPageDown)
	tu.key(fyne.KeyPageDown)
	if u.laps != 0 {
		t.Fatalf("two Next presses mid-tour counted %d laps", u.laps)
	}
	for i := 0; i < 100; i++ {
		now = now.Add(5 * time.Minute)
		tu.tick(now)
	}
	if u.laps != 1 {
		t.Errorf("a finished pass and 100 ticks counted %d laps, want 1", u.laps)
	}
}

// TestKioskKeepsGuidedTourAlive: a visitor watching a guided tour touches nothing; the
// kiosk must not take them for gone.
func TestKioskKeepsGuidedTourAlive(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.startTour(t)
	for i := 0; i < 90; i++ {
		ku.at(time.Second)
	}
	if s := ku.kioskState(); s != kiosk.Active {
		t.Errorf("90 s into a guided tour the kiosk is %v", s)
	}
	if on, _ := ku.tourBar(); !on {
		t.Error("the guided tour was stopped")
	}
}

// TestBubbleListSurvivesHover: the list of places of a bubble that cannot split stays
// while the mouse moves to it.
func TestBubbleListSurvivesHover(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tip := tu.tooltip()
	tu.bubbleList(tu.content().Sites[:2], fyne.NewPos(300, 300))
	m := tu.mapView()
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(310, 302)}})
	m.MouseOut() // the pointer left the map for the list
	if !tip.Listing() || !tip.Showing() {
		t.Fatal("hovering removed the list of places")
	}
	tu.key(fyne.KeyEscape)
	m.ZoomBy(1) // moving the map closes it
	tu.pump()
	if tip.Listing() {
		t.Error("the list stayed after the map moved")
	}
}
