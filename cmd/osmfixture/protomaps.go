package main

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"

	"ningbomap/atomicfile"
)

// protomaps rewrites an OpenMapTiles tile in the Protomaps basemap schema
// v4 (docs.protomaps.com/basemaps/layers) and writes it gzipped. The
// geometry is the tile's own; layers, kinds and properties are renamed
// after the schema. Two things the OpenMapTiles tile does not have are
// made: the earth layer is the whole tile (the tile's water lies over
// it), and roads carry the name of the transportation_name line that
// shares most of their points, as Protomaps roads carry their names.
func protomaps(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	layers, err := mvt.UnmarshalGzipped(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	ext := float64(mvt.DefaultExtent)
	pm := map[string]*geojson.FeatureCollection{}
	add := func(layer string, g orb.Geometry, props geojson.Properties) {
		if pm[layer] == nil {
			pm[layer] = geojson.NewFeatureCollection()
		}
		f := geojson.NewFeature(g)
		f.Properties = props
		pm[layer].Append(f)
	}
	add("earth", orb.Polygon{{{-64, -64}, {ext + 64, -64}, {ext + 64, ext + 64}, {-64, ext + 64}, {-64, -64}}},
		geojson.Properties{"kind": "earth"})
	roadNames := map[orb.Point]geojson.Properties{}
	for _, l := range layers {
		if l.Name != "transportation_name" {
			continue
		}
		for _, f := range l.Features {
			forPoints(f.Geometry, func(p orb.Point) { roadNames[p] = names(f.Properties) })
		}
	}
	for _, l := range layers {
		for _, f := range l.Features {
			p := f.Properties
			class, _ := p["class"].(string)
			sub, _ := p["subclass"].(string)
			switch l.Name {
			case "water":
				kind := "water"
				switch class {
				case "ocean", "lake":
					kind = class
				}
				add("water", f.Geometry, geojson.Properties{"kind": kind, "kind_detail": class})
			case "waterway":
				add("water", f.Geometry, with(names(p), "kind", class))
			case "water_name":
				add("water", f.Geometry, with(names(p), "kind", class))
			case "landcover":
				kind := class
				if sub != "" {
					kind = sub
				}
				add("landuse", f.Geometry, geojson.Properties{"kind": kind})
			case "landuse":
				add("landuse", f.Geometry, geojson.Properties{"kind": class})
			case "aeroway":
				add("landuse", f.Geometry, geojson.Properties{"kind": class})
			case "building":
				add("buildings", f.Geometry, geojson.Properties{"kind": "building", "height": p["render_height"]})
			case "transportation":
				if props, ok := pmRoad(f, roadNames); ok {
					add("roads", f.Geometry, props)
				}
			case "place":
				if props, ok := pmPlace(p); ok {
					add("places", f.Geometry, props)
				}
			case "poi":
				add("pois", f.Geometry, with(names(p), "kind", sub))
			case "boundary":
				add("boundaries", f.Geometry, geojson.Properties{"kind": "region", "kind_detail": p["admin_level"]})
			}
		}
	}
	var ls mvt.Layers
	for _, name := range slices.Sorted(maps.Keys(pm)) {
		ls = append(ls, mvt.NewLayer(name, pm[name]))
	}
	data, err := mvt.MarshalGzipped(ls)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(out, data, 0o644)
}

// names keeps the name properties.
func names(p geojson.Properties) geojson.Properties {
	out := geojson.Properties{}
	for k, v := range p {
		if k == "name" || strings.HasPrefix(k, "name:") || k == "name_en" {
			out[k] = v
		}
	}
	return out
}

// with returns p with key set to v.
func with(p geojson.Properties, key string, v any) geojson.Properties {
	p[key] = v
	return p
}

// pmRoad is the roads feature of a transportation feature.
func pmRoad(f *geojson.Feature, roadNames map[orb.Point]geojson.Properties) (geojson.Properties, bool) {
	p := f.Properties
	class, _ := p["class"].(string)
	sub, _ := p["subclass"].(string)
	var kind, detail string
	switch class {
	case "motorway":
		kind, detail = "highway", "motorway"
	case "trunk", "primary", "secondary", "tertiary":
		kind, detail = "major_road", class
	case "minor", "busway":
		kind, detail = "minor_road", "residential"
	case "service":
		kind, detail = "minor_road", "service"
	case "track":
		kind, detail = "path", "track"
	case "path":
		kind, detail = "path", sub
	case "rail", "transit":
		kind, detail = "rail", sub
	case "light_rail", "subway", "tram", "narrow_gauge", "monorail", "funicular", "preserved":
		kind, detail = "rail", class // tilemaker writes the railway tag as the class
	case "ferry":
		kind = "ferry"
	default:
		return nil, false
	}
	if _, ok := f.Geometry.(orb.Polygon); ok {
		return nil, false
	}
	out := geojson.Properties{"kind": kind}
	if detail != "" {
		out["kind_detail"] = detail
	}
	if r, _ := p["ramp"].(float64); r == 1 {
		out["is_link"] = true
		out["kind_detail"] = detail + "_link"
	}
	if sv, _ := p["service"].(string); sv != "" {
		out["service"] = sv
	}
	switch p["brunnel"] {
	case "bridge":
		out["is_bridge"] = true
	case "tunnel":
		out["is_tunnel"] = true
	}
	// The name of the named line sharing most of the road's points.
	votes := map[string]int{}
	var byName = map[string]geojson.Properties{}
	total := 0
	forPoints(f.Geometry, func(q orb.Point) {
		total++
		if n, ok := roadNames[q]; ok {
			if s, _ := n["name"].(string); s != "" {
				votes[s]++
				byName[s] = n
			}
		}
	})
	best, bestN := "", 0
	for s, n := range votes {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	if best != "" && 2*bestN >= total {
		for k, v := range byName[best] {
			out[k] = v
		}
	}
	return out, true
}

// pmPlace is the places feature of an OpenMapTiles place.
func pmPlace(p geojson.Properties) (geojson.Properties, bool) {
	class, _ := p["class"].(string)
	kind, minZoom, rank := "locality", 0, 0
	switch class {
	case "city":
		minZoom, rank = 4, 11
	case "town":
		minZoom, rank = 8, 9
	case "village":
		minZoom, rank = 11, 6
	case "hamlet", "isolated_dwelling", "locality":
		minZoom, rank = 13, 4
	case "suburb", "quarter":
		kind, minZoom, rank = "macrohood", 11, 0
	case "neighbourhood":
		kind, minZoom, rank = "neighbourhood", 13, 0
	default:
		return nil, false
	}
	out := names(p)
	out["kind"], out["kind_detail"], out["min_zoom"], out["population_rank"] = kind, class, minZoom, rank
	return out, true
}

// forPoints calls fn for each point of a line geometry.
func forPoints(g orb.Geometry, fn func(orb.Point)) {
	switch g := g.(type) {
	case orb.LineString:
		for _, p := range g {
			fn(p)
		}
	case orb.MultiLineString:
		for _, l := range g {
			for _, p := range l {
				fn(p)
			}
		}
	}
}
