package vector

import (
	"fmt"
	"image"
	"testing"

	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
	"ningbomap/internal/cputime"
)

// denseTile is the densest real tile of the fixtures: downtown San
// Francisco south of Market at zoom 14, about 13,000 features.
var denseTile = fixture{"sf", OpenMapTiles, maptile.New(2621, 6332, 14)}

// BenchmarkTile measures a dense real zoom 14 tile from the bytes a file
// holds (gzip MVT) to its picture: decoding (gunzip and orb's
// mvt.Unmarshal, of every layer or of those the style reads after
// StripLayers), preparing and drawing 256 pixels square, and each step
// alone.
func BenchmarkTile(b *testing.B) {
	raw := denseTile.raw(b)
	for _, strip := range []bool{false, true} {
		name := "decode+prepare+draw"
		if strip {
			name = "strip+" + name
		}
		b.Run(name, func(b *testing.B) {
			img := image.NewRGBA(image.Rect(0, 0, 256, 256))
			var d Drawer
			b.ReportAllocs()
			cpu := cputime.Start()
			defer cpu.Report(b)
			for b.Loop() {
				t := Prepare(decodeWith(b, raw, strip), OpenMapTiles, denseTile.id)
				if err := d.Draw(img, t, denseTile.id, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, strip := range []bool{false, true} {
		name := "decode"
		if strip {
			name = "strip+decode"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Start()
			defer cpu.Report(b)
			for b.Loop() {
				decodeWith(b, raw, strip)
			}
		})
	}
	layers := decode(b, raw)
	b.Run("prepare", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cputime.Start()
		defer cpu.Report(b)
		for b.Loop() {
			Prepare(layers, OpenMapTiles, denseTile.id)
		}
	})
	t := Prepare(layers, OpenMapTiles, denseTile.id)
	for _, c := range []struct {
		name  string
		size  int
		at    maptile.Tile
		scale float64
	}{
		{"draw z14", 256, denseTile.id, 1},
		{"draw z14 scale 2", 512, denseTile.id, 2},
		{"draw z16 from z14", 256, maptile.New(2621*4+1, 6332*4+2, 16), 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			img := image.NewRGBA(image.Rect(0, 0, c.size, c.size))
			var d Drawer
			b.ReportAllocs()
			cpu := cputime.Start()
			defer cpu.Report(b)
			for b.Loop() {
				if err := d.Draw(img, t, c.at, c.scale); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFrame measures a 1920×1080 frame over downtown San Francisco
// from tiles already drawn (40 to 50 of them, drawn again from four zoom 14
// tiles) with the tiles' names placed and drawn over them: what the map
// does for each frame once its tiles are ready. At zoom 16 the tiles are
// copied; at 15.6 they are scaled (the zoom between two levels).
func BenchmarkFrame(b *testing.B) {
	var tiles []*Tile
	for _, f := range tileRange("sf", OpenMapTiles, 14, 2620, 2621, 6331, 6332) {
		tiles = append(tiles, f.prepare(b))
	}
	for _, c := range []struct {
		zoom float64
		lang Lang
	}{{16, English}, {16, Chinese}, {15.6, English}} {
		v := geo.Viewport{Center: maptile.New(2621, 6332, 14).Bound().LeftTop(), Zoom: c.zoom, Width: 1920, Height: 1080, Scale: 1}
		lang := c.lang
		b.Run(fmt.Sprintf("z%g_%s", c.zoom, langFile(lang)), func(b *testing.B) {
			s := newScene(b, v, tiles, lang, labelFont(b))
			img := s.render() // the first frame makes the names' sprites
			b.ReportAllocs()
			cpu := cputime.Start()
			defer cpu.Report(b)
			for b.Loop() {
				s.r.Render(img, v)
			}
			b.ReportMetric(float64(len(s.src.imgs)), "tiles")
			b.ReportMetric(float64(len(s.lb.Placed())), "names")
		})
	}
}
