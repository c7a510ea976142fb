package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/data"
	"ningbomap/tour"
)

func TestGuidedTourWithInjectedClock(t *testing.T) {
	now := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{now: func() time.Time { return now }})
	sites := tu.content().Sites

	tu.key(fyne.KeyEscape)
	tu.startTour(t)
	if tu.openSite() != sites[0] {
		t.Fatalf("the tour opened %v first, want %s", tu.openSite(), sites[0].ID)
	}
	if on, progress := tu.tourBar(); !on || progress != "1 / 15" {
		t.Errorf("tour bar visible=%v progress %q", on, progress)
	}
	if m := tu.mode(); m != touring {
		t.Errorf("the window's mode is %v during the tour", m)
	}
	dwell := tu.tourDwell(0)
	if dwell < 5*time.Second || dwell > 2*time.Minute {
		t.Errorf("dwell on the first card %v: not a reading time", dwell)
	}
	now = now.Add(dwell - time.Second)
	tu.tick(now)
	if tu.openSite() != sites[0] {
		t.Fatalf("moved on before the dwell was over")
	}
	now = now.Add(time.Second)
	tu.tick(now)
	if tu.openSite() != sites[1] {
		t.Fatalf("after the dwell the tour shows %v, want %s", tu.openSite(), sites[1].ID)
	}

	// A visitor touching the map pauses it; Space resumes.
	tu.touch()
	if tu.tourState() == tour.Playing {
		t.Fatal("a touch on the map left the tour playing")
	}
	now = now.Add(time.Hour)
	tu.tick(now)
	if tu.openSite() != sites[1] {
		t.Fatalf("a paused tour moved on")
	}
	tu.key(fyne.KeySpace)
	if tu.tourState() != tour.Playing {
		t.Fatal("Space did not resume the tour")
	}
	// The presenter's clicker steps it.
	tu.key(fyne.KeyPageDown)
	if tu.openSite() != sites[2] {
		t.Fatalf("PgDn in the tour opened %v, want %s", tu.openSite(), sites[2].ID)
	}
	tu.key(fyne.KeyPageUp)
	if tu.openSite() != sites[1] {
		t.Fatalf("PgUp in the tour opened %v, want %s", tu.openSite(), sites[1].ID)
	}
	// Play to the end: a single pass finishes and hides the bar, the last card stays.
	for i := 0; i < 40 && underway(tu.tourState()); i++ {
		now = now.Add(5 * time.Minute)
		tu.tick(now)
	}
	if on, _ := tu.tourBar(); on || underway(tu.tourState()) {
		t.Errorf("the tour did not finish: bar %v, %v", on, tu.tourState())
	}
	if m := tu.mode(); m != browsing {
		t.Errorf("the window's mode is %v after the tour", m)
	}
	if tu.openSite() != sites[len(sites)-1] {
		t.Errorf("after the tour the card is %v, want the last place", tu.openSite())
	}
}

// underway reports whether a tour in state s is under way (playing or paused).
func underway(s tour.State) bool { return s == tour.Playing || s == tour.Paused }
