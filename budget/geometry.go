package budget

import "github.com/paulmach/orb"

// Positions counts the positions of g against the Vertices budget: one for
// a point, every position of its lines, rings and shapes, and those of the
// parts of a multi-geometry or collection.
func Positions(g orb.Geometry) int {
	switch g := g.(type) {
	case orb.Point:
		return 1
	case orb.MultiPoint:
		return len(g)
	case orb.LineString:
		return len(g)
	case orb.Ring:
		return len(g)
	case orb.MultiLineString:
		n := 0
		for _, l := range g {
			n += len(l)
		}
		return n
	case orb.Polygon:
		n := 0
		for _, r := range g {
			n += len(r)
		}
		return n
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			n += Positions(p)
		}
		return n
	case orb.Collection:
		n := 0
		for _, c := range g {
			n += Positions(c)
		}
		return n
	}
	return 0
}
