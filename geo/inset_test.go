package geo

import (
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func cityBound(polys []orb.MultiPolygon) orb.Bound {
	b := polys[0].Bound()
	for _, p := range polys[1:] {
		b = b.Union(p.Bound())
	}
	return b
}

func TestInset(t *testing.T) {
	ds := loadDistricts(t)
	in := NewInset(ds, cityBound(ds), 200, 160, 1, DefaultInsetStyle)
	tengtou := orb.Point{121.353, 29.68}
	main := Viewport{Center: tengtou, Zoom: 12, Width: 1280, Height: 800, Scale: 1}

	t.Run("tap gives back the place", func(t *testing.T) {
		for _, p := range []orb.Point{tengtou, {121.0, 30.1}, {121.9, 29.3}} {
			x, y := in.Viewport().Project(p)
			if x < 0 || y < 0 || x > 200 || y > 160 {
				t.Fatalf("%v falls outside the inset at %g,%g", p, x, y)
			}
			q := in.LonLat(x, y)
			if math.Abs(q[0]-p[0]) > 1e-9 || math.Abs(q[1]-p[1]) > 1e-9 {
				t.Errorf("LonLat(Project(%v)) = %v", p, q)
			}
		}
	})
	t.Run("rectangle around the view", func(t *testing.T) {
		cases := []struct {
			zoom     float64
			minWidth float64
		}{{9, 20}, {12, 6}, {17, 6}}
		for _, c := range cases {
			v := main
			v.Zoom = c.zoom
			b := in.ViewRect(v)
			x, y := in.Viewport().Project(tengtou)
			if x < b.MinX || x > b.MaxX || y < b.MinY || y > b.MaxY {
				t.Errorf("zoom %g: rectangle %+v misses the view's centre %g,%g", c.zoom, b, x, y)
			}
			if b.MaxX-b.MinX < c.minWidth || b.MaxY-b.MinY < 6 {
				t.Errorf("zoom %g: rectangle %+v smaller than %g px", c.zoom, b, c.minWidth)
			}
		}
	})
	t.Run("shown only past the city view", func(t *testing.T) {
		city := Viewport{Width: 1280, Height: 800}
		city.FitBounds(cityBound(ds), 24)
		cases := []struct {
			dz   float64
			want bool
		}{{0, false}, {0.8, false}, {1.2, true}, {5, true}}
		for _, c := range cases {
			v := city
			v.Zoom += c.dz
			if got := ShowInset(v, city.Zoom); got != c.want {
				t.Errorf("zoom +%g: ShowInset %v, want %v", c.dz, got, c.want)
			}
		}
	})
	img := image.NewRGBA(image.Rect(0, 0, 200, 160))
	in.Render(img, main)
	assertGolden(t, "inset", img)
	// The frame colour shows around the rectangle's edge.
	b := in.ViewRect(main)
	c := img.RGBAAt(int(b.MinX), int((b.MinY+b.MaxY)/2))
	if c.R < 150 || c.G > 120 {
		t.Errorf("rectangle edge %v, want the red frame", c)
	}
}

func BenchmarkInset(b *testing.B) {
	ds := loadDistricts(b)
	in := NewInset(ds, cityBound(ds), 200, 160, 1, DefaultInsetStyle)
	v := Viewport{Center: orb.Point{121.353, 29.68}, Zoom: 12, Width: 1920, Height: 1080, Scale: 1}
	img := image.NewRGBA(image.Rect(0, 0, 200, 160))
	b.ReportAllocs()
	for b.Loop() {
		in.Render(img, v)
	}
}
