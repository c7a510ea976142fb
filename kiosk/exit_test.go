package kiosk

import (
	"testing"
	"time"
)

func TestHoldGesture(t *testing.T) {
	s := time.Second
	type ev struct {
		at   time.Duration
		kind string // press, move, release, tick
		x, y float32
		want bool // Press: started; others: triggered
	}
	cases := []struct {
		name   string
		corner Corner
		events []ev
	}{
		{"held five seconds in the top-right corner", TopRight, []ev{
			{0, "press", 1250, 30, true},
			{4 * s, "tick", 0, 0, false},
			{5*s - 1, "tick", 0, 0, false},
			{5 * s, "tick", 0, 0, true},
			{6 * s, "tick", 0, 0, false},
			{7 * s, "release", 0, 0, false},
		}},
		{"the corner's edges count", TopRight, []ev{
			{0, "press", 1200, 80, true},
			{5 * s, "tick", 0, 0, true},
		}},
		{"just outside the corner", TopRight, []ev{
			{0, "press", 1199, 40, false},
			{9 * s, "tick", 0, 0, false},
		}},
		{"outside the window", TopRight, []ev{
			{0, "press", 1290, 40, false},
			{9 * s, "tick", 0, 0, false},
		}},
		{"released too early", TopRight, []ev{
			{0, "press", 1270, 10, true},
			{4 * s, "release", 0, 0, false},
			{6 * s, "tick", 0, 0, false},
		}},
		{"wobbling within 20 units", TopRight, []ev{
			{0, "press", 1240, 40, true},
			{2 * s, "move", 1252, 56, false},
			{5 * s, "move", 1240, 20, true},
		}},
		{"moving more than 20 units cancels", TopRight, []ev{
			{0, "press", 1240, 40, true},
			{2 * s, "move", 1240, 61, false},
			{2 * s, "move", 1240, 40, false},
			{6 * s, "tick", 0, 0, false},
		}},
		{"a late release still triggers once", TopRight, []ev{
			{0, "press", 1270, 10, true},
			{8 * s, "release", 0, 0, true},
			{9 * s, "tick", 0, 0, false},
		}},
		{"a new hold triggers again", TopRight, []ev{
			{0, "press", 1270, 10, true},
			{5 * s, "tick", 0, 0, true},
			{6 * s, "release", 0, 0, false},
			{7 * s, "press", 1270, 10, true},
			{12 * s, "tick", 0, 0, true},
		}},
		{"top-right ignores the top-left corner", TopRight, []ev{
			{0, "press", 10, 10, false},
			{9 * s, "tick", 0, 0, false},
		}},
		{"top-left", TopLeft, []ev{
			{0, "press", 10, 10, true},
			{5 * s, "tick", 0, 0, true},
		}},
		{"bottom-right", BottomRight, []ev{
			{0, "press", 1275, 795, true},
			{5 * s, "tick", 0, 0, true},
		}},
		{"bottom-left", BottomLeft, []ev{
			{0, "press", 0, 800, true},
			{5 * s, "tick", 0, 0, true},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := NewHoldGesture(tc.corner)
			g.Resize(1280, 800)
			for n, e := range tc.events {
				now := t0.Add(e.at)
				var got bool
				switch e.kind {
				case "press":
					got = g.Press(e.x, e.y, now)
				case "move":
					got = g.Move(e.x, e.y, now)
				case "release":
					got = g.Release(now)
				case "tick":
					got = g.Tick(now)
				}
				if got != e.want {
					t.Errorf("event %d (%s at %v, %v,%v) = %v, want %v", n, e.kind, e.at, e.x, e.y, got, e.want)
				}
			}
		})
	}
}

func TestHoldProgress(t *testing.T) {
	g := NewHoldGesture(TopRight)
	g.Resize(1280, 800)
	if p := g.Progress(t0); p != 0 {
		t.Errorf("progress %v before a press, want 0", p)
	}
	g.Press(1270, 10, t0)
	for _, c := range []struct {
		at   time.Duration
		want float64
	}{{0, 0}, {2500 * time.Millisecond, 0.5}, {5 * time.Second, 1}, {time.Minute, 1}} {
		if p := g.Progress(t0.Add(c.at)); p != c.want {
			t.Errorf("progress at %v = %v, want %v", c.at, p, c.want)
		}
	}
}

func TestCorners(t *testing.T) {
	for _, c := range []Corner{TopRight, TopLeft, BottomRight, BottomLeft} {
		got, err := ParseCorner(c.String())
		if err != nil || got != c {
			t.Errorf("ParseCorner(%q) = %v, %v", c.String(), got, err)
		}
	}
	if _, err := ParseCorner("middle"); err == nil {
		t.Error("ParseCorner(middle) took it")
	}
	if got := Corner(9).String(); got != "Corner(9)" {
		t.Errorf("Corner(9).String() = %q", got)
	}
}
