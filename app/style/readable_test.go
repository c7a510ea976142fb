package style

import (
	"image/color"
	"testing"

	"ningbomap/contrast"
	"ningbomap/data"
)

// TestReadable: every theme colour made readable on white and on its own figure tile's
// tint reaches the floor, keeps its hue, and is left alone when it already reads.
func TestReadable(t *testing.T) {
	white := color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	for _, th := range data.Themes() {
		c, ok := ParseHex(th.Color)
		if !ok {
			t.Fatalf("%s: colour %q", th.ID, th.Color)
		}
		tint := contrast.Over(color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0x1A}, white)
		for _, tc := range []struct {
			name  string
			bg    color.NRGBA
			floor float64
		}{{"text on white", white, contrast.Normal}, {"text on its tint", tint, contrast.Normal}, {"large on its tint", tint, contrast.Large}} {
			got := Readable(c, tc.bg, tc.floor)
			if r := contrast.Ratio(got, tc.bg); r < tc.floor {
				t.Errorf("%s %s: %v is %.2f:1, under %.1f", th.ID, tc.name, got, r, tc.floor)
			}
			if contrast.Ratio(c, tc.bg) >= tc.floor && got != c {
				t.Errorf("%s %s: %v already read, changed to %v", th.ID, tc.name, c, got)
			}
			// The hue stays: the channels keep their order.
			if (c.R >= c.G) != (got.R >= got.G) || (c.G >= c.B) != (got.G >= got.B) {
				t.Errorf("%s %s: %v became %v, another hue", th.ID, tc.name, c, got)
			}
		}
	}
	if got := Readable(color.NRGBA{R: 0xE6, G: 0x51, B: 0x00, A: 0xFF}, white, contrast.Normal); contrast.Ratio(got, white) > 5 {
		t.Errorf("orange darkened more than it takes: %v", got)
	}
}
