package importer

import (
	"fmt"

	"github.com/paulmach/orb"
)

// GeoJSON (RFC 7946, section 3.1) wants two or more positions in a line
// and four or more in a ring, the last equal to the first. Files from
// other tools break this: a GPX track segment of one point, a KML ring
// left open, a polygon of two corners. repair mends what it can and says
// what it did, so that the map and every export hold valid geometry:
//
//   - a line of one position becomes a point;
//   - in a multi line, lines of fewer than two positions are dropped,
//     unless no line is left, when the lone positions become points;
//   - a ring left open with three or more distinct positions is closed;
//     a ring of fewer than three distinct positions is dropped, and with
//     the outer ring the polygon;
//   - members of multi polygons and collections that are left with
//     nothing are dropped.

// repair returns g made valid, and a note for each change. When nothing
// valid is left it returns an error wrapping ErrGeometry instead.
func repair(g orb.Geometry) (orb.Geometry, []string, error) {
	var notes []string
	note := func(format string, args ...any) { notes = append(notes, fmt.Sprintf(format, args...)) }
	out, why := repairIn(g, "", note)
	if out == nil {
		return nil, nil, fmt.Errorf("%w: %s", ErrGeometry, why)
	}
	return out, notes, nil
}

// repairIn repairs g, whose parts are named with the prefix at ("line 2:
// "), and returns the result, or nil and why nothing is left.
func repairIn(g orb.Geometry, at string, note func(string, ...any)) (orb.Geometry, string) {
	switch g := g.(type) {
	case orb.LineString:
		if len(g) == 1 {
			note("%sa line of one position, kept as a point (a line needs two or more)", at)
			return g[0], ""
		}
	case orb.MultiLineString:
		return repairLines(g, at, note)
	case orb.Ring:
		r, why := repairRing(g, at, note)
		if r == nil {
			return nil, why
		}
		return r, ""
	case orb.Polygon:
		p, why := repairPolygon(g, at, note)
		if p == nil {
			return nil, why
		}
		return p, ""
	case orb.MultiPolygon:
		var kept orb.MultiPolygon
		var why string
		for i, poly := range g {
			p, w := repairPolygon(poly, fmt.Sprintf("%spolygon %d: ", at, i+1), note)
			if p == nil {
				why = w
				if len(g) > 1 {
					note("%s; dropped", w)
				}
				continue
			}
			kept = append(kept, p)
		}
		if len(kept) == 0 {
			return nil, why
		}
		return kept, ""
	case orb.Collection:
		var kept orb.Collection
		var why string
		for i, c := range g {
			r, w := repairIn(c, fmt.Sprintf("%sgeometry %d: ", at, i+1), note)
			if r == nil || isEmpty(r) {
				if w == "" {
					w = fmt.Sprintf("%sgeometry %d: empty", at, i+1)
				}
				why = w
				if len(g) > 1 {
					note("%s; dropped", w)
				}
				continue
			}
			kept = append(kept, r)
		}
		if len(kept) == 0 {
			return nil, why
		}
		return kept, ""
	}
	return g, ""
}

// repairLines drops the lines of fewer than two positions from a multi
// line, or turns it into points when no line would be left.
func repairLines(g orb.MultiLineString, at string, note func(string, ...any)) (orb.Geometry, string) {
	kept := make(orb.MultiLineString, 0, len(g))
	var lone orb.MultiPoint
	for _, ls := range g {
		switch {
		case len(ls) >= 2:
			kept = append(kept, ls)
		case len(ls) == 1:
			lone = append(lone, ls[0])
		}
	}
	if len(kept) == len(g) {
		return g, ""
	}
	if len(kept) == 0 && len(lone) > 0 {
		note("%slines of one position only, kept as points (a line needs two or more)", at)
		if len(lone) == 1 {
			return lone[0], ""
		}
		return lone, ""
	}
	for i, ls := range g {
		switch len(ls) {
		case 0:
			note("%sline %d: empty; dropped", at, i+1)
		case 1:
			note("%sline %d: one position; dropped (a line needs two or more)", at, i+1)
		}
	}
	return kept, ""
}

// repairPolygon repairs the rings of a polygon; a polygon whose outer
// ring cannot be repaired is nil.
func repairPolygon(g orb.Polygon, at string, note func(string, ...any)) (orb.Polygon, string) {
	if len(g) == 0 {
		return nil, at + "a polygon without rings"
	}
	outer, why := repairRing(g[0], at+"outer ring: ", note)
	if outer == nil {
		return nil, why
	}
	p := orb.Polygon{outer}
	for i, r := range g[1:] {
		hole, why := repairRing(r, fmt.Sprintf("%sring %d: ", at, i+2), note)
		if hole == nil {
			note("%s; dropped", why)
			continue
		}
		p = append(p, hole)
	}
	return p, ""
}

// repairRing closes an open ring of three or more distinct positions; a
// ring of fewer is nil.
func repairRing(r orb.Ring, at string, note func(string, ...any)) (orb.Ring, string) {
	if distinct(r, 3) < 3 {
		return nil, fmt.Sprintf("%s%d positions, fewer than three distinct (a ring needs four, the last equal to the first)", at, len(r))
	}
	if r[0] != r[len(r)-1] {
		note("%snot closed; closed by repeating its first position", at)
		return append(r[:len(r):len(r)], r[0]), ""
	}
	return r, ""
}

// distinct counts the distinct positions of ps, up to max.
func distinct(ps []orb.Point, max int) int {
	var seen []orb.Point
	for _, p := range ps {
		found := false
		for _, s := range seen {
			if s == p {
				found = true
				break
			}
		}
		if !found {
			if seen = append(seen, p); len(seen) >= max {
				break
			}
		}
	}
	return len(seen)
}
