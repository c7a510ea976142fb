package importer

import (
	"fmt"
	"math"
	"strconv"

	"github.com/paulmach/orb"
)

// checkGeometry returns a problem with g, wrapping ErrGeometry (nil or
// empty geometry) or ErrCoordinate (a position that is not finite or out
// of range), or nil when g can be shown.
func checkGeometry(g orb.Geometry) error {
	if isEmpty(g) {
		if g == nil {
			return fmt.Errorf("%w: none (nothing to place on the map)", ErrGeometry)
		}
		return fmt.Errorf("%w: empty %s", ErrGeometry, g.GeoJSONType())
	}
	n := 0
	var bad error
	walkPoints(g, func(p orb.Point) bool {
		n++
		if err := checkPoint(p); err != nil {
			if _, single := g.(orb.Point); single {
				bad = err
			} else {
				bad = fmt.Errorf("position %d: %w", n, err)
			}
			return false
		}
		return true
	})
	return bad
}

// checkPoint checks one lon/lat position.
func checkPoint(p orb.Point) error {
	lon, lat := p[0], p[1]
	switch {
	case math.IsNaN(lon) || math.IsInf(lon, 0):
		return fmt.Errorf("%w: longitude %s is not a number", ErrCoordinate, num(lon))
	case math.IsNaN(lat) || math.IsInf(lat, 0):
		return fmt.Errorf("%w: latitude %s is not a number", ErrCoordinate, num(lat))
	case lon < -180 || lon > 180 || lat < -90 || lat > 90:
		what := fmt.Sprintf("longitude %s is outside -180..180", num(lon))
		if lon >= -180 && lon <= 180 {
			what = fmt.Sprintf("latitude %s is outside -90..90", num(lat))
		}
		return fmt.Errorf("%w: %s%s", ErrCoordinate, what, rangeHint(lon, lat))
	}
	return nil
}

// num writes a coordinate for a message, without an exponent.
func num(v float64) string {
	if math.Abs(v) < 1e21 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// rangeHint guesses why a position is out of range.
func rangeHint(lon, lat float64) string {
	switch {
	case math.Abs(lon) > 1000 || math.Abs(lat) > 1000:
		return " (projected coordinates in metres? want WGS 84 longitude/latitude in degrees)"
	case lat >= -180 && lat <= 180 && lon >= -90 && lon <= 90:
		return " (longitude and latitude swapped?)"
	}
	return ""
}

// isEmpty reports whether g has no positions at all.
func isEmpty(g orb.Geometry) bool {
	empty := true
	walkPoints(g, func(orb.Point) bool {
		empty = false
		return false
	})
	return empty
}

// walkPoints calls fn for every position of g until fn returns false.
func walkPoints(g orb.Geometry, fn func(orb.Point) bool) bool {
	switch g := g.(type) {
	case orb.Point:
		return fn(g)
	case orb.MultiPoint:
		return walkSlice(g, fn)
	case orb.LineString:
		return walkSlice(g, fn)
	case orb.Ring:
		return walkSlice(g, fn)
	case orb.MultiLineString:
		for _, ls := range g {
			if !walkSlice(ls, fn) {
				return false
			}
		}
	case orb.Polygon:
		for _, r := range g {
			if !walkSlice(r, fn) {
				return false
			}
		}
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, r := range poly {
				if !walkSlice(r, fn) {
					return false
				}
			}
		}
	case orb.Collection:
		for _, c := range g {
			if !walkPoints(c, fn) {
				return false
			}
		}
	case orb.Bound:
		return fn(g.Min) && fn(g.Max)
	}
	return true
}

// walkSlice calls fn for each point of ps until fn returns false.
func walkSlice[S ~[]orb.Point](ps S, fn func(orb.Point) bool) bool {
	for _, p := range ps {
		if !fn(p) {
			return false
		}
	}
	return true
}
