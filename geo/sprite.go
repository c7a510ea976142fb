package geo

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
)

// sprite is a small premultiplied image drawn centred on a point.
type sprite struct {
	img    *image.RGBA
	cx, cy int // the pixel of img that lands on the point
	radius float64
	rows   []spriteRow
}

// spriteRow is where a sprite row has pixels: [x0, x1) is not transparent,
// [o0, o1) inside it is opaque (o0 == o1 when none is).
type spriteRow struct{ x0, x1, o0, o1 int32 }

// newSprite wraps img and finds its rows' spans.
func newSprite(img *image.RGBA, cx, cy int, radius float64) *sprite {
	s := &sprite{img: img, cx: cx, cy: cy, radius: radius}
	w := img.Rect.Dx()
	for y := range img.Rect.Dy() {
		pix := img.Pix[y*img.Stride : y*img.Stride+4*w]
		r := spriteRow{x0: int32(w), x1: 0}
		for x := range w {
			if pix[4*x+3] != 0 {
				r.x0 = min(r.x0, int32(x))
				r.x1 = int32(x + 1)
			}
		}
		// The longest opaque run.
		best, start := int32(0), int32(-1)
		for x := r.x0; x <= r.x1; x++ {
			if x < r.x1 && pix[4*x+3] == 255 {
				if start < 0 {
					start = x
				}
				continue
			}
			if start >= 0 && x-start > best {
				best, r.o0, r.o1 = x-start, start, x
			}
			start = -1
		}
		if r.x0 >= r.x1 {
			r = spriteRow{}
		}
		s.rows = append(s.rows, r)
	}
	return s
}

// spriteKey identifies a cached marker or cluster sprite.
type spriteKey struct {
	color    color.NRGBA
	icon     rune
	selected bool
	scale    float64
	count    int // clusters: the count shown; markers: 0
	radius   float64
}

// Marker sizes in pixels at Scale 1.
const (
	markerRadius         = 7   // coloured disc (Marker.Radius 0)
	markerRing           = 2   // white ring around it
	selectedRadius       = 10  // disc of a selected marker of the default size
	selectedRing         = 2.5 // its white ring
	selectedOuterRing    = 2.5 // and the dark ring outside
	markerShadow         = 1   // faint dark edge under every marker
	markerTolerancePixel = 6   // extra touch tolerance for hit tests
)

var (
	white     = color.NRGBA{255, 255, 255, 255}
	darkRing  = color.NRGBA{0x1f, 0x24, 0x2b, 255}
	shadowCol = color.NRGBA{0, 0, 0, 70}
)

// OuterRadius returns the drawn outer radius of m in pixels at scale: MarkerRadius for the
// default size, scaled by Radius/7 for a marker of another size.
func (m *Marker) OuterRadius(scale float64) float64 {
	return MarkerRadius(m.Selected, scale) * m.sizeFactor()
}

// sizeFactor is the marker's size relative to the default.
func (m *Marker) sizeFactor() float64 {
	if m.Radius <= 0 {
		return 1
	}
	return m.Radius / markerRadius
}

// MarkerRadius returns the drawn outer radius of a marker of the default size in pixels.
func MarkerRadius(selected bool, scale float64) float64 {
	if scale <= 0 {
		scale = 1
	}
	if selected {
		return (selectedRadius + selectedRing + selectedOuterRing) * scale
	}
	return (markerRadius + markerRing + markerShadow) * scale
}

// newCanvas returns a transparent square image big enough for radius r and
// a raster of its size.
func (rd *Renderer) newCanvas(r float64) (*image.RGBA, float32) {
	size := int(math.Ceil(2*r)) + 3
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	rd.spr.reset(size, size)
	return img, float32(size) / 2
}

// disc fills a circle of radius r centred at c,c into img.
func (rd *Renderer) disc(img *image.RGBA, c, r float32, col color.NRGBA) {
	rd.circlePts = circle(rd.circlePts[:0], c, c, r)
	rd.spr.polygon(rd.circlePts)
	rd.spr.fill(img, premultiply(col, 1))
}

// circle appends a closed polygon approximating a circle.
func circle(dst []float32, cx, cy, r float32) []float32 {
	n := max(24, int(r*3))
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		dst = append(dst, cx+r*float32(math.Cos(a)), cy+r*float32(math.Sin(a)))
	}
	return dst
}

// markerSprite returns the cached sprite of a marker, making it on first use.
func (rd *Renderer) markerSprite(m *Marker, scale float64) *sprite {
	k := spriteKey{color: m.Color, icon: m.Icon, selected: m.Selected, scale: scale, radius: m.Radius}
	if s, ok := rd.sprites[k]; ok {
		return s
	}
	outer := m.OuterRadius(scale)
	img, c := rd.newCanvas(outer)
	sc := float32(scale * m.sizeFactor())
	if m.Selected {
		rd.disc(img, c, float32(outer), darkRing)
		rd.disc(img, c, (selectedRadius+selectedRing)*sc, white)
		rd.disc(img, c, selectedRadius*sc, m.Color)
	} else {
		rd.disc(img, c, float32(outer), shadowCol)
		rd.disc(img, c, (markerRadius+markerRing)*sc, white)
		rd.disc(img, c, markerRadius*sc, m.Color)
	}
	if m.Icon != 0 && rd.glyphs != nil {
		r := markerRadius * scale * m.sizeFactor()
		if m.Selected {
			r = selectedRadius * scale * m.sizeFactor()
		}
		rd.glyphs.DrawText(img, string(m.Icon), float64(c), float64(c), r*1.3)
	}
	s := newSprite(img, int(c), int(c), outer)
	rd.sprites[k] = s
	return s
}

// blit draws s centred at (x, y) over dst: each row's opaque middle is
// copied, only its edges are blended.
func blit(dst *image.RGBA, s *sprite, x, y float64) {
	ox := int(math.Floor(x+0.5)) - s.cx
	oy := int(math.Floor(y+0.5)) - s.cy
	dw, dh := dst.Rect.Dx(), dst.Rect.Dy()
	sh := s.img.Rect.Dy()
	for sy := max(0, -oy); sy < sh && sy+oy < dh; sy++ {
		r := s.rows[sy]
		lo, hi := max(int(r.x0), -ox), min(int(r.x1), dw-ox)
		if lo >= hi {
			continue
		}
		src := s.img.Pix[sy*s.img.Stride:]
		row := (sy+oy)*dst.Stride + 4*ox // may be before the row's start; offsets below are not
		o0, o1 := min(max(int(r.o0), lo), hi), max(min(int(r.o1), hi), lo)
		if o0 >= o1 {
			o0, o1 = hi, hi
		}
		pix := dst.Pix
		blendOver(pix[row+4*lo:row+4*o0], src[4*lo:4*o0])
		copy(pix[row+4*o0:row+4*o1], src[4*o0:4*o1])
		blendOver(pix[row+4*o1:row+4*hi], src[4*o1:4*hi])
	}
}

// blendOver draws premultiplied pixels src over d (same length), two
// channels per multiply: x/255 is (x + 128 + (x+128)>>8) >> 8, exact for
// 8-bit products.
func blendOver(d, src []uint8) {
	n := min(len(d), len(src)) &^ 3
	d, src = d[:n], src[:n]
	for i := 0; i+4 <= len(src); i += 4 {
		sp := binary.LittleEndian.Uint32(src[i:])
		a := sp >> 24
		if a == 0 {
			continue
		}
		if a == 255 {
			binary.LittleEndian.PutUint32(d[i:], sp)
			continue
		}
		binary.LittleEndian.PutUint32(d[i:], sp+scale8(binary.LittleEndian.Uint32(d[i:]), 255-a))
	}
}

// scale8 multiplies each byte of p by k/255, rounding to nearest.
func scale8(p, k uint32) uint32 {
	rb := (p&0x00FF00FF)*k + 0x00800080
	rb = ((rb + (rb>>8)&0x00FF00FF) >> 8) & 0x00FF00FF
	ag := ((p>>8)&0x00FF00FF)*k + 0x00800080
	ag = (ag + (ag>>8)&0x00FF00FF) & 0xFF00FF00
	return rb | ag
}
