package main

import (
	"container/heap"
	"math"

	"github.com/paulmach/orb"
)

// polylabel returns the pole of inaccessibility of a polygon: the interior
// point farthest from its edges, found to within precision (in degrees of
// latitude). It follows Mapbox's polylabel algorithm (Agafonkin, 2016):
// cover the bounding box with square cells, keep them in a priority queue
// by the best distance any point inside could reach, and split only the
// cells that could beat the best point found so far.
//
// Distances are measured in a local equirectangular frame (longitude scaled
// by the cosine of the mean latitude) so that the label is central on the
// ground and not only on a plate carrée sheet.
func polylabel(poly orb.Polygon, precision float64) orb.Point {
	b := poly[0].Bound()
	k := math.Cos((b.Min[1] + b.Max[1]) / 2 * math.Pi / 180)
	proj := make(orb.Polygon, len(poly))
	for i, r := range poly {
		pr := make(orb.Ring, len(r))
		for j, p := range r {
			pr[j] = orb.Point{p[0] * k, p[1]}
		}
		proj[i] = pr
	}
	best := poleOf(proj, precision)
	return orb.Point{best[0] / k, best[1]}
}

// poleOf runs the search in the polygon's own (already projected) frame.
func poleOf(poly orb.Polygon, precision float64) orb.Point {
	b := poly[0].Bound()
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	size := math.Min(w, h)
	if size == 0 {
		return b.Min
	}
	half := size / 2

	q := &cellQueue{}
	for x := b.Min[0]; x < b.Max[0]; x += size {
		for y := b.Min[1]; y < b.Max[1]; y += size {
			heap.Push(q, newCell(orb.Point{x + half, y + half}, half, poly))
		}
	}

	best := newCell(areaCentroid(poly[0]), 0, poly)
	if c := newCell(b.Center(), 0, poly); c.d > best.d {
		best = c
	}

	for q.Len() > 0 {
		c := heap.Pop(q).(cell)
		if c.d > best.d {
			best = c
		}
		if c.max-best.d <= precision {
			continue
		}
		hh := c.h / 2
		for _, off := range [4][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}} {
			heap.Push(q, newCell(orb.Point{c.p[0] + off[0]*hh, c.p[1] + off[1]*hh}, hh, poly))
		}
	}
	return best.p
}

// cell is a square of half-size h centred on p; d is the signed distance
// from p to the polygon (positive inside) and max the best distance any
// point of the cell could have.
type cell struct {
	p      orb.Point
	h      float64
	d, max float64
}

func newCell(p orb.Point, h float64, poly orb.Polygon) cell {
	d := signedDistance(p, poly)
	return cell{p: p, h: h, d: d, max: d + h*math.Sqrt2}
}

// signedDistance is the distance from p to the nearest edge of poly,
// positive when p is inside (even-odd rule over all rings).
func signedDistance(p orb.Point, poly orb.Polygon) float64 {
	inside := false
	minSq := math.Inf(1)
	for _, r := range poly {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			a, b := r[i], r[j]
			if (a[1] > p[1]) != (b[1] > p[1]) &&
				p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
				inside = !inside
			}
			minSq = math.Min(minSq, segDistSq(p, a, b))
		}
	}
	d := math.Sqrt(minSq)
	if !inside {
		return -d
	}
	return d
}

// segDistSq is the squared distance from p to the segment ab.
func segDistSq(p, a, b orb.Point) float64 {
	x, y := a[0], a[1]
	dx, dy := b[0]-x, b[1]-y
	if dx != 0 || dy != 0 {
		t := ((p[0]-x)*dx + (p[1]-y)*dy) / (dx*dx + dy*dy)
		if t > 1 {
			x, y = b[0], b[1]
		} else if t > 0 {
			x += dx * t
			y += dy * t
		}
	}
	dx, dy = p[0]-x, p[1]-y
	return dx*dx + dy*dy
}

// areaCentroid is the centroid of a ring's area, or its first point when the
// ring has no area.
func areaCentroid(r orb.Ring) orb.Point {
	var a, x, y float64
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		f := r[i][0]*r[j][1] - r[j][0]*r[i][1]
		x += (r[i][0] + r[j][0]) * f
		y += (r[i][1] + r[j][1]) * f
		a += f * 3
	}
	if a == 0 {
		return r[0]
	}
	return orb.Point{x / a, y / a}
}

// cellQueue is a max-heap of cells by their potential distance.
type cellQueue []cell

func (q cellQueue) Len() int           { return len(q) }
func (q cellQueue) Less(i, j int) bool { return q[i].max > q[j].max }
func (q cellQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *cellQueue) Push(x any)        { *q = append(*q, x.(cell)) }
func (q *cellQueue) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}
