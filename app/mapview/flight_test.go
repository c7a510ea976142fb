package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"
)

// TestFlyToInstantAndHome: with Instant a flight jumps to its target; FlyHome lands on
// the overview and marks it, so a resize fits the overview again.
func TestFlyToInstantAndHome(t *testing.T) {
	tm := newTestMap(t)
	m := tm.m
	home := m.Viewport()
	m.Instant = true
	target := m.Viewport()
	target.Center, target.Zoom = orb.Point{121.5, 29.8}, 12
	m.FlyTo(target)
	if got := m.Viewport(); got.Zoom != 12 || math.Abs(got.Center.Lon()-121.5) > 1e-9 {
		t.Fatalf("after an instant flight: %v z%.2f", got.Center, got.Zoom)
	}
	m.FlyHome()
	if got := m.Viewport(); math.Abs(got.Zoom-home.Zoom) > 1e-9 {
		t.Fatalf("home zoom %.3f, want %.3f", got.Zoom, home.Zoom)
	}
	tm.w.Resize(fyne.NewSize(600, 450))
	tm.pump(t)
	if got := m.Viewport(); got.Zoom <= home.Zoom {
		t.Errorf("a bigger window at the overview should fit it closer: zoom %.3f, was %.3f", got.Zoom, home.Zoom)
	}

}

func TestNiceDistance(t *testing.T) {
	cases := []struct {
		m, want float64
		text    string
	}{
		{0, 0, "0 m"},
		{1, 1, "1 m"},
		{7.5, 5, "5 m"},
		{199, 100, "100 m"},
		{2500, 2000, "2 km"},
		{9999, 5000, "5 km"},
	}
	for _, c := range cases {
		got := niceDistance(c.m)
		if got != c.want || formatDistance(got) != c.text {
			t.Errorf("niceDistance(%v) = %v %q, want %v %q", c.m, got, formatDistance(got), c.want, c.text)
		}
	}
}
