package geo

import (
	"image"
	"image/color"
	"testing"
)

func TestCanvas(t *testing.T) {
	red := color.NRGBA{200, 0, 0, 255}
	white := color.NRGBA{255, 255, 255, 255}
	img := image.NewRGBA(image.Rect(0, 0, 20, 20))
	var c Canvas
	c.Begin(img)
	c.Clear(white)
	outer := []float32{2, 2, 18, 2, 18, 18, 2, 18} // clockwise on screen
	hole := []float32{6, 6, 6, 14, 14, 14, 14, 6}  // the other way
	if RingArea(outer) <= 0 || RingArea(hole) >= 0 {
		t.Fatalf("RingArea: outer %v, hole %v", RingArea(outer), RingArea(hole))
	}
	c.Ring(outer)
	c.Ring(hole)
	c.Ring([]float32{1, 1, 4, 1, 4, 4, 1, 4}) // overlaps the outer ring: merges, no darker seam
	c.Fill(red)
	c.Stroke([]float32{0, 10, 20, 10}, 2) // a line through the hole
	c.Fill(color.NRGBA{0, 0, 200, 255})
	for _, tc := range []struct {
		x, y int
		want color.RGBA
	}{
		{4, 4, color.RGBA{200, 0, 0, 255}},      // in the ring
		{3, 3, color.RGBA{200, 0, 0, 255}},      // where two rings overlap
		{10, 7, color.RGBA{255, 255, 255, 255}}, // in the hole
		{0, 0, color.RGBA{255, 255, 255, 255}},  // outside
		{10, 9, color.RGBA{0, 0, 200, 255}},     // on the stroke
		{10, 10, color.RGBA{0, 0, 200, 255}},
	} {
		if got := img.RGBAAt(tc.x, tc.y); got != tc.want {
			t.Errorf("pixel %d,%d = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
	// Coverage added and never filled is dropped by the next Begin.
	c.Ring(outer)
	img2 := image.NewRGBA(image.Rect(0, 0, 20, 20))
	c.Begin(img2)
	c.Fill(red)
	if got := img2.RGBAAt(4, 4); got != (color.RGBA{}) {
		t.Errorf("pixel 4,4 = %v: coverage of an earlier Begin was filled", got)
	}
	// A sub-image is drawn from its own top-left corner.
	sub := img.SubImage(image.Rect(10, 10, 20, 20)).(*image.RGBA)
	c.Begin(sub)
	c.Ring([]float32{0, 0, 2, 0, 2, 2, 0, 2})
	c.Fill(color.NRGBA{0, 200, 0, 255})
	if got := img.RGBAAt(10, 10); got != (color.RGBA{0, 200, 0, 255}) {
		t.Errorf("sub-image corner %v, want green", got)
	}
	if got := img.RGBAAt(9, 9); got != (color.RGBA{0, 0, 200, 255}) {
		t.Errorf("pixel 9,9 = %v outside the sub-image, want it unchanged", got)
	}
}
