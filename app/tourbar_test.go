package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/data"
	"ningbomap/tour"
)

func TestGuidedTourWithInjectedClock(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	now := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	tu.ui.now = func() time.Time { return now }
	sites := tu.ui.ds.Sites

	tu.ui.closeCard()
	tu.ui.tour.start(false)
	if tu.ui.open.site != sites[0] {
		t.Fatalf("the tour opened %v first, want %s", tu.ui.open.site, sites[0].ID)
	}
	if !tu.ui.tour.bar.Visible() || tu.ui.tour.progress.Text != "1 / 15" {
		t.Errorf("tour bar visible=%v progress %q", tu.ui.tour.bar.Visible(), tu.ui.tour.progress.Text)
	}
	dwell := tu.ui.tour.t.Dwell(0)
	if dwell < 5*time.Second || dwell > 2*time.Minute {
		t.Errorf("dwell on the first card %v: not a reading time", dwell)
	}
	now = now.Add(dwell - time.Second)
	tu.ui.tick(now)
	if tu.ui.open.site != sites[0] {
		t.Fatalf("moved on before the dwell was over")
	}
	now = now.Add(time.Second)
	tu.ui.tick(now)
	if tu.ui.open.site != sites[1] {
		t.Fatalf("after the dwell the tour shows %v, want %s", tu.ui.open.site, sites[1].ID)
	}

	// A visitor touching the map pauses it; Space resumes.
	tu.ui.mapInput()
	if tu.ui.tour.t.State() != tour.Paused {
		t.Fatalf("map input left the tour %v", tu.ui.tour.t.State())
	}
	now = now.Add(time.Hour)
	tu.ui.tick(now)
	if tu.ui.open.site != sites[1] {
		t.Fatalf("a paused tour moved on")
	}
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if tu.ui.tour.t.State() != tour.Playing {
		t.Fatalf("Space did not resume: %v", tu.ui.tour.t.State())
	}
	// The presenter's clicker steps it.
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if tu.ui.open.site != sites[2] {
		t.Fatalf("PgDn in the tour opened %v, want %s", tu.ui.open.site, sites[2].ID)
	}
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if tu.ui.open.site != sites[1] {
		t.Fatalf("PgUp in the tour opened %v, want %s", tu.ui.open.site, sites[1].ID)
	}
	// Play to the end: a single pass finishes and hides the bar, the last card stays.
	for i := 0; i < 40 && tu.ui.tour.active(); i++ {
		now = now.Add(5 * time.Minute)
		tu.ui.tick(now)
	}
	if tu.ui.tour.active() || tu.ui.tour.bar.Visible() {
		t.Errorf("the tour did not finish: %v", tu.ui.tour.t.State())
	}
	if tu.ui.open.site != sites[len(sites)-1] {
		t.Errorf("after the tour the card is %v, want the last place", tu.ui.open.site)
	}
}
