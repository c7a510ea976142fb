package importer

import (
	"testing"

	"github.com/paulmach/orb"
)

// geometryFrom builds a geometry from fuzz bytes: the first byte picks
// the type, the next ones the lengths of parts, and the rest positions on
// a small grid (so that repeated and closing positions are common).
func geometryFrom(data []byte) orb.Geometry {
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := int(data[0])
		data = data[1:]
		return b
	}
	points := func(n int) []orb.Point {
		ps := make([]orb.Point, 0, n)
		for range n {
			ps = append(ps, orb.Point{float64(next() % 4), float64(next() % 4)})
		}
		return ps
	}
	kind := next() % 6
	parts := 1 + next()%3
	var g orb.Geometry
	switch kind {
	case 0:
		g = orb.LineString(points(next() % 4))
	case 1:
		var mls orb.MultiLineString
		for range parts {
			mls = append(mls, points(next()%4))
		}
		g = mls
	case 2, 3:
		var p orb.Polygon
		for range parts {
			p = append(p, points(next()%6))
		}
		if kind == 2 {
			g = p
		} else {
			g = orb.MultiPolygon{p, orb.Polygon{points(next() % 6)}}
		}
	case 4:
		g = orb.Collection{orb.LineString(points(next() % 3)), orb.Polygon{points(next() % 5)}}
	default:
		g = orb.Ring(points(next() % 6))
	}
	return g
}

// FuzzRepair checks that repair returns valid GeoJSON geometry or an
// error, and only positions of its input.
func FuzzRepair(f *testing.F) {
	for _, s := range []string{"\x00\x00\x01\x01\x02", "\x01\x02\x02\x01\x01", "\x02\x00\x03\x01\x01\x02\x02\x03\x03",
		"\x03\x00\x04\x00\x00\x01\x00\x01\x01\x00\x00", "\x04\x00\x01\x05\x05\x00\x00\x01\x01\x02\x02"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in := geometryFrom(data)
		if checkGeometry(in) != nil {
			return // keep only repairs what checkGeometry lets through
		}
		out, notes, err := repair(in)
		if err != nil {
			if out != nil || notes != nil {
				t.Fatalf("an error with a result: %v, %v", out, notes)
			}
			return
		}
		if verr := rfc7946(out); verr != nil {
			t.Fatalf("repair(%v) = %v: %v", in, out, verr)
		}
		if isEmpty(out) {
			t.Fatalf("repair(%v) left nothing without an error", in)
		}
		seen := map[orb.Point]bool{}
		walkPoints(in, func(p orb.Point) bool { seen[p] = true; return true })
		walkPoints(out, func(p orb.Point) bool {
			if !seen[p] {
				t.Fatalf("repair(%v) = %v made up %v", in, out, p)
			}
			return true
		})
	})
}
