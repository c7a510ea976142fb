package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/data"
)

// labelPrecision is the polylabel search precision in degrees (≈ 10 m).
const labelPrecision = 1e-4

// result is one district ready to be written.
type result struct {
	district
	city        text // the city of a neighbour; empty for Ningbo's own
	geom        orb.MultiPolygon
	label       orb.Point
	polysBefore int
	before      int // vertices in the source
	after       int // vertices written
}

// sourceProps are the properties the source file carries.
type sourceProps struct {
	Name string `json:"name"`
}

// build decodes the source collection and returns the ten districts sorted by
// code.
func build(src []byte) ([]result, error) {
	var fc geojson.FeatureCollectionOf[sourceProps]
	if err := json.Unmarshal(src, &fc); err != nil {
		return nil, fmt.Errorf("decode source: %w", err)
	}
	seen := map[string]bool{}
	var out []result
	for i, f := range fc.Features {
		d, err := lookup(f.Properties.Name, data.FeatureID(f.ID))
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i+1, err)
		}
		if seen[d.code] {
			return nil, fmt.Errorf("feature %d: district %s appears twice", i+1, d.code)
		}
		seen[d.code] = true

		r, err := cleanResult(d, f.Geometry)
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i+1, err)
		}
		out = append(out, r)
	}
	if len(out) != len(districts) {
		return nil, fmt.Errorf("found %d districts, want %d", len(out), len(districts))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

// roundPoint rounds both coordinates to 1/factor.
func roundPoint(p orb.Point, factor float64) orb.Point {
	return orb.Point{math.Round(p[0]*factor) / factor, math.Round(p[1]*factor) / factor}
}
