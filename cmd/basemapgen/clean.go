package main

import (
	"github.com/paulmach/orb"
)

// cleanRing drops repeated consecutive points, closes the ring and returns
// nil when fewer than four points (three distinct corners and the closing
// point) remain or when the ring encloses no area.
func cleanRing(r orb.Ring) orb.Ring {
	out := make(orb.Ring, 0, len(r)+1)
	for _, p := range r {
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	if len(out) > 0 && out[0] != out[len(out)-1] {
		out = append(out, out[0])
	}
	if len(out) < 4 || out.Orientation() == 0 {
		return nil
	}
	return out
}

// cleanPolygon cleans every ring and fixes the winding order required by
// RFC 7946: the outer ring counter-clockwise, holes clockwise. A polygon
// whose outer ring is degenerate is dropped (nil), and so are its holes.
func cleanPolygon(p orb.Polygon) orb.Polygon {
	var out orb.Polygon
	for i, r := range p {
		r = cleanRing(r)
		if r == nil {
			if i == 0 {
				return nil
			}
			continue
		}
		want := orb.CW
		if i == 0 {
			want = orb.CCW
		}
		if r.Orientation() != want {
			r.Reverse()
		}
		out = append(out, r)
	}
	return out
}

// cleanMultiPolygon cleans every polygon and drops the degenerate ones.
func cleanMultiPolygon(mp orb.MultiPolygon) orb.MultiPolygon {
	var out orb.MultiPolygon
	for _, p := range mp {
		if p = cleanPolygon(p); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// countPoints returns the number of vertices of a geometry, closing points
// included.
func countPoints(mp orb.MultiPolygon) int {
	n := 0
	for _, p := range mp {
		for _, r := range p {
			n += len(r)
		}
	}
	return n
}

// largest returns the polygon of mp with the largest area (outer ring minus
// holes, in square degrees, which is enough to rank polygons of one city).
func largest(mp orb.MultiPolygon) orb.Polygon {
	var best orb.Polygon
	bestArea := -1.0
	for _, p := range mp {
		a := 0.0
		for i, r := range p {
			ra := ringArea(r)
			if i == 0 {
				a += ra
			} else {
				a -= ra
			}
		}
		if a > bestArea {
			best, bestArea = p, a
		}
	}
	return best
}

// ringArea is the unsigned shoelace area of a closed ring.
func ringArea(r orb.Ring) float64 {
	s := 0.0
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	if s < 0 {
		s = -s
	}
	return s / 2
}
