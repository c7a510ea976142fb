package crs

import "github.com/paulmach/orb"

// GeometryToWGS84 converts every position of g from f to WGS 84, in place,
// and returns g. A Point (or a Bound) is a value: use the result. Nothing
// changes when f is WGS 84.
func (f Frame) GeometryToWGS84(g orb.Geometry) orb.Geometry {
	if f == WGS84 {
		return g
	}
	return Apply(g, f.ToWGS84)
}

// GeometryFromWGS84 converts every position of g from WGS 84 to f, in
// place, and returns g, as GeometryToWGS84 does.
func (f Frame) GeometryFromWGS84(g orb.Geometry) orb.Geometry {
	if f == WGS84 {
		return g
	}
	return Apply(g, f.FromWGS84)
}

// Apply replaces every position p of g by fn(p), in place, and returns g
// (the new value for a Point or a Bound). A Bound's corners are mapped
// and the bound re-formed around them.
func Apply(g orb.Geometry, fn func(orb.Point) orb.Point) orb.Geometry {
	switch g := g.(type) {
	case orb.Point:
		return fn(g)
	case orb.MultiPoint:
		points(g, fn)
	case orb.LineString:
		points(g, fn)
	case orb.Ring:
		points(g, fn)
	case orb.MultiLineString:
		for _, l := range g {
			points(l, fn)
		}
	case orb.Polygon:
		for _, r := range g {
			points(r, fn)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for _, r := range p {
				points(r, fn)
			}
		}
	case orb.Collection:
		for i := range g {
			g[i] = Apply(g[i], fn)
		}
	case orb.Bound:
		return orb.MultiPoint{fn(g.Min), fn(g.Max)}.Bound()
	}
	return g
}

// points maps a slice of positions in place.
func points[S ~[]orb.Point](ps S, fn func(orb.Point) orb.Point) {
	for i, p := range ps {
		ps[i] = fn(p)
	}
}
