package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// ningbo is the lon/lat box of Ningbo's districts.
var ningbo = orb.Bound{Min: orb.Point{120.88, 28.85}, Max: orb.Point{122.27, 30.37}}

var projectCases = []struct {
	name  string
	view  Viewport
	point orb.Point
}{
	{"centre", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 9, Width: 800, Height: 600}, orb.Point{121.55, 29.87}},
	{"corner", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 9.5, Width: 1920, Height: 1080}, orb.Point{120.9, 30.3}},
	{"hidpi", Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 13.25, Width: 3840, Height: 2160, Scale: 2}, orb.Point{121.56, 29.86}},
	{"world", Viewport{Center: orb.Point{0, 0}, Zoom: 2, Width: 1024, Height: 1024}, orb.Point{-179.9, -84.9}},
	{"deep", Viewport{Center: orb.Point{121.3458, 29.6786}, Zoom: 18, Width: 640, Height: 480}, orb.Point{121.3459, 29.6787}},
	{"southern", Viewport{Center: orb.Point{151.2, -33.9}, Zoom: 7.3, Width: 500, Height: 500}, orb.Point{150, -34.5}},
}

func TestProjectRoundTrip(t *testing.T) {
	for _, tc := range projectCases {
		t.Run(tc.name, func(t *testing.T) {
			x, y := tc.view.Project(tc.point)
			got := tc.view.Unproject(x, y)
			if d := math.Max(math.Abs(got[0]-tc.point[0]), math.Abs(got[1]-tc.point[1])); d > 1e-9 {
				t.Errorf("Unproject(Project(%v)) = %v, off by %g°", tc.point, got, d)
			}
			cx, cy := tc.view.Project(tc.view.Center)
			if math.Abs(cx-float64(tc.view.Width)/2) > 1e-6 || math.Abs(cy-float64(tc.view.Height)/2) > 1e-6 {
				t.Errorf("centre projects to %g,%g, want the middle of the view", cx, cy)
			}
		})
	}
}

func TestProjectKnownPixels(t *testing.T) {
	// At zoom 0 the world is 256 pixels: lon 0 / lat 0 is its middle.
	v := Viewport{Center: orb.Point{0, 0}, Zoom: 0, Width: 256, Height: 256}
	for _, tc := range []struct {
		name string
		p    orb.Point
		x, y float64
	}{
		{"origin", orb.Point{0, 0}, 128, 128},
		{"west edge", orb.Point{-180, 0}, 0, 128},
		{"north edge", orb.Point{0, MaxLatitude}, 128, 0},
		{"east 90", orb.Point{90, 0}, 192, 128},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, y := v.Project(tc.p)
			if math.Abs(x-tc.x) > 1e-6 || math.Abs(y-tc.y) > 1e-6 {
				t.Errorf("Project(%v) = %g,%g, want %g,%g", tc.p, x, y, tc.x, tc.y)
			}
		})
	}
}

func FuzzProjectRoundTrip(f *testing.F) {
	for _, tc := range projectCases {
		f.Add(tc.point[0], tc.point[1], tc.view.Zoom, tc.view.Center[0], tc.view.Center[1])
	}
	f.Fuzz(func(t *testing.T, lon, lat, zoom, clon, clat float64) {
		if math.IsNaN(lon+lat+zoom+clon+clat) || math.Abs(lon) > 180 || math.Abs(lat) > 85 ||
			math.Abs(clon) > 180 || math.Abs(clat) > 85 || zoom < 0 || zoom > 20 {
			t.Skip()
		}
		v := Viewport{Center: orb.Point{clon, clat}, Zoom: zoom, Width: 1920, Height: 1080}
		x, y := v.Project(orb.Point{lon, lat})
		got := v.Unproject(x, y)
		if math.Abs(got[0]-lon) > 1e-7 || math.Abs(got[1]-lat) > 1e-7 {
			t.Fatalf("round trip of %v,%v at zoom %v: %v", lon, lat, zoom, got)
		}
	})
}

func TestZoomAboutKeepsPixel(t *testing.T) {
	for _, tc := range []struct {
		name   string
		x, y   float64
		dz     float64
		wantZ  float64
		scale  float64
		limitB bool
	}{
		{"in at corner", 10, 20, 1, 11, 1, false},
		{"out at centre", 960, 540, -0.75, 9.25, 1, false},
		{"in by a notch", 1500, 900, 0.25, 10.25, 2, false},
		{"in off-centre clamped", 100, 1000, 20, 18, 1, false},
		{"out clamped", 1000, 600, -20, 2, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 10, Width: 1920, Height: 1080, Scale: tc.scale}
			before := v.Unproject(tc.x, tc.y)
			v.ZoomAbout(tc.x, tc.y, tc.dz)
			if v.Zoom != tc.wantZ {
				t.Errorf("zoom = %v, want %v", v.Zoom, tc.wantZ)
			}
			x, y := v.Project(before)
			if math.Abs(x-tc.x) > 1e-6 || math.Abs(y-tc.y) > 1e-6 {
				t.Errorf("point under %v,%v moved to %v,%v", tc.x, tc.y, x, y)
			}
		})
	}
}

func TestPan(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 11, Width: 800, Height: 600}
	p := v.Unproject(100, 100)
	v.Pan(37, -12.5)
	x, y := v.Project(p)
	if math.Abs(x-137) > 1e-6 || math.Abs(y-87.5) > 1e-6 {
		t.Errorf("content moved to %v,%v, want 137,87.5", x, y)
	}
}

func TestFitBounds(t *testing.T) {
	for _, tc := range []struct {
		name    string
		w, h    int
		scale   float64
		padding float64
		b       orb.Bound
	}{
		{"ningbo 1080p", 1920, 1080, 1, 40, ningbo},
		{"ningbo portrait", 600, 1000, 1, 10, ningbo},
		{"ningbo 4k", 3840, 2160, 2, 80, ningbo},
		{"village", 1920, 1080, 1, 100, orb.Bound{Min: orb.Point{121.34, 29.67}, Max: orb.Point{121.35, 29.685}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Viewport{Width: tc.w, Height: tc.h, Scale: tc.scale}
			v.FitBounds(tc.b, tc.padding)
			x0, y0 := v.Project(orb.Point{tc.b.Min[0], tc.b.Max[1]})
			x1, y1 := v.Project(orb.Point{tc.b.Max[0], tc.b.Min[1]})
			const eps = 1e-6
			if x0 < tc.padding-eps || y0 < tc.padding-eps || x1 > float64(tc.w)-tc.padding+eps || y1 > float64(tc.h)-tc.padding+eps {
				t.Errorf("bounds at %v,%v–%v,%v do not fit inside the padding", x0, y0, x1, y1)
			}
			// One side touches the padding exactly: the zoom is the largest.
			slackX := (x0 - tc.padding) + (float64(tc.w) - tc.padding - x1)
			slackY := (y0 - tc.padding) + (float64(tc.h) - tc.padding - y1)
			if math.Min(slackX, slackY) > 1e-6 {
				t.Errorf("slack %v,%v: zoom %v is not the largest that fits", slackX, slackY, v.Zoom)
			}
			if math.Abs((x0+x1)/2-float64(tc.w)/2) > 1e-6 || math.Abs((y0+y1)/2-float64(tc.h)/2) > 1e-6 {
				t.Errorf("bounds not centred: %v,%v–%v,%v", x0, y0, x1, y1)
			}
		})
	}
}

func TestClamp(t *testing.T) {
	t.Run("zoom limits", func(t *testing.T) {
		v := Viewport{Width: 100, Height: 100, MinZoom: 8, MaxZoom: 14, Zoom: 10}
		v.ZoomAbout(50, 50, 10)
		if v.Zoom != 14 {
			t.Errorf("zoom %v, want 14", v.Zoom)
		}
		v.SetZoom(1)
		if v.Zoom != 8 {
			t.Errorf("zoom %v, want 8", v.Zoom)
		}
	})
	t.Run("centre limit", func(t *testing.T) {
		v := Viewport{Width: 100, Height: 100, Zoom: 10, Center: orb.Point{121.5, 29.8}, Limit: ningbo}
		v.Pan(1e7, -1e7)
		if !ningbo.Pad(1e-9).Contains(v.Center) || math.Abs(v.Center[0]-ningbo.Min[0]) > 1e-9 {
			t.Errorf("centre %v left the limit", v.Center)
		}
	})
	t.Run("world", func(t *testing.T) {
		v := Viewport{Width: 100, Height: 100, Zoom: 3}
		v.Pan(0, 1e9)
		if math.Abs(v.Center[1]-MaxLatitude) > 1e-9 {
			t.Errorf("centre %v, want the north edge", v.Center)
		}
	})
	t.Run("nan", func(t *testing.T) {
		v := Viewport{Width: 100, Height: 100, Zoom: 3}
		v.ZoomAbout(50, 50, math.NaN())
		if math.IsNaN(v.Zoom) || math.IsNaN(v.Center[0]) {
			t.Errorf("NaN leaked into %+v", v)
		}
	})
}

func TestBoundsAndResize(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 9, Width: 800, Height: 600}
	b := v.Bounds()
	if !b.Contains(v.Center) || b.Min[0] >= b.Max[0] || b.Min[1] >= b.Max[1] {
		t.Fatalf("bounds %v", b)
	}
	v.Resize(1600, 1200)
	b2 := v.Bounds()
	if b2.Max[0]-b2.Min[0] <= b.Max[0]-b.Min[0] || v.Zoom != 9 || v.Center != (orb.Point{121.55, 29.87}) {
		t.Errorf("resize: %v then %v", b, b2)
	}
}
