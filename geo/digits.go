package geo

import "image"

// digitFont is a tiny stroked font for cluster counts: each glyph is a set
// of polylines on a box 0.6 wide and 1 high (y down), drawn with the
// anti-aliased stroker so it scales to any bubble.
var digitFont = map[rune][][]float32{
	'0': {{0.3, 0, 0.52, 0.1, 0.6, 0.5, 0.52, 0.9, 0.3, 1, 0.08, 0.9, 0, 0.5, 0.08, 0.1, 0.3, 0}},
	'1': {{0.1, 0.2, 0.36, 0, 0.36, 1}},
	'2': {{0.03, 0.22, 0.15, 0.05, 0.3, 0, 0.48, 0.05, 0.58, 0.2, 0.55, 0.38, 0, 1, 0.6, 1}},
	'3': {
		{0.03, 0.12, 0.2, 0, 0.42, 0.02, 0.55, 0.15, 0.55, 0.32, 0.42, 0.45, 0.25, 0.48},
		{0.25, 0.48, 0.45, 0.52, 0.58, 0.65, 0.58, 0.85, 0.45, 0.97, 0.28, 1, 0.1, 0.97, 0, 0.88},
	},
	'4': {{0.45, 1, 0.45, 0, 0, 0.7, 0.6, 0.7}},
	'5': {{0.55, 0, 0.08, 0, 0.03, 0.45, 0.25, 0.4, 0.45, 0.45, 0.58, 0.6, 0.58, 0.82, 0.45, 0.97, 0.25, 1, 0.08, 0.96, 0, 0.88}},
	'6': {{0.52, 0.05, 0.35, 0, 0.15, 0.08, 0.03, 0.3, 0, 0.6, 0.05, 0.85, 0.18, 0.98, 0.32, 1, 0.48, 0.95, 0.58, 0.8, 0.58, 0.65, 0.48, 0.5, 0.32, 0.45, 0.15, 0.5, 0.03, 0.62}},
	'7': {{0, 0, 0.6, 0, 0.22, 1}},
	'8': {
		{0.3, 0, 0.5, 0.06, 0.55, 0.24, 0.42, 0.42, 0.3, 0.46, 0.18, 0.42, 0.05, 0.24, 0.1, 0.06, 0.3, 0},
		{0.3, 0.46, 0.5, 0.54, 0.6, 0.74, 0.52, 0.94, 0.3, 1, 0.08, 0.94, 0, 0.74, 0.1, 0.54, 0.3, 0.46},
	},
	'9': {{0.08, 0.95, 0.25, 1, 0.45, 0.92, 0.57, 0.7, 0.6, 0.4, 0.55, 0.15, 0.42, 0.02, 0.28, 0, 0.12, 0.05, 0.02, 0.2, 0.02, 0.35, 0.12, 0.5, 0.28, 0.55, 0.45, 0.5, 0.57, 0.38}},
	'k': {{0.05, 0, 0.05, 1}, {0.55, 0.35, 0.05, 0.75}, {0.25, 0.6, 0.58, 1}},
	'.': {{0.3, 0.88, 0.3, 1}},
	'+': {{0.3, 0.2, 0.3, 0.8}, {0, 0.5, 0.6, 0.5}},
}

// digitAdvance returns the advance of a glyph of digitFont in em.
func digitAdvance(ch rune) float64 {
	switch ch {
	case '.':
		return 0.4
	case '1':
		return 0.6
	}
	return 0.78
}

// drawDigits draws text centred at cx, cy, size pixels high, in white.
func (r *Renderer) drawDigits(img *image.RGBA, text string, cx, cy, size float64) {
	var width float64
	for _, ch := range text {
		width += digitAdvance(ch)
	}
	width -= 0.18 // no space after the last glyph
	x := cx - width*size/2
	y := cy - size/2
	for _, ch := range text {
		adv := digitAdvance(ch)
		gx := x
		if ch == '.' || ch == '1' {
			gx -= (0.78 - adv) / 2 * size // glyph boxes are 0.6 wide
		}
		for _, pl := range digitFont[ch] {
			pts := r.circlePts[:0]
			for i := 0; i < len(pl); i += 2 {
				pts = append(pts, float32(gx+float64(pl[i])*size), float32(y+float64(pl[i+1])*size))
			}
			r.circlePts = pts
			r.spr.strokePath(pts, float32(size*0.15))
		}
		x += adv * size
	}
	r.spr.fill(img, premultiply(white, 1))
}
