package data

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// District is one of Ningbo's ten county-level divisions. Datasets loaded
// from the same binary share the geometry: treat it as read-only.
type District struct {
	Code     string // GB/T 2260, e.g. "330213"
	Name     Text
	Geometry orb.MultiPolygon
	Label    orb.Point // inside the polygon (pole of inaccessibility)
	City     Text      // for a neighbour, the city it belongs to; empty for Ningbo's own
}

// Contains reports whether p lies inside the district (borders included).
func (d *District) Contains(p orb.Point) bool {
	return planar.MultiPolygonContains(d.Geometry, p)
}

// NingboBound is a box around all of Ningbo, islands included; every place
// must lie inside it.
var NingboBound = orb.Bound{Min: orb.Point{120.8, 28.8}, Max: orb.Point{122.4, 30.6}}

// districtProps are the properties of a basemap feature.
type districtProps struct {
	Code  string     `json:"code"`
	Name  Text       `json:"name"`
	Label [2]float64 `json:"label"`
	City  Text       `json:"city"`
}

// parseBasemap decodes the district basemap written by basemapgen.
func parseBasemap(file string, b []byte) ([]District, []error) {
	var errs []error
	var fc geojson.FeatureCollectionOf[json.RawMessage]
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, []error{&FeatureError{File: file, Err: fmt.Errorf("%w GeoJSON: %w", ErrInvalid, err)}}
	}
	var out []District
	for i, f := range fc.Features {
		r := report{file: file, index: i + 1, errs: &errs}
		var p districtProps
		if err := json.Unmarshal(f.Properties, &p); err != nil {
			r.add("properties", fmt.Errorf("%w: %w", ErrInvalid, err))
			continue
		}
		r.id = p.Code
		d := District{Code: p.Code, Name: p.Name, Label: orb.Point(p.Label), City: p.City}
		switch g := f.Geometry.(type) {
		case orb.MultiPolygon:
			d.Geometry = g
		case orb.Polygon:
			d.Geometry = orb.MultiPolygon{g}
		default:
			r.addf("geometry", "%w: want Polygon or MultiPolygon, got %s", ErrInvalid, geometryType(f.Geometry))
			continue
		}
		if !polygonsUsable(d.Geometry) {
			r.addf("geometry", "%w: a ring has fewer than 4 points or a coordinate is not finite", ErrInvalid)
			continue
		}
		if p.Code == "" {
			r.add("code", ErrMissing)
		}
		if m := p.Name.missing(); m != "" {
			r.add("name", &LangError{Langs: m})
		}
		if !d.Contains(d.Label) {
			r.addf("label", "%w: %v lies outside the district", ErrOutside, d.Label)
		}
		out = append(out, d)
	}
	return out, errs
}

// polygonsUsable reports whether every ring has at least four finite points.
func polygonsUsable(mp orb.MultiPolygon) bool {
	if len(mp) == 0 {
		return false
	}
	for _, p := range mp {
		if len(p) == 0 {
			return false
		}
		for _, r := range p {
			if len(r) < 4 {
				return false
			}
			for _, q := range r {
				if !finite(q) {
					return false
				}
			}
		}
	}
	return true
}

// finite reports whether both coordinates of p are finite numbers.
func finite(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsInf(p[0], 0) && !math.IsNaN(p[1]) && !math.IsInf(p[1], 0)
}

// geometryType names a geometry for messages.
func geometryType(g orb.Geometry) string {
	if g == nil {
		return "none"
	}
	return g.GeoJSONType()
}
