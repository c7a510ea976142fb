package tiles_test

import (
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/fogleman/gg"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/tiles"
	"ningbomap/tiles/internal/fixture"
)

// The peer of BenchmarkTileFrame and BenchmarkTilesOnly is the way
// github.com/flopp/go-staticmaps draws a map from its tile cache folder.
// Its module is not available from the module proxy here (403), so this is
// a test-only model of its render path, written from its documented
// behaviour: a gg context the size of the tile grid at an integer zoom;
// each tile read from the cache folder (provider/z/x/y), decoded and drawn
// with gg's DrawImage; then the view cropped into a new image with
// draw.Draw; areas stroked with gg paths. The same 1920×1080 view, the same
// tiles (written from the fixture into the cache folder before timing).

// fillCache writes the fixture's zoom-11 tiles as a go-staticmaps cache folder.
func fillCache(b *testing.B) string {
	f, err := tiles.Open(fixturePath("ningbo.mbtiles"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	dir := filepath.Join(b.TempDir(), "fixture")
	x0, y0, x1, y1 := fixture.Range(11)
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			raw, err := f.Raw(11, x, y)
			if err != nil || raw == nil {
				b.Fatalf("tile 11/%d/%d: %v", x, y, err)
			}
			p := filepath.Join(dir, "11", fmt.Sprint(x), fmt.Sprint(y))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(p, raw, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	return dir
}

func benchmarkPeer(b *testing.B, outlines bool) {
	dir := fillCache(b)
	v := benchView(11)
	const ts = 256
	ws := v.WorldSize()
	cx, cy := geo.Mercator(v.Center)
	left, top := cx*ws-float64(v.Width)/2, cy*ws-float64(v.Height)/2
	tx0, ty0 := int(math.Floor(left/ts)), int(math.Floor(top/ts))
	nx := int(math.Floor((left+float64(v.Width))/ts)) - tx0 + 1
	ny := int(math.Floor((top+float64(v.Height))/ts)) - ty0 + 1
	var rings [][][2]float64
	if outlines {
		ds, err := data.LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range ds.Districts {
			for _, p := range d.Geometry {
				for _, r := range p {
					var pr [][2]float64
					for _, q := range r {
						x, y := v.Project(q)
						pr = append(pr, [2]float64{x + left - float64(tx0*ts), y + top - float64(ty0*ts)})
					}
					rings = append(rings, pr)
				}
			}
		}
	}
	frame := func() *image.RGBA {
		gc := gg.NewContext(nx*ts, ny*ts)
		for xx := range nx {
			for yy := range ny {
				p := filepath.Join(dir, "11", fmt.Sprint(tx0+xx), fmt.Sprint(ty0+yy))
				fh, err := os.Open(p)
				if err != nil {
					b.Fatal(err)
				}
				img, err := png.Decode(fh)
				fh.Close()
				if err != nil {
					b.Fatal(err)
				}
				gc.DrawImage(img, xx*ts, yy*ts)
			}
		}
		if outlines {
			for _, r := range rings {
				gc.NewSubPath()
				for _, q := range r {
					gc.LineTo(q[0], q[1])
				}
				gc.ClosePath()
			}
			gc.SetRGBA255(0xb0, 0x30, 0x30, 0xff)
			gc.SetLineWidth(2)
			gc.Stroke()
		}
		out := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
		off := image.Pt(int(math.Round(left))-tx0*ts, int(math.Round(top))-ty0*ts)
		draw.Draw(out, out.Rect, gc.Image(), off, draw.Src)
		return out
	}
	if img := frame(); img.RGBAAt(960, 540).A != 255 {
		b.Fatal("the peer drew nothing")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		frame()
	}
}

// BenchmarkPeerStaticMapsFrame is the peer of BenchmarkTileFrame.
func BenchmarkPeerStaticMapsFrame(b *testing.B) { benchmarkPeer(b, true) }

// BenchmarkPeerStaticMapsTiles is the peer of BenchmarkTilesOnly.
func BenchmarkPeerStaticMapsTiles(b *testing.B) { benchmarkPeer(b, false) }
