package geo

import (
	"image"
	"image/color"
)

// Canvas draws filled rings and stroked paths into an *image.RGBA with the
// renderer's anti-aliased scanline rasteriser, for packages that draw map
// content of their own (a vector tile style). Shapes added between two
// Fill calls are one coverage: overlapping rings and strokes of one fill
// merge without darker seams, so a style adds every shape of a paint and
// fills once. Coordinates are pixels of the image, x,y pairs as float32.
// A Canvas is not safe for concurrent use; after its first image of a size
// it does not allocate.
type Canvas struct {
	ras raster
	dst *image.RGBA
}

// Begin starts drawing into dst, dropping any coverage not filled yet.
// Drawing starts at dst's top-left pixel whatever its bounds.
func (c *Canvas) Begin(dst *image.RGBA) {
	w, h := dst.Rect.Dx(), dst.Rect.Dy()
	if dst.Rect.Min != (image.Point{}) {
		dst = &image.RGBA{Pix: dst.Pix, Stride: dst.Stride, Rect: image.Rect(0, 0, w, h)}
	}
	c.dst = dst
	if c.ras.h > 0 {
		c.ras.clear() // coverage added and never filled
	}
	c.ras.reset(w, h)
}

// Ring adds a closed ring (the last point joins the first). Rings add up
// with the non-zero rule: outer rings and holes must turn opposite ways
// (see RingArea), and rings turning the same way merge.
func (c *Canvas) Ring(pts []float32) { c.ras.polygon(pts) }

// Stroke adds a polyline of width w pixels: square ends and no join for
// strokes up to 3 pixels, butt ends and bevel joins for wider ones.
func (c *Canvas) Stroke(pts []float32, w float32) { c.ras.strokePath(pts, w) }

// Fill composites colour col through the coverage added since the last
// Fill (or Begin), then clears it.
func (c *Canvas) Fill(col color.NRGBA) {
	if c.dst == nil {
		return
	}
	c.ras.fill(c.dst, premultiply(col, 1))
}

// Clear fills the whole image with col, without blending.
func (c *Canvas) Clear(col color.NRGBA) {
	if c.dst != nil {
		fillImage(c.dst, premultiply(col, 1))
	}
}

// RingArea is the shoelace area of a ring of x,y pairs in pixels (y down):
// positive for a ring turning clockwise on screen.
func RingArea(pts []float32) float64 {
	n := len(pts) / 2
	if n < 3 {
		return 0
	}
	var a float64
	px, py := float64(pts[2*n-2]), float64(pts[2*n-1])
	for i := range n {
		x, y := float64(pts[2*i]), float64(pts[2*i+1])
		a += px*y - x*py
		px, py = x, y
	}
	return a / 2
}
