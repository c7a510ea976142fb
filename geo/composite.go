package geo

import (
	"encoding/binary"
	"image"
	"image/color"
	"math/bits"
)

// premul is a colour with premultiplied 8-bit channels.
type premul struct{ r, g, b, a uint32 }

func premultiply(c color.NRGBA, opacity float64) premul {
	a := uint32(float64(c.A)*clamp(opacity, 0, 1) + 0.5)
	return premul{
		r: (uint32(c.R)*a + 127) / 255,
		g: (uint32(c.G)*a + 127) / 255,
		b: (uint32(c.B)*a + 127) / 255,
		a: a,
	}
}

// Coverage below coverMin is nothing, above coverMax is full.
const (
	coverMin = 0.5 / 255
	coverMax = 1 - 0.5/255
)

// fill composites colour c over dst through the accumulated coverage and
// clears the coverage for the next path. dst must be the raster's size
// with its origin at 0,0. Only the marked cells are visited; the runs
// between them have constant coverage and are drawn as spans.
func (r *raster) fill(dst *image.RGBA, c premul) {
	if c.a == 0 {
		r.clear()
		return
	}
	w := r.w
	var solid []uint8 // a row of the opaque colour, copied into full spans
	if c.a == 255 {
		if cap(r.solid) < 4*w {
			r.solid = make([]uint8, 4*w)
		}
		solid = r.solid[:4*w]
		fillRow(solid, [4]uint8{uint8(c.r), uint8(c.g), uint8(c.b), 255})
	}
	for y := max(r.y0, 0); y <= r.y1; y++ {
		x0, x1 := int(r.x0[y]), int(r.x1[y])
		if x0 > x1 {
			continue
		}
		r.x0[y], r.x1[y] = 1<<31-1, -1
		acc := r.acc[y*r.stride : (y+1)*r.stride]
		bm := r.bits[y*r.words : (y+1)*r.words]
		pix := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		var s float32
		prev := x0
		for wi := x0 >> 6; wi <= x1>>6; wi++ {
			word := bm[wi]
			bm[wi] = 0
			for word != 0 {
				i := wi<<6 | bits.TrailingZeros64(word)
				word &= word - 1
				if i > prev && prev < w {
					span(pix, prev, min(i, w), s, c, solid)
				}
				s += acc[i]
				acc[i] = 0
				if i < w {
					span(pix, i, i+1, s, c, solid)
				}
				prev = i + 1
			}
		}
		if prev < w {
			span(pix, prev, w, s, c, solid)
		}
	}
	r.y0, r.y1 = r.h, -1
}

// span draws pixels [from, to) of a row with winding sum s; solid is a
// row of the colour when it is opaque.
func span(pix []uint8, from, to int, s float32, c premul, solid []uint8) {
	if s < 0 {
		s = -s
	}
	if s < coverMin {
		return
	}
	if s >= coverMax {
		if solid != nil {
			copy(pix[4*from:4*to], solid)
			return
		}
		blendSpan(pix[4*from:4*to], c.r, c.g, c.b, c.a)
		return
	}
	k := uint32(s*255 + 0.5)
	blendSpan(pix[4*from:4*to], (c.r*k+127)/255, (c.g*k+127)/255, (c.b*k+127)/255, (c.a*k+127)/255)
}

// blendSpan draws premultiplied r,g,b,a over every pixel of p.
func blendSpan(p []uint8, r, g, b, a uint32) {
	src := r | g<<8 | b<<16 | a<<24
	k := 255 - a
	for i := 0; i+4 <= len(p); i += 4 {
		binary.LittleEndian.PutUint32(p[i:], src+scale8(binary.LittleEndian.Uint32(p[i:]), k))
	}
}

// clear drops the accumulated coverage without drawing it.
func (r *raster) clear() {
	for y := max(r.y0, 0); y <= r.y1; y++ {
		x0, x1 := int(r.x0[y]), int(r.x1[y])
		if x0 <= x1 {
			clear(r.acc[y*r.stride+x0 : y*r.stride+x1+1])
			clear(r.bits[y*r.words+x0>>6 : y*r.words+x1>>6+1])
		}
		r.x0[y], r.x1[y] = 1<<31-1, -1
	}
	r.y0, r.y1 = r.h, -1
}

// fillImage sets every pixel of dst to c.
func fillImage(dst *image.RGBA, c premul) {
	b := dst.Rect
	w, h := b.Dx(), b.Dy()
	if w <= 0 || h <= 0 {
		return
	}
	row := dst.Pix[:4*w]
	row[0], row[1], row[2], row[3] = uint8(c.r), uint8(c.g), uint8(c.b), uint8(c.a)
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
	for y := 1; y < h; y++ {
		copy(dst.Pix[y*dst.Stride:y*dst.Stride+4*w], row)
	}
}
