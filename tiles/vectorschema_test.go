package tiles

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func layersNamed(names ...string) []VectorLayer {
	out := make([]VectorLayer, len(names))
	for i, n := range names {
		out[i] = VectorLayer{ID: n, Fields: map[string]string{}, MinZoom: -1, MaxZoom: -1}
	}
	return out
}

func TestDetectSchema(t *testing.T) {
	legacy, err := os.ReadFile(filepath.Join("testdata", "firenze-legacy-metadata.json"))
	if err != nil {
		t.Fatal(err)
	}
	florence, err := parseVectorMeta(legacy)
	if err != nil {
		t.Fatal(err)
	}
	pmapFields := layersNamed("earth", "roads", "places", "water")
	pmapFields[1].Fields["pmap:kind"] = "String"
	cases := []struct {
		name    string
		layers  []VectorLayer
		meta    vectorMeta
		kind    SchemaKind
		str     string
		missing []string
		unknown []string
	}{
		{"OpenMapTiles, all layers", layersNamed(omtLayers...), vectorMeta{}, SchemaOpenMapTiles, "OpenMapTiles", nil, nil},
		{"OpenMapTiles, a city tile", layersNamed("building", "landuse", "place", "poi", "transportation", "transportation_name", "water"),
			vectorMeta{}, SchemaOpenMapTiles, "OpenMapTiles",
			[]string{"aerodrome_label", "aeroway", "boundary", "housenumber", "landcover", "mountain_peak", "park", "water_name", "waterway"}, nil},
		{"OpenMapTiles plus a layer of its own", layersNamed(append([]string{"contour"}, omtLayers...)...), vectorMeta{}, SchemaOpenMapTiles, "OpenMapTiles", nil, []string{"contour"}},
		{"Protomaps v4", layersNamed(pmLayers...), vectorMeta{Name: "Protomaps Basemap", Version: "4.13.4"}, SchemaProtomapsV4, "Protomaps v4", nil, nil},
		{"Protomaps v4 without transit", layersNamed("boundaries", "buildings", "earth", "landcover", "landuse", "places", "pois", "roads", "water"),
			vectorMeta{}, SchemaProtomapsV4, "Protomaps v4", []string{"transit"}, nil},
		{"Protomaps legacy (Florence)", florence.Layers, florence, SchemaUnknown,
			"unknown schema (the Protomaps basemap's legacy schema (pmap:kind, before v4)): layers boundaries, buildings, earth, land, mask, natural, physical_line, physical_point, places, pois, roads, transit, water", nil, nil},
		{"Protomaps v3 by its version", layersNamed(pmLayers...), vectorMeta{Name: "Protomaps Basemap", Version: "3.7.1"}, SchemaUnknown,
			"unknown schema (the Protomaps basemap's legacy schema (pmap:kind, before v4)): layers boundaries, buildings, earth, landcover, landuse, places, pois, roads, transit, water", nil, nil},
		{"Protomaps layers with pmap:kind", pmapFields, vectorMeta{}, SchemaUnknown,
			"unknown schema (the Protomaps basemap's legacy schema (pmap:kind, before v4)): layers earth, places, roads, water", nil, nil},
		{"Mapbox Streets", layersNamed("admin", "building", "landuse", "place_label", "poi_label", "road", "road_label", "water", "waterway"),
			vectorMeta{}, SchemaUnknown, "unknown schema (Mapbox Streets): layers admin, building, landuse, place_label, poi_label, road, road_label, water, waterway", nil, nil},
		{"both schemas", layersNamed("earth", "roads", "transportation", "place"), vectorMeta{}, SchemaUnknown,
			"unknown schema (layers of both OpenMapTiles and Protomaps): layers earth, place, roads, transportation", nil, nil},
		{"water only", layersNamed("water", "building"), vectorMeta{}, SchemaUnknown, "unknown schema: layers building, water", nil, nil},
		{"nothing", nil, vectorMeta{}, SchemaUnknown, "unknown schema: no layers found", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := detectSchema(c.layers, c.meta)
			if s.Kind != c.kind || s.String() != c.str {
				t.Errorf("got %v %q, want %v %q", s.Kind, s.String(), c.kind, c.str)
			}
			if !reflect.DeepEqual(s.Missing, c.missing) || !reflect.DeepEqual(s.Unknown, c.unknown) {
				t.Errorf("missing %q unknown %q, want %q %q", s.Missing, s.Unknown, c.missing, c.unknown)
			}
			if err := s.Err(); (err == nil) != (c.kind != SchemaUnknown) || err != nil && !errors.Is(err, ErrUnknownSchema) {
				t.Errorf("Err %v", err)
			}
			if c.kind == SchemaUnknown && s.Credits() != "" {
				t.Errorf("credits %q for an unknown schema", s.Credits())
			}
		})
	}
}

func TestParseVectorMeta(t *testing.T) {
	cases := []struct {
		name, json string
		layers     int
		err        string
	}{
		{"planetiler", `{"name":"OpenMapTiles","version":"3.15.0","vector_layers":[{"id":"water","fields":{"class":"String"},"minzoom":0,"maxzoom":14},{"id":"place","fields":{"name":"String","rank":"Number"},"minzoom":2.0}]}`, 2, ""},
		{"no layers", `{"name":"x"}`, 0, ""},
		{"fields described by objects", `{"vector_layers":[{"id":"water","fields":{"class":{"description":"d"}}}]}`, 1, ""},
		{"not JSON", `{"vector_layers":[`, 0, "metadata json: unexpected EOF"},
		{"layer without id", `{"vector_layers":[{"fields":{}},{"id":"water"}]}`, 1, "vector_layers[0]: id <nil> is not a layer name"},
		{"layer twice", `{"vector_layers":[{"id":"water"},{"id":"water"}]}`, 1, `vector_layers[1]: layer "water" listed twice`},
		{"bad zoom", `{"vector_layers":[{"id":"water","minzoom":-3},{"id":"roads","maxzoom":1.5}]}`, 0, `layer "water": minzoom: -3 is not a zoom 0–30`},
		{"layers not a list", `{"vector_layers":{"id":"water"}}`, 0, "metadata json: json: cannot unmarshal"},
		{"too many layers", `{"vector_layers":[` + strings.Repeat(`{"id":"x"},`, MaxVectorMetaLayers) + `{"id":"y"}]}`, 0, "over the cap of 256"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := parseVectorMeta([]byte(c.json))
			if len(m.Layers) != c.layers {
				t.Errorf("%d layers, want %d", len(m.Layers), c.layers)
			}
			if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
				t.Errorf("error %v, want %q", err, c.err)
			}
		})
	}
}
