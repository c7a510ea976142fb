package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// DefaultTouchTolerance is the extra radius in pixels (at Scale 1) that a
// tap may miss a marker or bubble by and still hit it.
const DefaultTouchTolerance = 8

// kdPad widens KD-tree searches by a few float32 steps of the unit square so
// that the exact float64 test afterwards misses nothing.
const kdPad = 4e-7

// PointIndex is a KD-tree over lon/lat points for hit tests and for
// finding the points in a view. Once built it is read-only and safe for
// concurrent use.
type PointIndex struct {
	tree   kdTree
	xs, ys []float64 // exact unit mercator by point index
}

// NewPointIndex indexes points; results refer to their positions in the slice.
func NewPointIndex(points []orb.Point) *PointIndex {
	ix := &PointIndex{xs: make([]float64, len(points)), ys: make([]float64, len(points))}
	pts := make([]kdPoint, len(points))
	for i, p := range points {
		x, y := Mercator(p)
		ix.xs[i], ix.ys[i] = x, y
		pts[i] = kdPoint{c: [2]float32{float32(x), float32(y)}, id: int32(i)}
	}
	ix.tree.build(pts, 16)
	return ix
}

// Len returns the number of indexed points.
func (ix *PointIndex) Len() int { return len(ix.xs) }

// Nearest returns the index of the point nearest to pixel (x, y) of v that
// lies within radius pixels of it, and its distance in pixels.
func (ix *PointIndex) Nearest(v Viewport, x, y, radius float64) (index int, dist float64, ok bool) {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	qx := cx + (x-float64(v.Width)/2)/ws
	qy := cy + (y-float64(v.Height)/2)/ws
	best, bestD2 := -1, math.Inf(1)
	r := radius / ws
	ix.tree.withinEach(qx, qy, r+kdPad, func(id int32) {
		dx, dy := ix.xs[id]-qx, ix.ys[id]-qy
		if d2 := dx*dx + dy*dy; d2 < bestD2 || (d2 == bestD2 && int(id) < best) {
			best, bestD2 = int(id), d2
		}
	})
	if best < 0 || bestD2 > r*r {
		return -1, 0, false
	}
	return best, math.Sqrt(bestD2) * ws, true
}

// InView appends to dst the indices of the points inside v, or within
// margin pixels of its edges.
func (ix *PointIndex) InView(dst []int, v Viewport, margin float64) []int {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	hw, hh := (float64(v.Width)/2+margin)/ws, (float64(v.Height)/2+margin)/ws
	x0, y0, x1, y1 := cx-hw, cy-hh, cx+hw, cy+hh
	ix.tree.rangeEach(x0-kdPad, y0-kdPad, x1+kdPad, y1+kdPad, func(id int32) {
		if x, y := ix.xs[id], ix.ys[id]; x >= x0 && x <= x1 && y >= y0 && y <= y1 {
			dst = append(dst, int(id))
		}
	})
	return dst
}

// MarkerAt returns the index of the renderer's marker under pixel (x, y) of v,
// as the package function MarkerAt finds it.
func (r *Renderer) MarkerAt(v Viewport, x, y, tolerance float64) (int, bool) {
	return MarkerAt(r.markers, v, x, y, tolerance)
}

// MarkerAt returns the index of the marker under pixel (x, y) of v: the one
// whose centre is nearest among those whose drawn disc, widened by tolerance
// pixels (times Scale), contains the pixel.
func MarkerAt(markers []Marker, v Viewport, x, y, tolerance float64) (int, bool) {
	sc := v.ScaleFactor()
	return nearest(len(markers), x, y, tolerance*sc, func(i int) (orb.Point, float64) {
		return markers[i].Point, markers[i].OuterRadius(sc)
	}, v)
}

// nearest returns the item whose centre is nearest to pixel (x, y) among the n
// items whose radius, widened by slack pixels, reaches it.
func nearest(n int, x, y, slack float64, item func(i int) (orb.Point, float64), v Viewport) (int, bool) {
	best, bestD := -1, math.Inf(1)
	for i := 0; i < n; i++ {
		p, rad := item(i)
		px, py := v.Project(p)
		if d := math.Hypot(px-x, py-y); d <= rad+slack && d < bestD {
			best, bestD = i, d
		}
	}
	return best, best >= 0
}

// Markers returns the renderer's markers (not a copy).
func (r *Renderer) Markers() []Marker { return r.markers }

// ClusterAt returns the index, in the slice last given to SetClusters, of
// the bubble or clustered point under pixel (x, y), as the package function
// ClusterAt finds it.
func (r *Renderer) ClusterAt(v Viewport, x, y, tolerance float64) (int, bool) {
	return ClusterAt(r.clusters, r.clusterSt, v, x, y, tolerance)
}

// ClusterAt returns the index of the bubble or clustered point drawn with
// style under pixel (x, y) of v: the nearest centre among those whose drawn
// radius plus tolerance reaches the pixel.
func ClusterAt(clusters []Cluster, style ClusterStyle, v Viewport, x, y, tolerance float64) (int, bool) {
	sc := v.ScaleFactor()
	return nearest(len(clusters), x, y, tolerance*sc, func(i int) (orb.Point, float64) {
		return clusters[i].Point, style.BubbleRadius(clusters[i].Count, sc)
	}, v)
}

// PolygonAt returns the index of the polygon of layer id under pixel (x, y),
// or false: for tapping a district.
func (r *Renderer) PolygonAt(id string, v Viewport, x, y float64) (int, bool) {
	l := r.find(id)
	if l == nil {
		return -1, false
	}
	p := v.Unproject(x, y)
	for i, mp := range l.polys {
		if mp.Bound().Contains(p) && planar.MultiPolygonContains(mp, p) {
			return i, true
		}
	}
	return -1, false
}

// PolygonsInView appends to dst the indices of the polygons of layer id
// whose bounds meet the view.
func (r *Renderer) PolygonsInView(dst []int, id string, v Viewport) []int {
	l := r.find(id)
	if l == nil {
		return dst
	}
	b := v.Bounds()
	for i, mp := range l.polys {
		if mp.Bound().Intersects(b) {
			dst = append(dst, i)
		}
	}
	return dst
}
