package kiosk

import (
	"testing"
	"time"

	"ningbomap/tour"
)

// TestAttractCycle walks the whole kiosk cycle on a clock the test sets: idle,
// the countdown banner, the reset and the looping tour, a touch that hands
// control over where the tour is, and the next idle spell.
func TestAttractCycle(t *testing.T) {
	s := time.Second
	cfg := Default() // 60 s idle, 10 s countdown
	cfg.DwellBaseSeconds, cfg.DwellMaxSeconds = 10, 0
	cfg.DwellZhCharsPerSecond = 1
	// Dwells: overview 10 s, a 15 s, b 20 s.
	stops := []tour.Stop{{ID: "ningbo"}, {ID: "a", Zh: 5}, {ID: "b", Zh: 10}}
	clock := &fakeClock{now: t0}
	at := NewAttractor(cfg, stops, clock)

	steps := []struct {
		name  string
		at    time.Duration
		input bool
		want  Update
		pos   int
	}{
		{"still in use", 30 * s, false, Update{State: Active}, 0},
		{"banner appears", 50 * s, false, Update{State: Countdown, Changed: true, Remaining: 10}, 0},
		{"banner counts down", 57 * s, false, Update{State: Countdown, Remaining: 3}, 0},
		{"reset to the overview", 60 * s, false, Update{State: Attract, Changed: true, Reset: true, Show: "ningbo"}, 0},
		{"overview dwells", 69 * s, false, Update{State: Attract}, 0},
		{"first place", 70 * s, false, Update{State: Attract, Show: "a"}, 1},
		{"second place", 85 * s, false, Update{State: Attract, Show: "b"}, 2},
		{"a lap ends, back to the overview", 105 * s, false, Update{State: Attract, Show: "ningbo", Lap: true}, 0},
		{"first place again", 115 * s, false, Update{State: Attract, Show: "a"}, 1},
		{"a touch hands over at the place shown", 120 * s, true, Update{State: Active, Changed: true, HandOver: true}, 1},
		{"the tour stays stopped", 135 * s, false, Update{State: Active}, 1},
		{"a second touch is plain input", 140 * s, true, Update{State: Active}, 1},
		{"banner again after the next idle spell", 190 * s, false, Update{State: Countdown, Changed: true, Remaining: 10}, 1},
		{"touch during the banner", 195 * s, true, Update{State: Active, Changed: true}, 1},
		{"attract again after a whole idle spell, from the start", 255 * s, false, Update{State: Attract, Changed: true, Reset: true, Show: "ningbo"}, 0},
	}
	for _, st := range steps {
		clock.set(st.at)
		var got Update
		if st.input {
			got = at.Input()
		} else {
			got = at.Tick()
		}
		if got != st.want {
			t.Errorf("%s (at %v): %+v, want %+v", st.name, st.at, got, st.want)
		}
		if i, _ := at.Tour().Position(); i != st.pos {
			t.Errorf("%s (at %v): tour at %d, want %d", st.name, st.at, i, st.pos)
		}
	}
	if got := at.Tour().Completed(); got != 1 {
		t.Errorf("%d laps, want 1", got)
	}
	if at.State() != Attract || at.Tour().State() != tour.Playing {
		t.Errorf("ends %v with the tour %v; want attract, playing", at.State(), at.Tour().State())
	}
}

func TestAttractWithoutStops(t *testing.T) {
	clock := &fakeClock{now: t0}
	at := NewAttractor(Default(), nil, clock)
	clock.set(time.Hour)
	want := Update{State: Attract, Changed: true, Reset: true}
	if got := at.Tick(); got != want {
		t.Errorf("Tick() = %+v, want %+v", got, want)
	}
	if got := at.Input(); !got.HandOver || got.State != Active {
		t.Errorf("Input() = %+v, want a hand-over to active", got)
	}
}

// TestAttractorIdle: after Idle the next tick enters the attract loop at once, with a
// reset and no countdown; a touch after it hands over as usual.
func TestAttractorIdle(t *testing.T) {
	clk := &fakeClock{now: t0}
	a := NewAttractor(Default(), []tour.Stop{{ID: "a"}, {ID: "b"}}, clk)
	if u := a.Tick(); u.State != Active {
		t.Fatalf("fresh attractor: %v, want active", u.State)
	}
	a.Idle()
	clk.set(200 * time.Millisecond)
	u := a.Tick()
	if u.State != Attract || !u.Reset || u.Show != "a" {
		t.Fatalf("after Idle: %+v, want the attract loop from its first stop", u)
	}
	if u := a.Input(); !u.HandOver || u.State != Active {
		t.Fatalf("a touch after Idle: %+v, want a hand-over", u)
	}
}
