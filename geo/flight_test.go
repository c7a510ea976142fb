package geo

import (
	"math"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

var flightCases = []struct {
	name   string
	from   Viewport
	center orb.Point
	zoom   float64
}{
	{"overview to village", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 9, Width: 1920, Height: 1080}, orb.Point{121.3458, 29.6786}, 15},
	{"village to village", Viewport{Center: orb.Point{121.3458, 29.6786}, Zoom: 15, Width: 1920, Height: 1080}, orb.Point{121.85, 29.95}, 15},
	{"zoom only in", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 9, Width: 800, Height: 600}, orb.Point{121.55, 29.87}, 14},
	{"zoom only out", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 14, Width: 800, Height: 600}, orb.Point{121.55, 29.87}, 8},
	{"nowhere", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 12, Width: 800, Height: 600}, orb.Point{121.55, 29.87}, 12},
	{"hidpi back out", Viewport{Center: orb.Point{121.85, 29.95}, Zoom: 16, Width: 3840, Height: 2160, Scale: 2}, orb.Point{121.55, 29.87}, 9.5},
}

func TestFlightEnds(t *testing.T) {
	for _, tc := range flightCases {
		for _, kind := range []string{"fly", "ease"} {
			t.Run(tc.name+"/"+kind, func(t *testing.T) {
				f := FlyTo(tc.from, tc.center, tc.zoom, FlightOptions{})
				if kind == "ease" {
					f = EaseTo(tc.from, tc.center, tc.zoom, 0, nil)
				}
				if got := f.At(0); got != tc.from {
					t.Errorf("start %+v, want %+v", got, tc.from)
				}
				end := f.At(f.Duration())
				if end.Zoom != tc.zoom || math.Abs(end.Center[0]-tc.center[0]) > 1e-9 || math.Abs(end.Center[1]-tc.center[1]) > 1e-9 {
					t.Errorf("end %+v, want %v at %v", end, tc.center, tc.zoom)
				}
				// Just before the end the view is already there, and no
				// frame jumps: every step moves less than a screen.
				near := f.AtFraction(1 - 1e-9)
				if math.Abs(near.Zoom-tc.zoom) > 1e-6 || math.Abs(near.Center[0]-tc.center[0]) > 1e-6 {
					t.Errorf("just before the end: %+v", near)
				}
				prev := f.At(0)
				for i := 1; i <= 200; i++ {
					cur := f.AtFraction(float64(i) / 200)
					x, y := prev.Project(cur.Center)
					if math.Hypot(x-float64(prev.Width)/2, y-float64(prev.Height)/2) > float64(prev.Width) || math.Abs(cur.Zoom-prev.Zoom) > 0.5 {
						t.Fatalf("step %d jumps from %+v to %+v", i, prev, cur)
					}
					prev = cur
				}
			})
		}
	}
}

func TestFlightDuration(t *testing.T) {
	long := FlyTo(flightCases[0].from, flightCases[0].center, flightCases[0].zoom, FlightOptions{})
	short := FlyTo(flightCases[0].from, orb.Point{121.56, 29.87}, 9.5, FlightOptions{})
	if !(long.Duration() > short.Duration()) || long.Duration() > 4*time.Second || short.Duration() < 300*time.Millisecond {
		t.Errorf("durations %v and %v", long.Duration(), short.Duration())
	}
	fixed := FlyTo(flightCases[0].from, flightCases[0].center, 15, FlightOptions{Duration: time.Second})
	if fixed.Duration() != time.Second {
		t.Errorf("fixed duration %v", fixed.Duration())
	}
	// The optimal path zooms out on the way between far places at one zoom.
	f := FlyTo(flightCases[1].from, flightCases[1].center, 15, FlightOptions{})
	if mid := f.AtFraction(0.5); mid.Zoom >= 14 {
		t.Errorf("mid-flight zoom %v, want a zoom out", mid.Zoom)
	}
}

func TestFlightCancel(t *testing.T) {
	f := FlyTo(flightCases[0].from, flightCases[0].center, 15, FlightOptions{})
	if f.Done(time.Millisecond) {
		t.Fatal("done at once")
	}
	f.Cancel()
	if !f.Done(time.Millisecond) || !f.Cancelled() {
		t.Error("cancel did not stop it")
	}
}

func TestFlyOrEase(t *testing.T) {
	v := flightCases[0].from
	if f := FlyOrEase(v, orb.Point{121.56, 29.88}, 9.5, FlightOptions{}); !f.plain {
		t.Error("a short hop should ease")
	}
	if f := FlyOrEase(v, flightCases[0].center, 15, FlightOptions{}); f.plain {
		t.Error("a long trip should fly")
	}
}

func TestCubicBezier(t *testing.T) {
	for _, tc := range []struct{ t, want float64 }{{0, 0}, {1, 1}, {0.5, 0.8024033877399112}} {
		if got := DefaultEasing(tc.t); math.Abs(got-tc.want) > 1e-5 {
			t.Errorf("ease(%v) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

func BenchmarkFlightFrame(b *testing.B) {
	f := FlyTo(flightCases[0].from, flightCases[0].center, flightCases[0].zoom, FlightOptions{})
	d := f.Duration()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		_ = f.At(time.Duration(i%997) * d / 997)
	}
}
