package export

import (
	"fmt"

	"github.com/paulmach/orb"
)

// validGeometry returns why g cannot be written as GeoJSON (RFC 7946,
// section 3.1), or nil: a line needs two or more positions, a ring four
// or more with the last equal to the first. The importer repairs what it
// reads (importer.Load reports each change), so an imported layer always
// passes; this guards GeoJSON against geometry built any other way.
func validGeometry(g orb.Geometry) error {
	switch g := g.(type) {
	case orb.LineString:
		return validLine(g)
	case orb.MultiLineString:
		for i, ls := range g {
			if err := validLine(ls); err != nil {
				return fmt.Errorf("line %d: %w", i+1, err)
			}
		}
	case orb.Ring:
		return validRing(g)
	case orb.Polygon:
		return validPolygon(g)
	case orb.MultiPolygon:
		for i, p := range g {
			if err := validPolygon(p); err != nil {
				return fmt.Errorf("polygon %d: %w", i+1, err)
			}
		}
	case orb.Collection:
		for i, c := range g {
			if err := validGeometry(c); err != nil {
				return fmt.Errorf("geometry %d: %w", i+1, err)
			}
		}
	}
	return nil
}

// validLine checks that a line has two or more positions.
func validLine(ls orb.LineString) error {
	if len(ls) < 2 {
		return fmt.Errorf("a line of %d position(s); GeoJSON needs two or more", len(ls))
	}
	return nil
}

// validPolygon checks every ring of a polygon.
func validPolygon(p orb.Polygon) error {
	for i, r := range p {
		if err := validRing(r); err != nil {
			return fmt.Errorf("ring %d: %w", i+1, err)
		}
	}
	return nil
}

// validRing checks that a ring has four or more positions and is closed.
func validRing(r orb.Ring) error {
	switch {
	case len(r) < 4:
		return fmt.Errorf("a ring of %d position(s); GeoJSON needs four or more", len(r))
	case r[0] != r[len(r)-1]:
		return fmt.Errorf("a ring that is not closed; GeoJSON needs the last position equal to the first")
	}
	return nil
}
