package geo

import "github.com/paulmach/orb"

// topology splits the rings of a polygon layer into arcs, each border
// shared by two neighbours stored once, so that a zoom level simplifies each
// border once (neighbours stay seamless) and strokes it once.
type topology struct {
	arcs  [][]orb.Point // lon/lat; a closed arc repeats its first point
	merc  [][]orb.Point // the arcs in unit mercator, projected once
	refs  []arcRef      // arcs of all rings, ring after ring
	rings []int32       // end index in refs of each ring
	polys []int32       // end index in rings of each polygon; its first ring is the outer one
}

// arcRef is an arc used forwards or backwards by a ring.
type arcRef struct {
	arc int32
	rev bool
}

type arcKey [3]orb.Point

// newTopology builds the arcs of polys. Junctions are the vertices whose
// number of distinct neighbours is not two.
func newTopology(polys []orb.MultiPolygon) *topology {
	t := &topology{}
	var rings [][]orb.Point
	var ringsPerPoly []int
	for _, mp := range polys {
		for _, p := range mp {
			n := 0
			for i, r := range p {
				r = dedupRing(r)
				if len(r) < 4 {
					if i == 0 {
						break // no outer ring: drop the polygon
					}
					continue
				}
				rings = append(rings, r)
				n++
			}
			if n > 0 {
				ringsPerPoly = append(ringsPerPoly, n)
			}
		}
	}
	neighbours := make(map[orb.Point][]orb.Point)
	link := func(a, b orb.Point) {
		for _, q := range neighbours[a] {
			if q == b {
				return
			}
		}
		neighbours[a] = append(neighbours[a], b)
	}
	for _, r := range rings {
		for i := 1; i < len(r); i++ {
			link(r[i-1], r[i])
			link(r[i], r[i-1])
		}
	}
	junction := func(p orb.Point) bool { return len(neighbours[p]) != 2 }
	index := make(map[arcKey]int32)
	add := func(arc []orb.Point) {
		n := len(arc)
		if i, ok := index[arcKey{arc[0], arc[1], arc[n-1]}]; ok {
			t.refs = append(t.refs, arcRef{arc: i})
			return
		}
		if i, ok := index[arcKey{arc[n-1], arc[n-2], arc[0]}]; ok {
			t.refs = append(t.refs, arcRef{arc: i, rev: true})
			return
		}
		i := int32(len(t.arcs))
		t.arcs = append(t.arcs, arc)
		index[arcKey{arc[0], arc[1], arc[n-1]}] = i
		t.refs = append(t.refs, arcRef{arc: i})
	}
	ri := 0
	for _, n := range ringsPerPoly {
		for range n {
			r := rings[ri]
			ri++
			open := r[:len(r)-1] // without the closing point
			start := -1
			for i, p := range open {
				if junction(p) {
					start = i
					break
				}
			}
			if start < 0 {
				// An island or a border shared whole: start at the least point.
				start = 0
				for i, p := range open {
					if p[0] < open[start][0] || (p[0] == open[start][0] && p[1] < open[start][1]) {
						start = i
					}
				}
				add(rotate(open, start))
			} else {
				rot := rotate(open, start)
				from := 0
				for i := 1; i < len(rot); i++ {
					if junction(rot[i]) && i < len(rot)-1 {
						add(rot[from : i+1])
						from = i
					}
				}
				add(rot[from:])
			}
			t.rings = append(t.rings, int32(len(t.refs)))
		}
		t.polys = append(t.polys, int32(len(t.rings)))
	}
	t.merc = make([][]orb.Point, len(t.arcs))
	for i, a := range t.arcs {
		m := make([]orb.Point, len(a))
		for k, q := range a {
			m[k][0], m[k][1] = Mercator(q)
		}
		t.merc[i] = m
	}
	return t
}

// rotate returns the closed ring open[start:] + open[:start] + open[start].
func rotate(open []orb.Point, start int) []orb.Point {
	out := make([]orb.Point, 0, len(open)+1)
	out = append(out, open[start:]...)
	out = append(out, open[:start]...)
	return append(out, open[start])
}

// dedupRing drops repeated consecutive points and closes the ring.
func dedupRing(r orb.Ring) []orb.Point {
	out := make([]orb.Point, 0, len(r)+1)
	for _, p := range r {
		if len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
	}
	if len(out) > 1 && out[0] != out[len(out)-1] {
		out = append(out, out[0])
	}
	return out
}
