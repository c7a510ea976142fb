package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/simplify"
)

// simplifyTolerance is the Douglas-Peucker tolerance in pixels at the zoom a
// layer is projected for; drawing scales that by at most 2.
const simplifyTolerance = 0.3

// shapes holds paths projected to world pixels at one integer zoom, relative
// to an origin near the view, as flat float32 slices.
type shapes struct {
	pts   []float32 // x, y pairs
	ends  []int32   // end index (in points) of each path
	boxes []float32 // minx, miny, maxx, maxy of each path
}

func (s *shapes) reset() {
	s.pts, s.ends, s.boxes = s.pts[:0], s.ends[:0], s.boxes[:0]
}

// add appends a path, reversed when reverse is set.
func (s *shapes) add(ls []orb.Point, reverse bool) {
	if len(ls) < 2 {
		return
	}
	minx, miny := float32(math.Inf(1)), float32(math.Inf(1))
	maxx, maxy := float32(math.Inf(-1)), float32(math.Inf(-1))
	for i := range ls {
		p := ls[i]
		if reverse {
			p = ls[len(ls)-1-i]
		}
		x, y := float32(p[0]), float32(p[1])
		s.pts = append(s.pts, x, y)
		minx, maxx = min(minx, x), max(maxx, x)
		miny, maxy = min(miny, y), max(maxy, y)
	}
	s.ends = append(s.ends, int32(len(s.pts)/2))
	s.boxes = append(s.boxes, minx, miny, maxx, maxy)
}

// path returns the points of path i.
func (s *shapes) path(i int) []float32 {
	start := int32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	return s.pts[2*start : 2*s.ends[i]]
}

// projection says for which view a layer's shapes were built.
type projection struct {
	valid      bool
	z0         int
	scale      float64
	ox, oy     float64   // origin in world pixels at z0
	region     orb.Bound // relative to the origin
	generation int
}

// newProjection chooses the integer zoom and a clip region around v, one
// view size beyond it on every side.
func newProjection(v Viewport) projection {
	z0 := int(math.Floor(v.Zoom))
	scale := v.ScaleFactor()
	ws0 := TileSize * math.Exp2(float64(z0)) * scale
	s := math.Exp2(v.Zoom - float64(z0))
	mx, my := Mercator(v.Center)
	cx, cy := mx*ws0, my*ws0
	hw, hh := float64(v.Width)/2/s, float64(v.Height)/2/s
	m := max(hw, hh) + 64
	p := projection{valid: true, z0: z0, scale: scale, ox: cx - hw - m, oy: cy - hh - m}
	p.region = orb.Bound{Max: orb.Point{2 * (hw + m), 2 * (hh + m)}}
	return p
}

// covers reports whether the projection can draw v with a stroke margin.
func (p projection) covers(v Viewport, margin float64) bool {
	if !p.valid || p.z0 != int(math.Floor(v.Zoom)) || p.scale != v.ScaleFactor() {
		return false
	}
	ws0 := TileSize * math.Exp2(float64(p.z0)) * p.scale
	s := math.Exp2(v.Zoom - float64(p.z0))
	mx, my := Mercator(v.Center)
	cx, cy := mx*ws0-p.ox, my*ws0-p.oy
	hw, hh := float64(v.Width)/2/s+margin, float64(v.Height)/2/s+margin
	return cx-hw >= p.region.Min[0] && cx+hw <= p.region.Max[0] &&
		cy-hh >= p.region.Min[1] && cy+hh <= p.region.Max[1]
}

// transform returns the factor and offsets mapping shape coordinates to
// pixels of v: x' = x·s + tx.
func (p projection) transform(v Viewport) (s, tx, ty float64) {
	ws0 := TileSize * math.Exp2(float64(p.z0)) * p.scale
	s = math.Exp2(v.Zoom - float64(p.z0))
	mx, my := Mercator(v.Center)
	tx = (p.ox-mx*ws0)*s + float64(v.Width)/2
	ty = (p.oy-my*ws0)*s + float64(v.Height)/2
	return s, tx, ty
}

// projectRing maps a lon/lat ring to world pixels relative to the origin.
func (p projection) projectRing(r orb.Ring, buf orb.Ring) orb.Ring {
	ws0 := TileSize * math.Exp2(float64(p.z0)) * p.scale
	buf = buf[:0]
	for _, q := range r {
		x, y := Mercator(q)
		buf = append(buf, orb.Point{x*ws0 - p.ox, y*ws0 - p.oy})
	}
	return buf
}

// scaleRing maps a ring in unit mercator to world pixels relative to the
// origin.
func (p projection) scaleRing(r []orb.Point, buf orb.Ring) orb.Ring {
	ws0 := TileSize * math.Exp2(float64(p.z0)) * p.scale
	buf = buf[:0]
	for _, q := range r {
		buf = append(buf, orb.Point{q[0]*ws0 - p.ox, q[1]*ws0 - p.oy})
	}
	return buf
}

// buildPolygons projects and simplifies each arc of t once, then clips the
// rings made of them into fill rings (outer rings turning one way, holes
// the other) and the arcs into stroke paths.
func (p projection) buildPolygons(t *topology, fill, stroke *shapes) {
	fill.reset()
	stroke.reset()
	dp := simplify.DouglasPeucker(simplifyTolerance)
	arcs := make([]orb.LineString, len(t.merc))
	for i, a := range t.merc {
		ls := orb.LineString(p.scaleRing(a, make(orb.Ring, 0, len(a))))
		arcs[i] = dp.LineString(ls)
		if ls.Bound().Intersects(p.region) {
			for _, part := range clip.LineString(p.region, arcs[i]) {
				stroke.add(part, false)
			}
		}
	}
	var ringStart, refStart int32
	var buf []orb.Point
	for _, ringEnd := range t.polys {
		var poly orb.Polygon
		for ri := ringStart; ri < ringEnd; ri++ {
			buf = buf[:0]
			for _, ref := range t.refs[refStart:t.rings[ri]] {
				a := arcs[ref.arc]
				for k := range a {
					q := a[k]
					if ref.rev {
						q = a[len(a)-1-k]
					}
					if len(buf) == 0 || buf[len(buf)-1] != q {
						buf = append(buf, q)
					}
				}
			}
			refStart = t.rings[ri]
			if len(buf) < 4 || !orb.Ring(buf).Bound().Intersects(p.region) {
				if ri == ringStart {
					break // the outer ring: the polygon does not show
				}
				continue
			}
			poly = append(poly, append(orb.Ring(nil), buf...))
		}
		refStart = t.rings[ringEnd-1]
		ringStart = ringEnd
		for i, r := range clip.Polygon(p.region, poly) {
			if len(r) < 3 {
				continue
			}
			ccw := ringArea(r) > 0
			fill.add(r, ccw != (i == 0))
		}
	}
}

// buildLines projects, simplifies and clips line strings into stroke paths.
func (p projection) buildLines(lines []orb.LineString, stroke *shapes) {
	stroke.reset()
	dp := simplify.DouglasPeucker(simplifyTolerance)
	for _, ls := range lines {
		r := orb.LineString(p.projectRing(orb.Ring(ls), make(orb.Ring, 0, len(ls))))
		if !r.Bound().Intersects(p.region) {
			continue
		}
		r = dp.LineString(r)
		for _, part := range clip.LineString(p.region, r) {
			stroke.add(part, false)
		}
	}
}

// ringArea is the shoelace signed area: positive for rings that turn
// clockwise on screen (y down).
func ringArea(r orb.Ring) float64 {
	var a float64
	for i := range r {
		j := (i + 1) % len(r)
		a += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return a / 2
}
