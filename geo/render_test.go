package geo

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"ningbomap/internal/golden"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// loadDistricts reads the ten district polygons of the test basemap.
func loadDistricts(tb testing.TB) []orb.MultiPolygon {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "districts.geojson"))
	if err != nil {
		tb.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(raw)
	if err != nil {
		tb.Fatal(err)
	}
	var out []orb.MultiPolygon
	for _, f := range fc.Features {
		switch g := f.Geometry.(type) {
		case orb.MultiPolygon:
			out = append(out, g)
		case orb.Polygon:
			out = append(out, orb.MultiPolygon{g})
		}
	}
	if len(out) != 10 {
		tb.Fatalf("%d districts, want 10", len(out))
	}
	return out
}

var (
	districtStyle = Style{Fill: color.NRGBA{0xf4, 0xe4, 0xc9, 255}, Stroke: color.NRGBA{0xb0, 0x3a, 0x2e, 255}, StrokeWidth: 1.5}
	themeColors   = []color.NRGBA{{0xc8, 0x1e, 0x1e, 255}, {0x1f, 0x6f, 0xb4, 255}, {0x2e, 0x8b, 0x57, 255}, {0xe0, 0x8a, 0x00, 255}}
)

// sampleMarkers returns n markers spread over Ningbo, the first selected.
func sampleMarkers(n int) []Marker {
	ms := make([]Marker, n)
	for i := range ms {
		ms[i] = Marker{
			ID:    string(rune('a' + i)),
			Point: orb.Point{121.0 + 1.1*float64((i*7)%n)/float64(n), 29.1 + 1.0*float64((i*11)%n)/float64(n)},
			Color: themeColors[i%len(themeColors)],
		}
	}
	ms[0].Selected = true
	return ms
}

// goldenScene is a small synthetic scene: a square with a hole, a
// translucent triangle over it, a line, markers and cluster bubbles.
func goldenScene() (*Renderer, Viewport) {
	r := NewRenderer()
	r.SetBackground(color.NRGBA{0xee, 0xf2, 0xf5, 255})
	square := orb.Polygon{
		{{121.0, 29.5}, {121.6, 29.5}, {121.6, 30.0}, {121.0, 30.0}, {121.0, 29.5}},
		{{121.2, 29.65}, {121.2, 29.85}, {121.4, 29.85}, {121.4, 29.65}, {121.2, 29.65}},
	}
	tri := orb.Polygon{{{121.3, 29.3}, {121.9, 29.9}, {121.1, 29.95}, {121.3, 29.3}}}
	r.SetPolygons("square", []orb.MultiPolygon{{square}}, districtStyle)
	r.SetPolygons("tri", []orb.MultiPolygon{{tri}}, Style{Fill: color.NRGBA{0x1f, 0x6f, 0xb4, 255}, Stroke: color.NRGBA{0, 0, 0, 255}, StrokeWidth: 0.8, Opacity: 0.5})
	r.SetLines("road", []orb.LineString{{{120.9, 29.4}, {121.5, 29.6}, {121.7, 29.35}, {122.0, 29.9}}}, Style{Stroke: color.NRGBA{0x44, 0x44, 0x44, 255}, StrokeWidth: 3})
	r.SetClusters([]Cluster{
		{ID: 1, Point: orb.Point{121.85, 29.45}, Count: 7, Index: -1},
		{ID: 2, Point: orb.Point{121.1, 29.35}, Count: 1234, Index: -1},
		{ID: -1, Point: orb.Point{121.9, 30.1}, Count: 1, Index: 3},
	}, DefaultClusterStyle)
	r.SetMarkers([]Marker{
		{ID: "a", Point: orb.Point{121.3, 29.75}, Color: themeColors[1], Selected: true},
		{ID: "b", Point: orb.Point{121.5, 29.9}, Color: themeColors[2]},
		{ID: "c", Point: orb.Point{121.55, 29.92}, Color: themeColors[3]},
		{ID: "edge", Point: orb.Point{120.8, 29.8}, Color: themeColors[0]},
	})
	v := Viewport{Width: 200, Height: 150}
	v.FitBounds(orb.Bound{Min: orb.Point{120.9, 29.3}, Max: orb.Point{122.0, 30.1}}, 8)
	return r, v
}

func TestRenderGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		scale float64
	}{
		{"scene", 1},
		{"scene_hidpi", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, v := goldenScene()
			v.Scale = tc.scale
			v.Width, v.Height = int(float64(v.Width)*tc.scale), int(float64(v.Height)*tc.scale)
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			r.Render(img, v)
			assertGolden(t, tc.name, img)
			// A second frame into the same buffer is identical.
			again := image.NewRGBA(img.Rect)
			copy(again.Pix, img.Pix)
			r.Render(img, v)
			if !bytes.Equal(again.Pix, img.Pix) {
				t.Error("second frame differs from the first")
			}
			// DropScratch frees the coverage buffers, and the next frame is the same.
			if len(r.ras.acc) == 0 {
				t.Fatal("no coverage buffer after a frame")
			}
			r.DropScratch()
			if r.ras.acc != nil || r.ras.bits != nil || r.ras.x0 != nil {
				t.Fatal("DropScratch kept the coverage buffers")
			}
			dropped := image.NewRGBA(img.Rect)
			r.Render(dropped, v)
			if !bytes.Equal(img.Pix, dropped.Pix) {
				t.Error("the frame after DropScratch differs from the one before")
			}
			assertGolden(t, tc.name, dropped)
		})
	}
}

func TestRenderDistricts(t *testing.T) {
	r := NewRenderer()
	r.SetPolygons("districts", loadDistricts(t), districtStyle)
	r.SetMarkers(sampleMarkers(15))
	v := NewViewport(240, 240)
	v.FitBounds(ningbo, 4)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Render(img, v)
	assertGolden(t, "districts", img)
}

// assertGolden compares img with testdata/name.png, allowing tiny
// differences from floating-point rounding on other CPUs.
func assertGolden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", name+".png"), img, *update, "go test ./geo -update")
}

func TestRenderMarkersAtEdges(t *testing.T) {
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 10, Width: 40, Height: 30}
	r := NewRenderer()
	var ms []Marker
	for _, p := range [][2]float64{{-3, -3}, {43, 33}, {-3, 33}, {43, -3}, {20, -8}, {-8, 15}, {-200, 15}} {
		ms = append(ms, Marker{Point: v.Unproject(p[0], p[1]), Color: themeColors[0], Selected: p[0] == 20})
	}
	r.SetMarkers(ms)
	r.SetClusters([]Cluster{{ID: 9, Point: v.Unproject(-10, -10), Count: 50000, Index: -1}}, DefaultClusterStyle)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Render(img, v)
	for _, p := range [][2]int{{0, 0}, {39, 29}, {0, 29}, {39, 0}, {20, 0}} {
		if c := img.RGBAAt(p[0], p[1]); c == (color.RGBA{255, 255, 255, 255}) {
			t.Errorf("pixel %v not drawn", p)
		}
	}
	// A sub-image with an offset origin renders the same.
	big := image.NewRGBA(image.Rect(-5, -7, 35, 23))
	r.Render(big, v)
	for y := range v.Height {
		for x := range v.Width {
			if big.RGBAAt(x-5, y-7) != img.RGBAAt(x, y) {
				t.Fatalf("offset image differs at %d,%d", x, y)
			}
		}
	}
}
