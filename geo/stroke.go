package geo

import "math"

// thinStroke is the widest stroke, in pixels, drawn with square caps
// instead of bevel joins.
const thinStroke = 3

// strokePath adds to the raster the outline of a polyline of width w: one
// quad per segment, all turning the same way so their coverage adds up and
// saturates. Thin strokes extend each quad by half the width at both ends
// (square caps), which closes the outer gap of any join of up to 90° like a
// miter; wider strokes get butt ends and a bevel triangle per join.
// pts are x,y pairs already in pixels; closed paths repeat their first point.
func (r *raster) strokePath(pts []float32, w float32) {
	n := len(pts) / 2
	if n < 2 || w <= 0 {
		return
	}
	hw := w / 2
	if w <= thinStroke {
		ax, ay := pts[0], pts[1]
		for i := 1; i < n; i++ {
			bx, by := pts[2*i], pts[2*i+1]
			dx, dy := bx-ax, by-ay
			l := float32(math.Sqrt(float64(dx*dx + dy*dy)))
			if l < 1e-4 {
				continue
			}
			tx, ty := dx/l*hw, dy/l*hw // along the segment
			nx, ny := -ty, tx          // across it
			r.quad(ax-tx+nx, ay-ty+ny, bx+tx+nx, by+ty+ny, bx+tx-nx, by+ty-ny, ax-tx-nx, ay-ty-ny)
			ax, ay = bx, by
		}
		return
	}
	closed := n > 2 && pts[0] == pts[2*n-2] && pts[1] == pts[2*n-1]
	var pnx, pny float32 // previous segment's normal
	var fnx, fny float32 // first segment's normal
	have := false
	ax, ay := pts[0], pts[1]
	for i := 1; i < n; i++ {
		bx, by := pts[2*i], pts[2*i+1]
		dx, dy := bx-ax, by-ay
		l := float32(math.Sqrt(float64(dx*dx + dy*dy)))
		if l < 1e-4 {
			continue
		}
		nx, ny := -dy/l*hw, dx/l*hw
		r.quad(ax+nx, ay+ny, bx+nx, by+ny, bx-nx, by-ny, ax-nx, ay-ny)
		if have {
			r.join(ax, ay, pnx, pny, nx, ny)
		} else {
			fnx, fny, have = nx, ny, true
		}
		pnx, pny = nx, ny
		ax, ay = bx, by
	}
	if closed && have {
		r.join(ax, ay, pnx, pny, fnx, fny)
	}
}

// quad adds a convex quadrilateral; (a,b,c,d) as built by strokePath always
// turn the same way.
func (r *raster) quad(ax, ay, bx, by, cx, cy, dx, dy float32) {
	r.line(ax, ay, bx, by)
	r.line(bx, by, cx, cy)
	r.line(cx, cy, dx, dy)
	r.line(dx, dy, ax, ay)
}

// join fills the wedge between two segment ends at (x,y) whose normals
// are n1 and n2 on the outer side of the turn, where the quads leave a gap;
// on the inner side they overlap. Gaps under 1/50 of a pixel are skipped.
func (r *raster) join(x, y, n1x, n1y, n2x, n2y float32) {
	cross := n1x*n2y - n1y*n2x
	dot := n1x*n2x + n1y*n2y
	if cross > -0.04 && cross < 0.04 && dot > 0 {
		return
	}
	if cross > 0 { // turning towards +n: the gap is on the -n side
		n1x, n1y, n2x, n2y = -n1x, -n1y, -n2x, -n2y
	}
	r.wedge(x, y, n1x, n1y, n2x, n2y)
}

// wedge adds the triangle (p, p+u, p+v) turning like strokePath's quads,
// which have a negative shoelace area in pixel coordinates.
func (r *raster) wedge(x, y, ux, uy, vx, vy float32) {
	if ux*vy-uy*vx > 0 {
		ux, uy, vx, vy = vx, vy, ux, uy
	}
	r.line(x, y, x+ux, y+uy)
	r.line(x+ux, y+uy, x+vx, y+vy)
	r.line(x+vx, y+vy, x, y)
}
