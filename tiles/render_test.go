package tiles_test

import (
	"flag"
	"image"
	"image/color"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/internal/fixture"
	"ningbomap/internal/golden"
	"ningbomap/tiles"
)

var update = flag.Bool("update", false, "rewrite testdata/*.png golden images")

var paper = color.NRGBA{0xf4, 0xef, 0xe6, 0xff}

// openSource opens a fixture with its decoding workers; closed at the end of the test.
func openSource(tb testing.TB, name string, opt tiles.SourceOptions) *tiles.Source {
	tb.Helper()
	f, err := tiles.Open(fixturePath(name))
	if err != nil {
		tb.Fatal(err)
	}
	src := tiles.NewSource(f, opt)
	tb.Cleanup(func() { src.Close() })
	return src
}

// basemapRenderer draws the tiles under the districts as outlines, as the
// app does when a tile basemap is on.
func basemapRenderer(tb testing.TB, src geo.TileSource) *geo.Renderer {
	tb.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		tb.Fatal(err)
	}
	var polys []orb.MultiPolygon
	for _, d := range ds.Districts {
		polys = append(polys, d.Geometry)
	}
	r := geo.NewRenderer()
	r.SetBackground(paper)
	r.SetTiles(src)
	st := geo.Style{Fill: color.NRGBA{0xee, 0xe4, 0xd0, 0xff}, Stroke: color.NRGBA{0xb0, 0x30, 0x30, 0xff}, StrokeWidth: 2}
	r.SetPolygons("districts", polys, st.Outline())
	r.SetMarkers([]geo.Marker{{ID: "tengtou", Point: orb.Point{121.3947, 29.6925}, Color: color.NRGBA{0xc0, 0x20, 0x20, 0xff}}})
	return r
}

// drawSettled renders v, waits for the tiles it asked for, and renders again.
func drawSettled(r *geo.Renderer, src *tiles.Source, img *image.RGBA, v geo.Viewport) {
	r.Render(img, v)
	src.Wait()
	r.Render(img, v)
}

func TestGoldenBasemap(t *testing.T) {
	cases := []struct {
		name  string
		file  string
		zoom  float64
		scale float64
	}{
		{"basemap_z9", "ningbo.mbtiles", 9.4, 1},
		{"basemap_z9", "ningbo.pmtiles", 9.4, 1},   // same picture from the other container
		{"basemap_z13", "ningbo.mbtiles", 13.2, 1}, // past max zoom 11: enlarged
	}
	for _, c := range cases {
		t.Run(c.name+"/"+c.file, func(t *testing.T) {
			src := openSource(t, c.file, tiles.SourceOptions{})
			r := basemapRenderer(t, src)
			v := geo.NewViewport(480, 320)
			v.MaxZoom = 18
			v.Scale = c.scale
			v.SetCenter(orb.Point{121.45, 29.75})
			v.SetZoom(c.zoom)
			img := image.NewRGBA(image.Rect(0, 0, 480, 320))
			drawSettled(r, src, img, v)
			assertGolden(t, c.name, img)
		})
	}
}

// TestJumpShowsStandIns: after a jump to where nothing of the view's
// level is cached, the first frame is covered by lower-zoom tiles.
func TestJumpShowsStandIns(t *testing.T) {
	src := openSource(t, "ningbo.mbtiles", tiles.SourceOptions{})
	src.Wait() // the pinned base level only
	r := basemapRenderer(t, src)
	r.SetVisible("districts", false)
	r.SetMarkers(nil)
	v := geo.NewViewport(1920, 1080)
	v.MaxZoom = 18
	v.SetCenter(orb.Point{121.80, 29.60}) // the east, never drawn before
	v.SetZoom(11.4)
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	r.Render(img, v)
	bg := color.RGBA{paper.R, paper.G, paper.B, 255}
	blank := 0
	for y := 0; y < 1080; y += 7 {
		for x := 0; x < 1920; x += 7 {
			if img.RGBAAt(x, y) == bg {
				blank++
			}
		}
	}
	if blank > 0 {
		t.Errorf("%d sampled pixels show the bare background on the first frame", blank)
	}
	if b := src.BaseZoom(); b < fixture.MinZoom || b >= 11 {
		t.Errorf("base zoom %d", b)
	}
}

func assertGolden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", name+".png"), img, *update, "go test ./tiles -update")
}
