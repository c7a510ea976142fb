package geo

import (
	"image"
	"math"
)

// supersample is how many times larger the text of a turned label is
// drawn before it is turned and brought back to size.
const supersample = 2

// turnedSprite returns the cached sprite of a text in a kind's style,
// turned by deg degrees clockwise.
func (lb *Labeller) turnedSprite(text string, kind LabelKind, scale float64, deg int16) *sprite {
	scale = lb.textScale(scale)
	k := textKey{text, kind, scale, deg}
	if t, ok := lb.turned[k]; ok {
		return t
	}
	if lb.turned == nil || len(lb.turned) > 4*len(lb.labels)+256 {
		lb.turned = make(map[textKey]*sprite)
	}
	st := lb.Styles[kind]
	mask := lb.font.TextMask(text, st.Size*scale*supersample)
	if st.Bold {
		mask = embolden(mask, supersample*max(1, int(math.Round(scale))))
	}
	if st.Italic {
		mask = shear(mask, 0.2)
	}
	t := haloSprite(turnMask(mask, float64(deg)*math.Pi/180, supersample), st, scale)
	lb.turned[k] = t
	return t
}

// turnMask turns the coverage m, drawn ss times too large, by angle
// (radians, clockwise on screen) about its centre, and brings it down to
// size: each pixel averages 2×2 bilinear samples. The result is the
// bounding box of the turned mask plus a pixel on each side, with the
// mask's centre at its centre.
func turnMask(m *image.Alpha, angle float64, ss float64) *image.Alpha {
	sw, sh := float64(m.Rect.Dx()), float64(m.Rect.Dy())
	w1, h1 := sw/ss, sh/ss
	c, s := math.Cos(angle), math.Sin(angle)
	ow := int(math.Ceil(math.Abs(w1*c)+math.Abs(h1*s)-1e-9)) + 2
	oh := int(math.Ceil(math.Abs(w1*s)+math.Abs(h1*c)-1e-9)) + 2
	out := image.NewAlpha(image.Rect(0, 0, ow, oh))
	hx, hy := float64(ow)/2, float64(oh)/2
	for y := range oh {
		for x := range ow {
			var sum float64
			for _, sy := range [2]float64{0.25, 0.75} {
				for _, sx := range [2]float64{0.25, 0.75} {
					px, py := float64(x)+sx-hx, float64(y)+sy-hy
					u, v := px*c+py*s, -px*s+py*c // turned back into the text's frame
					sum += bilinear(m, u*ss+sw/2-0.5, v*ss+sh/2-0.5)
				}
			}
			out.Pix[y*out.Stride+x] = uint8(min(255, sum/4+0.5))
		}
	}
	return out
}

// bilinear samples m at x, y (pixel centres at whole numbers), 0 outside.
func bilinear(m *image.Alpha, x, y float64) float64 {
	x0, y0 := math.Floor(x), math.Floor(y)
	fx, fy := x-x0, y-y0
	ix, iy := int(x0), int(y0)
	a := float64(maskAt(m, ix, iy))*(1-fx) + float64(maskAt(m, ix+1, iy))*fx
	b := float64(maskAt(m, ix, iy+1))*(1-fx) + float64(maskAt(m, ix+1, iy+1))*fx
	return a*(1-fy) + b*fy
}
