package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/font/gofont/gobold"
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
