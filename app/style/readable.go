package style

import (
	"image/color"

	"ningbomap/contrast"
)

// Readable is c, darkened as little as it takes to read on bg: at least floor:1 (WCAG's
// contrast.Normal for text, contrast.Large for large text). A theme's colour written as
// text (a theme's name, a figure, a qualifier) keeps its hue: the service theme's orange
// #E65100, 3.8:1 on white, becomes #C84700 for small text. A colour that already reads is
// returned as it is; bg is taken as opaque.
func Readable(c, bg color.NRGBA, floor float64) color.NRGBA {
	bg.A = 0xFF
	out := c
	for i := 1; contrast.Ratio(contrast.Over(out, bg), bg) < floor && i <= 40; i++ {
		k := 1 - float64(i)/40 // towards black in 40 steps
		out = color.NRGBA{R: uint8(float64(c.R) * k), G: uint8(float64(c.G) * k), B: uint8(float64(c.B) * k), A: c.A}
	}
	return out
}
