package geo

import (
	"image/color"

	"github.com/paulmach/orb"
)

// Suggested looks of the context layers: the areas around the city in a
// muted grey under the city's districts, and the city's outline over them.
var (
	NeighbourStyle = Style{Fill: color.NRGBA{0xE9, 0xE8, 0xE4, 0xFF}, Stroke: color.NRGBA{0xBD, 0xBA, 0xB3, 0xFF}, StrokeWidth: 0.8}
	OutlineStyle   = Style{Stroke: color.NRGBA{0x6B, 0x55, 0x3C, 0xFF}, StrokeWidth: 2.2}
)

// OuterEdges returns the outline of a set of polygons that share their
// borders exactly (districts cut from one map): the edges that belong to
// one ring only, joined into lines. Borders between two of the polygons
// are left out, so the result is the outline of the whole, coast included.
// Draw it as a line layer over the polygons to make the whole stand out.
func OuterEdges(polys []orb.MultiPolygon) []orb.LineString {
	type seg [2]orb.Point
	key := func(a, b orb.Point) seg {
		if b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]) {
			a, b = b, a
		}
		return seg{a, b}
	}
	var rings [][]orb.Point
	for _, mp := range polys {
		for _, p := range mp {
			for _, r := range p {
				if r = orb.Ring(dedupRing(r)); len(r) >= 4 {
					rings = append(rings, r)
				}
			}
		}
	}
	uses := make(map[seg]int)
	for _, r := range rings {
		for i := 1; i < len(r); i++ {
			uses[key(r[i-1], r[i])]++
		}
	}
	var out []orb.LineString
	for _, r := range rings {
		n := len(r) - 1 // segments; r[n] == r[0]
		outer := func(i int) bool { return uses[key(r[i%n], r[(i+1)%n])] == 1 }
		start := -1
		for i := range n {
			if !outer(i) {
				start = i
				break
			}
		}
		if start < 0 { // the whole ring is outline
			out = append(out, orb.LineString(append([]orb.Point(nil), r...)))
			continue
		}
		var line orb.LineString
		for k := 1; k <= n; k++ {
			i := start + k
			if outer(i) {
				if line == nil {
					line = orb.LineString{r[i%n]}
				}
				line = append(line, r[(i+1)%n])
				continue
			}
			if line != nil {
				out = append(out, line)
				line = nil
			}
		}
		if line != nil {
			out = append(out, line)
		}
	}
	return out
}
