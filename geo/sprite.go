package geo

import (
	"image"
	"image/color"
	"math"
)

// sprite is a small premultiplied image drawn centred on a point.
type sprite struct {
	img    *image.RGBA
	cx, cy int // the pixel of img that lands on the point
	radius float64
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
	markerRadius         = 7   // coloured disc
	markerRing           = 2   // white ring around it
	selectedRadius       = 10  // disc of a selected marker
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

// MarkerRadius returns the drawn outer radius of a marker in pixels.
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
	k := spriteKey{color: m.Color, icon: m.Icon, selected: m.Selected, scale: scale}
	if s, ok := rd.sprites[k]; ok {
		return s
	}
	outer := MarkerRadius(m.Selected, scale)
	img, c := rd.newCanvas(outer)
	sc := float32(scale)
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
		r := markerRadius * scale
		if m.Selected {
			r = selectedRadius * scale
		}
		rd.glyphs.DrawGlyph(img, m.Icon, float64(c), float64(c), r*1.3)
	}
	s := &sprite{img: img, cx: int(c), cy: int(c), radius: outer}
	rd.sprites[k] = s
	return s
}

// blit draws s centred at (x, y) over dst.
func blit(dst *image.RGBA, s *sprite, x, y float64) {
	ox := int(math.Floor(x+0.5)) - s.cx
	oy := int(math.Floor(y+0.5)) - s.cy
	sb := s.img.Rect
	db := dst.Rect.Sub(dst.Rect.Min)
	r := image.Rect(ox, oy, ox+sb.Dx(), oy+sb.Dy()).Intersect(db)
	if r.Empty() {
		return
	}
	w := r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		src := s.img.Pix[(y-oy)*s.img.Stride+4*(r.Min.X-ox):][:4*w]
		d := dst.Pix[y*dst.Stride+4*r.Min.X:][:4*w]
		for i := 0; i < len(src); i += 4 {
			sa := uint32(src[i+3])
			if sa == 0 {
				continue
			}
			if sa == 255 {
				copy(d[i:i+4], src[i:i+4])
				continue
			}
			k := 255 - sa
			d[i] = uint8(uint32(src[i]) + (uint32(d[i])*k+127)/255)
			d[i+1] = uint8(uint32(src[i+1]) + (uint32(d[i+1])*k+127)/255)
			d[i+2] = uint8(uint32(src[i+2]) + (uint32(d[i+2])*k+127)/255)
			d[i+3] = uint8(sa + (uint32(d[i+3])*k+127)/255)
		}
	}
}
