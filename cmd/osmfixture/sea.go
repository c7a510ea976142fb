package main

import (
	"fmt"
	"math"
	"os"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/geojson"

	"ningbomap/atomicfile"
)

// sea writes the sea inside box b (min lon, min lat, max lon, max lat) as
// GeoJSON, from the coastline of an extract: OSM draws the coast with the
// land on its left. The open coast is joined into one line, prolonged at
// both ends along its last segments until it leaves the box, cut to the
// box, and closed along the box's edge on its water side (clockwise);
// closed coastlines in the box are islands, holes of the sea.
func sea(coast string, b []float64, out string) error {
	raw, err := os.ReadFile(coast)
	if err != nil {
		return err
	}
	fc, err := geojson.UnmarshalFeatureCollection(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", coast, err)
	}
	box := orb.Bound{Min: orb.Point{b[0], b[1]}, Max: orb.Point{b[2], b[3]}}
	var lines []orb.LineString
	var islands []orb.Ring
	for _, f := range fc.Features {
		switch g := f.Geometry.(type) {
		case orb.LineString:
			if g[0] == g[len(g)-1] {
				islands = append(islands, orb.Ring(g))
			} else {
				lines = append(lines, g)
			}
		case orb.Polygon:
			islands = append(islands, g[0])
		case orb.MultiPolygon:
			for _, p := range g {
				islands = append(islands, p[0])
			}
		}
	}
	chain := longestChain(lines)
	if len(chain) < 2 {
		return fmt.Errorf("%s: no open coastline", coast)
	}
	chain = prolong(chain, box)
	var piece orb.LineString
	for _, p := range clip.LineString(box, chain) {
		if len(p) > len(piece) {
			piece = p
		}
	}
	if len(piece) < 2 {
		return fmt.Errorf("%s: the coastline does not cross the box", coast)
	}
	ring := orb.Ring(append(orb.LineString(nil), piece...))
	te, ts := perimeter(box, piece[len(piece)-1]), perimeter(box, piece[0])
	corners := []orb.Point{box.LeftTop(), {box.Max[0], box.Max[1]}, {box.Max[0], box.Min[1]}, box.Min}
	total := 2 * (box.Max[0] - box.Min[0] + box.Max[1] - box.Min[1])
	dist := func(t float64) float64 { return math.Mod(t-te+total, total) } // clockwise from the exit
	for range 4 {
		best, bi := total, -1
		for i, c := range corners {
			if d := dist(perimeter(box, c)); d > 0 && d < dist(ts) && d < best {
				best, bi = d, i
			}
		}
		if bi < 0 {
			break
		}
		ring = append(ring, corners[bi])
		te = perimeter(box, corners[bi])
	}
	ring = append(ring, piece[0])
	poly := orb.Polygon{ring}
	for _, is := range islands {
		if is.Bound().Intersects(box) && box.Contains(is[0]) {
			poly = append(poly, is)
		}
	}
	data, err := geojson.NewFeatureCollection().Append(geojson.NewFeature(poly)).MarshalJSON()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(out, data, 0o644)
}

// longestChain joins lines that meet end to start and returns the longest
// result.
func longestChain(lines []orb.LineString) orb.LineString {
	used := make([]bool, len(lines))
	var best orb.LineString
	for i := range lines {
		if used[i] {
			continue
		}
		used[i] = true
		c := append(orb.LineString(nil), lines[i]...)
		for grown := true; grown; {
			grown = false
			for j, l := range lines {
				switch {
				case used[j]:
					continue
				case c[len(c)-1] == l[0]:
					c = append(c, l[1:]...)
				case l[len(l)-1] == c[0]:
					c = append(append(orb.LineString(nil), l[:len(l)-1]...), c...)
				default:
					continue
				}
				used[j], grown = true, true
			}
		}
		if len(c) > len(best) {
			best = c
		}
	}
	return best
}

// prolong extends both ends of a line far past the box, in the direction
// the line takes over its last few hundred metres (its very last segments
// may point anywhere).
func prolong(l orb.LineString, box orb.Bound) orb.LineString {
	far := 2 * (box.Max[0] - box.Min[0] + box.Max[1] - box.Min[1])
	const reach = 0.004 // degrees, about 400 m
	ext := func(end orb.Point, pts func(int) orb.Point) orb.Point {
		a := end
		for i := 1; i < len(l); i++ {
			if a = pts(i); math.Hypot(a[0]-end[0], a[1]-end[1]) >= reach {
				break
			}
		}
		dx, dy := end[0]-a[0], end[1]-a[1]
		n := math.Hypot(dx, dy)
		return orb.Point{end[0] + dx/n*far, end[1] + dy/n*far}
	}
	out := orb.LineString{ext(l[0], func(i int) orb.Point { return l[i] })}
	out = append(out, l...)
	return append(out, ext(l[len(l)-1], func(i int) orb.Point { return l[len(l)-1-i] }))
}

// perimeter is the position of a point of the box's edge, measured
// clockwise (north up) from its top-left corner.
func perimeter(box orb.Bound, p orb.Point) float64 {
	w, h := box.Max[0]-box.Min[0], box.Max[1]-box.Min[1]
	const eps = 1e-12
	switch {
	case math.Abs(p[1]-box.Max[1]) < eps && p[0] < box.Max[0]: // top, west to east
		return p[0] - box.Min[0]
	case math.Abs(p[0]-box.Max[0]) < eps && p[1] > box.Min[1]: // right, north to south
		return w + box.Max[1] - p[1]
	case math.Abs(p[1]-box.Min[1]) < eps && p[0] > box.Min[0]: // bottom, east to west
		return w + h + box.Max[0] - p[0]
	}
	return 2*w + h + p[1] - box.Min[1] // left, south to north
}
