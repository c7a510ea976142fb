package geo

import "math"

// raster is a signed-area coverage accumulator (the technique of font-rs and
// golang.org/x/image/vector) that keeps the rows it touched, so compositing
// and clearing visit only the covered spans. It fills with the non-zero rule
// for paths whose overlapping parts turn the same way, and saturates coverage
// at 1 so shared edges of neighbouring polygons leave no seam.
type raster struct {
	w, h   int
	stride int
	acc    []float32 // h rows of stride cells
	bits   []uint64  // per row, one bit per cell that acc may hold non-zero
	words  int       // uint64 words of bits per row
	solid  []uint8   // scratch row of an opaque colour
	x0, x1 []int32   // touched cell range per row, x0 > x1 when untouched
	y0, y1 int       // touched row range
}

func (r *raster) reset(w, h int) {
	stride := w + 3
	if n := stride * h; cap(r.acc) < n {
		r.acc = make([]float32, n)
	} else {
		r.acc = r.acc[:n]
		if r.w != w || r.h != h {
			clear(r.acc)
		}
	}
	words := (stride + 63) / 64
	if n := words * h; cap(r.bits) < n {
		r.bits = make([]uint64, n)
	} else {
		r.bits = r.bits[:n]
		if r.w != w || r.h != h {
			clear(r.bits)
		}
	}
	r.words = words
	if cap(r.x0) < h {
		r.x0, r.x1 = make([]int32, h), make([]int32, h)
	}
	r.x0, r.x1 = r.x0[:h], r.x1[:h]
	r.w, r.h, r.stride = w, h, stride
	for i := range h {
		r.x0[i], r.x1[i] = math.MaxInt32, -1
	}
	r.y0, r.y1 = h, -1
}

// line adds the directed edge (ax,ay)→(bx,by), in pixels, to the coverage.
// Parts left of the raster count as if on its left edge; parts right of it
// as if just past its right edge; parts above or below are dropped.
func (r *raster) line(ax, ay, bx, by float32) {
	if ay == by || (ay <= 0 && by <= 0) || (ay >= float32(r.h) && by >= float32(r.h)) {
		return
	}
	if ax != ax || bx != bx || ay != ay || by != by { // NaN
		return
	}
	w := float32(r.w)
	// Split at x = 0 and x = w so every piece lies inside [0, w] or
	// wholly on one side of it.
	if (ax < 0 && bx > 0) || (ax > 0 && bx < 0) {
		my := ay + (-ax)/(bx-ax)*(by-ay)
		r.line(ax, ay, 0, my)
		r.line(0, my, bx, by)
		return
	}
	if (ax < w && bx > w) || (ax > w && bx < w) {
		my := ay + (w-ax)/(bx-ax)*(by-ay)
		r.line(ax, ay, w, my)
		r.line(w, my, bx, by)
		return
	}
	if ax <= 0 && bx <= 0 {
		ax, bx = 0, 0
	} else if ax >= w && bx >= w {
		ax, bx = w, w
	}
	r.edge(ax, ay, bx, by)
}

// edge accumulates an edge whose x lies in [0, w]. Its hot loop avoids
// math.Floor and the float min/max builtins (which handle NaN): x is never
// negative here, so int conversion floors.
func (r *raster) edge(ax, ay, bx, by float32) {
	dir := float32(1)
	if ay > by {
		dir = -1
		ax, ay, bx, by = bx, by, ax, ay
	}
	dxdy := (bx - ax) / (by - ay)
	x := ax
	if ay < 0 {
		x -= ay * dxdy
		ay = 0
	}
	xmax := float32(r.w)
	if x < 0 {
		x = 0
	} else if x > xmax {
		x = xmax
	}
	yStart := int(ay)
	yEnd := int(by)
	if float32(yEnd) < by {
		yEnd++
	}
	if yEnd > r.h {
		yEnd = r.h
	}
	if yStart < r.y0 {
		r.y0 = yStart
	}
	if yEnd-1 > r.y1 {
		r.y1 = yEnd - 1
	}
	stride := r.stride
	for y := yStart; y < yEnd; y++ {
		fy := float32(y)
		top, bot := fy, fy+1
		if ay > top {
			top = ay
		}
		if by < bot {
			bot = by
		}
		dy := bot - top
		xnext := x + dxdy*dy
		if xnext < 0 {
			xnext = 0
		} else if xnext > xmax {
			xnext = xmax
		}
		d := dy * dir
		x0, x1 := x, xnext
		if x0 > x1 {
			x0, x1 = x1, x0
		}
		x0i := int(x0)
		x0f := float32(x0i)
		x1i := int(x1)
		if float32(x1i) < x1 {
			x1i++
		}
		row := r.acc[y*stride : (y+1)*stride]
		hi := x0i + 1
		if x1i <= x0i+1 {
			xmf := 0.5*(x+xnext) - x0f
			row[x0i] += d - d*xmf
			row[x0i+1] += d * xmf
		} else {
			s := 1 / (x1 - x0)
			xf := x0 - x0f
			a0 := 0.5 * s * (1 - xf) * (1 - xf)
			x1f := x1 - float32(x1i) + 1
			am := 0.5 * s * x1f * x1f
			row[x0i] += d * a0
			if x1i == x0i+2 {
				row[x0i+1] += d * (1 - a0 - am)
			} else {
				a1 := s * (1.5 - xf)
				row[x0i+1] += d * (a1 - a0)
				ds := d * s
				mid := row[x0i+2 : x1i-1]
				for i := range mid {
					mid[i] += ds
				}
				a2 := a1 + float32(x1i-x0i-3)*s
				row[x1i-1] += d * (1 - a2 - am)
			}
			row[x1i] += d * am
			hi = x1i
		}
		// Mark the touched cells x0i..hi.
		bm := r.bits[y*r.words : (y+1)*r.words]
		if wl, wh := x0i>>6, hi>>6; wl == wh {
			bm[wl] |= (^uint64(0) << (x0i & 63)) & (^uint64(0) >> (63 - hi&63))
		} else {
			r.mark(y, x0i, hi)
		}
		if int32(x0i) < r.x0[y] {
			r.x0[y] = int32(x0i)
		}
		if int32(hi) > r.x1[y] {
			r.x1[y] = int32(hi)
		}
		x = xnext
	}
}

// polygon adds a closed polygon given as x,y pairs.
func (r *raster) polygon(pts []float32) {
	n := len(pts) / 2
	if n < 3 {
		return
	}
	px, py := pts[2*n-2], pts[2*n-1]
	for i := 0; i < n; i++ {
		x, y := pts[2*i], pts[2*i+1]
		r.line(px, py, x, y)
		px, py = x, y
	}
}

// mark sets the bits of cells lo..hi (inclusive) of row y.
func (r *raster) mark(y, lo, hi int) {
	row := r.bits[y*r.words:]
	wl, wh := lo>>6, hi>>6
	ml := ^uint64(0) << (lo & 63)
	mh := ^uint64(0) >> (63 - hi&63)
	if wl == wh {
		row[wl] |= ml & mh
		return
	}
	row[wl] |= ml
	for i := wl + 1; i < wh; i++ {
		row[i] = ^uint64(0)
	}
	row[wh] |= mh
}
