package importer

import (
	"image/color"

	"github.com/paulmach/orb"
)

// palette colours imported layers, in order. They are apart from the theme
// colours of the story layers (green, blue, orange, red, gold) and dark
// enough for white labels.
var palette = []color.NRGBA{
	{R: 0x6A, G: 0x1B, B: 0x9A, A: 0xFF}, // purple
	{R: 0x00, G: 0x83, B: 0x8F, A: 0xFF}, // teal
	{R: 0xAD, G: 0x14, B: 0x57, A: 0xFF}, // magenta
	{R: 0x28, G: 0x35, B: 0x93, A: 0xFF}, // indigo
	{R: 0x5D, G: 0x40, B: 0x37, A: 0xFF}, // brown
	{R: 0x82, G: 0x77, B: 0x17, A: 0xFF}, // olive
	{R: 0x02, G: 0x77, B: 0xBD, A: 0xFF}, // sky blue
	{R: 0x45, G: 0x5A, B: 0x64, A: 0xFF}, // slate
}

// Color returns the automatic colour of the n-th imported layer (from 0),
// cycling through a palette of eight.
func Color(n int) color.NRGBA {
	if n < 0 {
		n = -n
	}
	return palette[n%len(palette)]
}

// Bound returns the bounding box of the layer's features, for fitting the
// view to it; the zero Bound when the layer is empty.
func (l *Layer) Bound() orb.Bound {
	var b orb.Bound
	first := true
	for _, f := range l.Features {
		walkPoints(f.Geometry, func(p orb.Point) bool {
			if first {
				b, first = orb.Bound{Min: p, Max: p}, false
			} else {
				b = b.Extend(p)
			}
			return true
		})
	}
	return b
}
