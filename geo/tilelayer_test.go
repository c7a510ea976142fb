package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

// fakeTiles serves uniform 256-pixel tiles for the keys it holds.
type fakeTiles struct {
	lo, hi int
	have   map[[3]int]color.RGBA
	asked  [][3]int
}

func (f *fakeTiles) ZoomRange() (int, int) { return f.lo, f.hi }

func (f *fakeTiles) Peek(z, x, y int) (image.Image, bool) {
	c, ok := f.have[[3]int{z, x, y}]
	if !ok {
		return nil, false
	}
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img, true
}

func (f *fakeTiles) Tile(z, x, y int) (image.Image, bool) {
	f.asked = append(f.asked, [3]int{z, x, y})
	return f.Peek(z, x, y)
}

func TestStandIn(t *testing.T) {
	red := color.RGBA{255, 0, 0, 255}
	cases := []struct {
		name     string
		have     [][3]int
		z, x, y  int
		lo       int
		wantDZ   int // 0: none
		wantPart image.Rectangle
	}{
		{"parent", [][3]int{{9, 214, 105}}, 10, 429, 211, 7, 1, image.Rect(128, 128, 256, 256)},
		{"grandparent", [][3]int{{8, 107, 52}}, 10, 429, 211, 7, 2, image.Rect(64, 192, 128, 256)},
		{"nearest wins", [][3]int{{8, 107, 52}, {9, 214, 105}}, 10, 429, 211, 7, 1, image.Rect(128, 128, 256, 256)},
		{"not below the file's min zoom", [][3]int{{6, 53, 26}}, 10, 429, 211, 7, 0, image.Rectangle{}},
		{"other branch only", [][3]int{{9, 215, 105}}, 10, 429, 211, 7, 0, image.Rectangle{}},
		{"nothing", nil, 10, 0, 0, 0, 0, image.Rectangle{}},
		{"top-left quarter", [][3]int{{0, 0, 0}}, 1, 0, 0, 0, 1, image.Rect(0, 0, 128, 128)},
		{"eight levels", [][3]int{{2, 1, 1}}, 10, 256 + 5, 256 + 7, 0, 8, image.Rect(5, 7, 6, 8)},
		{"nine levels is too far", [][3]int{{1, 0, 0}}, 10, 5, 7, 0, 0, image.Rectangle{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := &fakeTiles{lo: c.lo, hi: 12, have: map[[3]int]color.RGBA{}}
			for _, k := range c.have {
				src.have[k] = red
			}
			_, part, dz, ok := StandIn(src, c.z, c.x, c.y, c.lo)
			if ok != (c.wantDZ > 0) || dz != c.wantDZ || part != c.wantPart {
				t.Errorf("StandIn = %v, %d, %v; want %d, %v", part, dz, ok, c.wantDZ, c.wantPart)
			}
			if len(src.asked) != 0 {
				t.Errorf("StandIn queued %v: it must only peek", src.asked)
			}
		})
	}
}

func TestTileZoom(t *testing.T) {
	cases := []struct {
		zoom, scale float64
		lo, hi      int
		want        int
	}{
		{9, 1, 7, 11, 9},
		{9.49, 1, 7, 11, 9},
		{9.5, 1, 7, 11, 10},
		{9, 2, 7, 11, 10},      // HiDPI: tiles one level finer
		{14.2, 1, 7, 11, 11},   // past the max: max's tiles enlarged
		{5, 1, 7, 11, 7},       // below the min: min's tiles shrunk
		{10.6, 1.5, 0, 18, 11}, // 10.6 + 0.58
	}
	for _, c := range cases {
		t.Run("", func(t *testing.T) {
			v := Viewport{Zoom: c.zoom, Scale: c.scale}
			if got := TileZoom(v, c.lo, c.hi); got != c.want {
				t.Errorf("TileZoom(zoom %v, scale %v, %d..%d) = %d, want %d", c.zoom, c.scale, c.lo, c.hi, got, c.want)
			}
		})
	}
}

// TestDrawTilesStandIn: with only a low zoom cached, the frame is covered
// by it (enlarged) and the tiles of the view's level are asked for.
func TestDrawTilesStandIn(t *testing.T) {
	green := color.RGBA{0, 200, 0, 255}
	src := &fakeTiles{lo: 7, hi: 12, have: map[[3]int]color.RGBA{{7, 107, 52}: green, {7, 107, 53}: green}}
	r := NewRenderer()
	r.SetBackground(color.NRGBA{255, 255, 255, 255})
	r.SetTiles(src)
	v := NewViewport(400, 300)
	v.MaxZoom = 18
	v.SetCenter(orb.Point{121.55, 29.87})
	v.SetZoom(11.3)
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	r.Render(img, v)
	for _, p := range []image.Point{{0, 0}, {200, 150}, {399, 299}} {
		if got := img.RGBAAt(p.X, p.Y); got != green {
			t.Errorf("pixel %v = %v, want the stand-in's %v", p, got, green)
		}
	}
	if len(src.asked) == 0 || src.asked[0][0] != 11 {
		t.Errorf("asked for %v, want zoom 11 tiles", src.asked)
	}
	r.SetTilesVisible(false)
	r.Render(img, v)
	if got := img.RGBAAt(200, 150); got != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("hidden tiles still drawn: %v", got)
	}
}

// TestTilesAfter: tiles drawn after a layer (SetTilesAfter) cover it where they have a
// tile and leave it showing where they have none, under the layers after it; "" draws
// them first again, with the background where they have none.
func TestTilesAfter(t *testing.T) {
	green := color.RGBA{0, 200, 0, 255}
	red := color.NRGBA{200, 0, 0, 255}
	blue := color.NRGBA{0, 0, 200, 255}
	white := color.RGBA{255, 255, 255, 255}
	v := NewViewport(512, 256)
	v.MaxZoom = 18
	v.SetZoom(1)
	v.SetCenter(orb.Point{0, 0}) // the top half: tiles 1/0/0 (left) and 1/1/0 (right)
	src := &fakeTiles{lo: 1, hi: 1, have: map[[3]int]color.RGBA{{1, 0, 0}: green}}
	land := orb.MultiPolygon{{{{-179, -80}, {179, -80}, {179, 80}, {-179, 80}, {-179, -80}}}}
	stripe := orb.MultiPolygon{{{{-179, 40}, {179, 40}, {179, 42}, {-179, 42}, {-179, 40}}}}
	r := NewRenderer()
	r.SetBackground(color.NRGBA{255, 255, 255, 255})
	r.SetPolygons("land", []orb.MultiPolygon{land}, Style{Fill: red})
	r.SetPolygons("border", []orb.MultiPolygon{stripe}, Style{Fill: blue})
	r.SetTiles(src)
	img := image.NewRGBA(image.Rect(0, 0, 512, 256))
	redRGBA, blueRGBA := color.RGBA{200, 0, 0, 255}, color.RGBA{0, 0, 200, 255}
	cases := []struct {
		after       string
		left, right color.RGBA // at the top, over the tile and beside it
	}{
		{"", redRGBA, redRGBA},     // first: the land drawn over the tiles
		{"land", green, redRGBA},   // after the land: the tile over it, the land beside it
		{"border", green, redRGBA}, // after the border too: the tile over both
	}
	for _, c := range cases {
		r.SetTilesAfter(c.after)
		r.Render(img, v)
		if got := img.RGBAAt(100, 20); got != c.left {
			t.Errorf("after %q: over the tile %v, want %v", c.after, got, c.left)
		}
		if got := img.RGBAAt(400, 20); got != c.right {
			t.Errorf("after %q: beside the tile %v, want %v", c.after, got, c.right)
		}
		wantBorder := blueRGBA
		if c.after == "border" {
			wantBorder = green
		}
		if got := img.RGBAAt(100, 64); got != wantBorder {
			t.Errorf("after %q: on the border over the tile %v, want %v", c.after, got, wantBorder)
		}
	}
	// No land layer drawn: beside the tile the background.
	r.SetVisible("land", false)
	r.SetTilesAfter("land")
	r.Render(img, v)
	if got, want := img.RGBAAt(100, 20), green; got != want {
		t.Errorf("land hidden: over the tile %v, want the tile, drawn after the hidden layer's place", got)
	}
	if got := img.RGBAAt(400, 20); got != white {
		t.Errorf("land hidden: beside the tile %v, want the background", got)
	}
}
