// Package contrast measures the contrast of text against what is behind it, as WCAG 2.2
// defines it (success criterion 1.4.3, Contrast (Minimum), level AA): the ratio of the
// relative luminances of the text colour and the background colour, (L1 + 0.05) /
// (L2 + 0.05), at least 4.5:1 for text and 3:1 for large text (18 pt, or 14 pt bold).
//
// It works on pictures: given a picture of the window drawn without its texts and where
// each text is (its bounds and the colour it is meant to have), it finds the background
// behind each text and reports the texts that fall under their floor. It knows nothing of
// Fyne; app/contrastcheck collects the texts from a window's object tree.
package contrast

import (
	"image/color"
	"math"
)

// Floors of WCAG 2.2 level AA.
const (
	Normal = 4.5 // text
	Large  = 3.0 // large text
)

// Large text is at least 18 points, or 14 points bold. A point is 4/3 of a CSS pixel,
// and a window unit is taken as a CSS pixel (a unit is about 0.25 mm on the kiosks, the
// size of a CSS pixel at arm's length).
const (
	LargeSize     = 18 * 4.0 / 3 // 24 units
	LargeBoldSize = 14 * 4.0 / 3 // 18.67 units
)

// Luminance is the relative luminance of c (its alpha ignored): 0 for black, 1 for white.
func Luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return 0.2126*linear(n.R) + 0.7152*linear(n.G) + 0.0722*linear(n.B)
}

// linear is an sRGB channel in linear light (WCAG 2.2's formula, with its 0.04045 knee).
func linear(v uint8) float64 {
	c := float64(v) / 255
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

// Ratio is the contrast ratio of two opaque colours, from 1 (the same) to 21 (black and
// white), the same whichever is given first.
func Ratio(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Over is c drawn over the opaque background bg: what a text of colour c with alpha
// shows as.
func Over(c, bg color.Color) color.NRGBA {
	f := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 0xFF}
}

// Floor is the least ratio a text of size units (a CSS pixel each) needs.
func Floor(size float64, bold bool) float64 {
	if size >= LargeSize-0.01 || bold && size >= LargeBoldSize-0.01 {
		return Large
	}
	return Normal
}
