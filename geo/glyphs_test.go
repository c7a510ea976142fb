package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

func TestFontGlyphs(t *testing.T) {
	g, err := NewFontGlyphs(gobold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewFontGlyphs([]byte("not a font")); err == nil {
		t.Error("garbage parsed as a font")
	}
	r := NewRenderer()
	r.SetTextDrawer(g)
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 10, Width: 60, Height: 60}
	r.SetMarkers([]Marker{{Point: v.Center, Color: color.NRGBA{0x1f, 0x6f, 0xb4, 255}, Icon: 'T'}})
	img := image.NewRGBA(image.Rect(0, 0, 60, 60))
	r.Render(img, v)
	// The T's bar crosses the disc above its centre: white on blue.
	whites := 0
	for x := 25; x <= 35; x++ {
		for y := 24; y <= 36; y++ {
			if c := img.RGBAAt(x, y); c.R > 200 && c.B > 200 && c.G > 200 {
				whites++
			}
		}
	}
	if whites < 6 {
		t.Errorf("%d white pixels inside the disc, want the glyph", whites)
	}
	r.SetClusters([]Cluster{{ID: 1, Point: v.Center, Count: 42, Index: -1}}, DefaultClusterStyle)
	r.Render(img, v) // counts through the font too
}

// TestFontGlyphsFallback: a text goes to the first font that has all its characters.
func TestFontGlyphsFallback(t *testing.T) {
	g, err := NewFontGlyphs(gobold.TTF, goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	if i := g.fontFor("12"); i != 0 {
		t.Errorf("digits went to font %d, want 0", i)
	}
	if i := g.fontFor("兴"); i != 1 {
		t.Errorf("a character no font has went to font %d, want the last (1)", i)
	}
	img := image.NewRGBA(image.Rect(0, 0, 40, 40))
	g.DrawText(img, "42", 20, 20, 16)
	ink := 0
	for _, v := range img.Pix {
		if v != 0 {
			ink++
		}
	}
	if ink == 0 {
		t.Error("DrawText drew nothing")
	}
}

// TestAdvance: a text measures as wide as TextMask draws it, without the ink
// that overhangs, and twice the em gives twice the width.
func TestAdvance(t *testing.T) {
	g, err := NewFontGlyphs(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		px   float64
	}{{"Tengtou", 16}, {"1,234", 13}, {"a b", 20}}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			w := g.Advance(c.text, c.px)
			m := g.TextMask(c.text, c.px)
			if w <= 0 || w > float64(m.Rect.Dx()) || float64(m.Rect.Dx())-w > 2 {
				t.Errorf("advance %.1f, mask %d wide", w, m.Rect.Dx())
			}
			if w2 := g.Advance(c.text, 2*c.px); w2 < 1.9*w || w2 > 2.1*w {
				t.Errorf("at twice the em %.1f, want about %.1f", w2, 2*w)
			}
		})
	}
	if (&FontGlyphs{}).Advance("x", 12) != 0 || g.Advance("", 12) != 0 {
		t.Error("no font or no text should measure 0")
	}
}
