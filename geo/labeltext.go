package geo

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// LabelFont turns a text into coverage for map labels; *FontGlyphs is one.
type LabelFont interface {
	// TextMask returns the coverage of text drawn with an em of px pixels,
	// in an image whose bounds start at 0,0: the line's height (ascent plus
	// descent) by its advance, widened to the ink where it overhangs.
	TextMask(text string, px float64) *image.Alpha
}

// TextMask draws text with the first font that has all its characters.
func (g *FontGlyphs) TextMask(text string, px float64) *image.Alpha {
	if len(g.Fonts) == 0 || text == "" {
		return image.NewAlpha(image.Rect(0, 0, 0, 0))
	}
	face := g.face(g.fontFor(text), max(int(math.Round(px)), 1))
	if face == nil {
		return image.NewAlpha(image.Rect(0, 0, 0, 0))
	}
	ink, adv := font.BoundString(face, text)
	m := face.Metrics()
	minX := min(ink.Min.X.Floor(), 0)
	maxX := max(ink.Max.X.Ceil(), adv.Ceil())
	minY := min(ink.Min.Y.Floor(), -m.Ascent.Ceil())
	maxY := max(ink.Max.Y.Ceil(), m.Descent.Ceil())
	dst := image.NewAlpha(image.Rect(0, 0, maxX-minX, maxY-minY))
	d := font.Drawer{Dst: dst, Src: image.Opaque, Face: face}
	d.Dot = fixed.Point26_6{X: fixed.I(-minX), Y: fixed.I(-minY)}
	d.DrawString(text)
	return dst
}

// Advance is the width of text drawn with an em of px pixels: the distance
// from its origin to where the next text would start, without overhanging
// ink. It measures text for wrapping without drawing it.
func (g *FontGlyphs) Advance(text string, px float64) float64 {
	if len(g.Fonts) == 0 || text == "" {
		return 0
	}
	face := g.face(g.fontFor(text), max(int(math.Round(px)), 1))
	if face == nil {
		return 0
	}
	return float64(font.MeasureString(face, text)) / 64
}

// LabelStyle is how one kind of label looks.
type LabelStyle struct {
	Size   float64     // em in pixels at Scale 1
	Color  color.NRGBA // text
	Halo   color.NRGBA // outline around the text; alpha 0 for none
	Width  float64     // halo width in pixels at Scale 1
	Italic bool        // slant the text (water names)
	Bold   bool        // thicken the strokes by a pixel (at Scale 1), for fonts without a bold face
}

// labelSprite makes the sprite of a label: text over its halo, top-left
// corner at 0,0, its size the box that placement keeps clear.
func labelSprite(f LabelFont, text string, st LabelStyle, scale float64) *sprite {
	mask := f.TextMask(text, st.Size*scale)
	if st.Bold {
		mask = embolden(mask, max(1, int(math.Round(scale))))
	}
	if st.Italic {
		mask = shear(mask, 0.2)
	}
	return haloSprite(mask, st, scale)
}

// haloSprite colours a text's coverage and puts its halo around it.
func haloSprite(mask *image.Alpha, st LabelStyle, scale float64) *sprite {
	h := 0
	if st.Halo.A > 0 {
		h = int(math.Ceil(st.Width * scale))
	}
	mb := mask.Rect
	w, ht := mb.Dx()+2*h, mb.Dy()+2*h
	img := image.NewRGBA(image.Rect(0, 0, w, ht))
	text0, halo0 := premultiply(st.Color, 1), premultiply(st.Halo, 1)
	r2 := (float64(h) + 0.5) * (float64(h) + 0.5)
	for y := range ht {
		for x := range w {
			t := maskAt(mask, x-h, y-h)
			var a uint32
			if h > 0 {
				for dy := -h; dy <= h; dy++ {
					for dx := -h; dx <= h; dx++ {
						if float64(dx*dx+dy*dy) <= r2 {
							a = max(a, maskAt(mask, x-h+dx, y-h+dy))
						}
					}
				}
			}
			// text over halo, premultiplied, each scaled by its coverage
			hk := a * (255 - t) / 255
			i := y*img.Stride + 4*x
			img.Pix[i+0] = uint8((text0.r*t + halo0.r*hk) / 255)
			img.Pix[i+1] = uint8((text0.g*t + halo0.g*hk) / 255)
			img.Pix[i+2] = uint8((text0.b*t + halo0.b*hk) / 255)
			img.Pix[i+3] = uint8((text0.a*t + halo0.a*hk) / 255)
		}
	}
	return newSprite(img, 0, 0, 0)
}

// maskAt is the coverage of m at x, y, 0 outside.
func maskAt(m *image.Alpha, x, y int) uint32 {
	if x < 0 || y < 0 || x >= m.Rect.Dx() || y >= m.Rect.Dy() {
		return 0
	}
	return uint32(m.Pix[y*m.Stride+x])
}

// shear slants m to the right by k pixels per pixel of height, the bottom
// row staying put; fractions are shared between neighbouring pixels.
func shear(m *image.Alpha, k float64) *image.Alpha {
	h := m.Rect.Dy()
	extra := int(math.Ceil(k * float64(h)))
	out := image.NewAlpha(image.Rect(0, 0, m.Rect.Dx()+extra, h))
	for y := range h {
		off := k * float64(h-1-y)
		ix := int(off)
		fr := off - float64(ix)
		for x := range m.Rect.Dx() {
			c := float64(m.Pix[y*m.Stride+x])
			o := y*out.Stride + x + ix
			out.Pix[o] = uint8(min(255, float64(out.Pix[o])+c*(1-fr)+0.5))
			out.Pix[o+1] = uint8(min(255, float64(out.Pix[o+1])+c*fr+0.5))
		}
	}
	return out
}

// embolden widens every stroke of m by n pixels to the right: each pixel
// takes the most coverage of itself and the n pixels to its left.
func embolden(m *image.Alpha, n int) *image.Alpha {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	out := image.NewAlpha(image.Rect(0, 0, w+n, h))
	for y := range h {
		src := m.Pix[y*m.Stride : y*m.Stride+w]
		dst := out.Pix[y*out.Stride : y*out.Stride+w+n]
		for x := range dst {
			var a uint8
			for k := max(0, x-n); k <= min(x, w-1); k++ {
				a = max(a, src[k])
			}
			dst[x] = a
		}
	}
	return out
}
