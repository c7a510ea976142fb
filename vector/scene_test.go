package vector

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/maptile"
	"golang.org/x/image/font/gofont/gobold"

	"ningbomap/geo"
)

// fixture is a test tile of testdata: a place, a schema and a tile id.
type fixture struct {
	place  string
	schema Schema
	id     maptile.Tile
}

// path is the fixture's file.
func (f fixture) path() string {
	if f.place == "firenze" { // Protomaps' earlier schema
		return filepath.Join("testdata", "legacy", fmt.Sprintf("%s-%d-%d-%d.mvt", f.place, f.id.Z, f.id.X, f.id.Y))
	}
	if f.schema == Protomaps {
		return filepath.Join("testdata", "protomaps", fmt.Sprintf("%s-%d-%d-%d.mvt", f.place, f.id.Z, f.id.X, f.id.Y))
	}
	return filepath.Join("testdata", "omt", fmt.Sprintf("%s-%d-%d-%d.pbf", f.place, f.id.Z, f.id.X, f.id.Y))
}

// raw reads the fixture's bytes as stored (gzip MVT).
func (f fixture) raw(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(f.path())
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// decode decodes MVT bytes, gzipped or not, as the reading side does.
func decode(tb testing.TB, b []byte) mvt.Layers { return decodeWith(tb, b, false) }

// decodeWith decodes MVT bytes, gzipped or not, with the layers the style
// leaves out stripped first or not.
func decodeWith(tb testing.TB, b []byte, strip bool) mvt.Layers {
	tb.Helper()
	b = decodeRaw(tb, b)
	if strip {
		b = StripLayers(b)
	}
	ls, err := mvt.Unmarshal(b)
	if err != nil {
		tb.Fatal(err)
	}
	return ls
}

// decodeRaw gunzips b if it is gzipped.
func decodeRaw(tb testing.TB, b []byte) []byte {
	tb.Helper()
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			tb.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			tb.Fatal(err)
		}
	}
	return b
}

// prepare decodes and prepares the fixture.
func (f fixture) prepare(tb testing.TB) *Tile {
	tb.Helper()
	return Prepare(decode(tb, f.raw(tb)), f.schema, f.id)
}

// tileRange lists the fixtures of a place at a zoom, by tile ids.
func tileRange(place string, s Schema, z maptile.Zoom, x0, x1, y0, y1 uint32) []fixture {
	var out []fixture
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			out = append(out, fixture{place, s, maptile.New(x, y, z)})
		}
	}
	return out
}

// labelFont is the app's CJK font with a Latin bold after it.
func labelFont(tb testing.TB) *geo.FontGlyphs {
	tb.Helper()
	ttf, err := os.ReadFile(filepath.Join("..", "resources", "fonts", "NotoSansCJKsc-Regular.otf"))
	if err != nil {
		tb.Fatal(err)
	}
	g, err := geo.NewFontGlyphs(ttf, gobold.TTF)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// drawnTiles is a geo.TileSource of tiles drawn from prepared vector
// tiles, as the app's source keeps them: every tile of a view drawn once.
type drawnTiles struct {
	lo, hi int
	imgs   map[maptile.Tile]*image.RGBA
}

func (s *drawnTiles) ZoomRange() (lo, hi int) { return s.lo, s.hi }
func (s *drawnTiles) Tile(z, x, y int) (image.Image, bool) {
	img, ok := s.imgs[maptile.New(uint32(x), uint32(y), maptile.Zoom(z))]
	if !ok {
		return nil, false
	}
	return Opaque{img}, true
}
func (s *drawnTiles) Peek(z, x, y int) (image.Image, bool) { return s.Tile(z, x, y) }

// scene is a view of prepared tiles: the tiles drawn for it, and their
// names placed over them by a labeller.
type scene struct {
	v     geo.Viewport
	tiles []*Tile
	src   *drawnTiles
	r     *geo.Renderer
	lb    *geo.Labeller
}

// newScene draws the tiles of view v (Scale 1 or more) from prepared
// tiles and sets their names in lang.
func newScene(tb testing.TB, v geo.Viewport, tiles []*Tile, lang Lang, font geo.LabelFont) *scene {
	tb.Helper()
	s := &scene{v: v, tiles: tiles, src: &drawnTiles{lo: 0, hi: 22, imgs: map[maptile.Tile]*image.RGBA{}}}
	// Tiles of level TileZoom, 256 pixels each: at Scale 2 the level is one
	// more, and Draw styles it for the view's zoom.
	z := geo.TileZoom(v, 0, 22)
	const size = geo.TileSize
	var d Drawer
	b := v.Bounds()
	minT := maptile.At(orb.Point{b.Min[0], b.Max[1]}, maptile.Zoom(z))
	maxT := maptile.At(orb.Point{b.Max[0], b.Min[1]}, maptile.Zoom(z))
	for x := minT.X; x <= maxT.X; x++ {
		for y := minT.Y; y <= maxT.Y; y++ {
			id := maptile.New(x, y, maptile.Zoom(z))
			for _, t := range tiles {
				dz := int(id.Z) - int(t.ID().Z)
				if dz < 0 || id.X>>dz != t.ID().X || id.Y>>dz != t.ID().Y {
					continue
				}
				img := image.NewRGBA(image.Rect(0, 0, size, size))
				if err := d.Draw(img, t, id, v.ScaleFactor()); err != nil {
					tb.Fatal(err)
				}
				s.src.imgs[id] = img
			}
		}
	}
	s.r = geo.NewRenderer()
	s.r.SetBackground(earthColour)
	s.r.SetTiles(s.src)
	s.lb = geo.NewLabeller(font)
	var labels []geo.MapLabel
	for _, t := range tiles {
		labels = t.Labels(labels, lang)
	}
	s.lb.SetLabels(labels)
	s.r.SetLabeller(s.lb)
	return s
}

// render draws the scene's frame.
func (s *scene) render() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, s.v.Width, s.v.Height))
	s.r.Render(img, s.v)
	return img
}
