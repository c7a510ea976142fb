package pngdiff

import (
	"image"
	"image/color"
	"testing"
)

func fill(w, h int, c color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}

func TestCompare(t *testing.T) {
	grey := color.RGBA{100, 100, 100, 255}
	near := fill(10, 10, grey)
	near.Set(1, 1, color.RGBA{110, 100, 100, 255}) // within tolerance
	far := fill(10, 10, grey)
	far.Set(2, 2, color.RGBA{200, 100, 100, 255})
	far.Set(3, 3, color.RGBA{100, 100, 0, 255})
	for _, tc := range []struct {
		name   string
		b      image.Image
		differ int
		frac   float64
	}{
		{"same", fill(10, 10, grey), 0, 0},
		{"within tolerance", near, 0, 0},
		{"two pixels", far, 2, 0.02},
		{"other size", fill(9, 10, grey), 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare(fill(10, 10, grey), tc.b, 24)
			if r.Differ != tc.differ || r.Fraction() != tc.frac {
				t.Errorf("Compare: %d differ, fraction %v; want %d, %v", r.Differ, r.Fraction(), tc.differ, tc.frac)
			}
		})
	}
}

func TestStats(t *testing.T) {
	blank := fill(10, 10, color.RGBA{0, 0, 0, 255})
	drawn := fill(10, 10, color.RGBA{0, 0, 0, 255})
	for x := 0; x < 10; x++ {
		for y := 0; y < 5; y++ {
			drawn.Set(x, y, color.RGBA{uint8(25 * x), uint8(50 * y), 9, 255})
		}
	}
	for _, tc := range []struct {
		name     string
		img      image.Image
		colours  int
		dominant float64
	}{
		{"blank", blank, 1, 1},
		{"half drawn", drawn, 51, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Stats(tc.img)
			if s.Colours != tc.colours || s.Dominant != tc.dominant {
				t.Errorf("Stats = %+v; want %d colours, dominant %v", s, tc.colours, tc.dominant)
			}
		})
	}
}
