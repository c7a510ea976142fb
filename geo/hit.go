package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// DefaultTouchTolerance is the extra radius in pixels (at Scale 1) that a
// tap may miss a marker or bubble by and still hit it.
const DefaultTouchTolerance = 8

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
	return nearest(len(markers), x, y, tolerance*sc, math.Inf(1),
		func(i int) orb.Point { return markers[i].Point },
		func(i int) float64 { return markers[i].OuterRadius(sc) }, v)
}

// nearest returns the item whose centre is nearest to pixel (x, y) among the n
// items whose radius, widened by slack pixels, reaches it. No radius is larger
// than maxRadius: items farther away are passed over without asking theirs. The
// view's projection is worked out once, not per item as v.Project would.
func nearest(n int, x, y, slack, maxRadius float64, point func(i int) orb.Point, radius func(i int) float64, v Viewport) (int, bool) {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	ox, oy := float64(v.Width)/2-cx*ws, float64(v.Height)/2-cy*ws
	reach := maxRadius + slack
	best, bestD2 := -1, math.Inf(1)
	for i := 0; i < n; i++ {
		p := point(i)
		dx := MercatorX(p[0])*ws + ox - x
		if dx > reach || dx < -reach {
			continue
		}
		dy := MercatorY(p[1])*ws + oy - y
		if dy > reach || dy < -reach {
			continue
		}
		d2 := dx*dx + dy*dy
		if d2 >= bestD2 {
			continue
		}
		if r := radius(i) + slack; d2 <= r*r {
			best, bestD2 = i, d2
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
	maxRadius := max(style.MinRadius*sc, style.MaxRadius*sc, MarkerRadius(false, sc))
	return nearest(len(clusters), x, y, tolerance*sc, maxRadius,
		func(i int) orb.Point { return clusters[i].Point },
		func(i int) float64 { return style.BubbleRadius(clusters[i].Count, sc) }, v)
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
