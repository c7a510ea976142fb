package tiles

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// SchemaKind is a basemap schema the map has a style for.
type SchemaKind int

// The schemas told apart by DetectSchema.
const (
	SchemaUnknown SchemaKind = iota
	// SchemaOpenMapTiles: openmaptiles.org/schema (MapTiler, planetiler's
	// default profile, tilemaker's OpenMapTiles configuration).
	SchemaOpenMapTiles
	// SchemaProtomapsV4: the Protomaps basemap, schema version 4
	// (docs.protomaps.com/basemaps/layers; github.com/protomaps/basemaps).
	SchemaProtomapsV4
)

// ErrUnknownSchema: the file's layers are not of a schema the map styles.
var ErrUnknownSchema = errors.New("unknown schema")

// Schema is what DetectSchema made of a tileset's layers.
type Schema struct {
	Kind SchemaKind
	// Name is the schema's name for the layer panel: "OpenMapTiles",
	// "Protomaps v4"; "" when unknown.
	Name string
	// Layers are the layer names found, sorted; Unknown are those the
	// schema does not have (no style rule draws them) and Missing the
	// schema's layers the file lacks.
	Layers, Unknown, Missing []string
	// Hint says what an unknown schema looks like, when that can be told:
	// "the Protomaps basemap's legacy schema (pmap:kind, before v4)",
	// "Mapbox Streets". Empty otherwise.
	Hint string
	// From says where the layer names were read: "vector_layers" (the
	// metadata) or "tile Z/X/Y" (one tile, when the metadata has none).
	From string
}

// String returns the schema's name, or a sentence naming what was found.
func (s Schema) String() string {
	if s.Kind != SchemaUnknown {
		return s.Name
	}
	if len(s.Layers) == 0 {
		return "unknown schema: no layers found"
	}
	what := "unknown schema"
	if s.Hint != "" {
		what += " (" + s.Hint + ")"
	}
	return fmt.Sprintf("%s: layers %s", what, strings.Join(s.Layers, ", "))
}

// Err returns nil for a known schema and an ErrUnknownSchema naming what
// was found otherwise.
func (s Schema) Err() error {
	if s.Kind != SchemaUnknown {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrUnknownSchema, strings.TrimPrefix(s.String(), "unknown schema: "))
}

// Credits returns the credits the schema's tiles call for when the file
// says none: OpenMapTiles asks for "© OpenMapTiles © OpenStreetMap
// contributors" (openmaptiles.org/docs, the schema's licence), a Protomaps
// basemap for "© OpenStreetMap". "" for an unknown schema.
func (s Schema) Credits() string {
	switch s.Kind {
	case SchemaOpenMapTiles:
		return "© OpenMapTiles © OpenStreetMap contributors"
	case SchemaProtomapsV4:
		return "© OpenStreetMap"
	}
	return ""
}

// The layers of each schema. OpenMapTiles 3.x: openmaptiles.yaml of
// github.com/openmaptiles/openmaptiles; Protomaps 4.x: Basemap.java of
// github.com/protomaps/basemaps (tiles 4.x).
var (
	omtLayers = []string{"aerodrome_label", "aeroway", "boundary", "building", "housenumber", "landcover",
		"landuse", "mountain_peak", "park", "place", "poi", "transportation", "transportation_name",
		"water", "water_name", "waterway"}
	pmLayers = []string{"boundaries", "buildings", "earth", "landcover", "landuse", "places", "pois",
		"roads", "transit", "water"}

	// Layers only one schema has: two of them tell it.
	omtOwn = []string{"aerodrome_label", "boundary", "housenumber", "mountain_peak", "park", "place",
		"poi", "transportation", "transportation_name", "water_name"}
	pmOwn = []string{"boundaries", "buildings", "earth", "places", "pois", "roads", "transit"}

	// Layers of Protomaps schemas before v4 (v4 folded them into earth,
	// landuse, water and pois and dropped the pmap: prefix of kind).
	pmLegacy = []string{"land", "mask", "natural", "physical_line", "physical_point"}
	// Layers of Mapbox Streets v7 and v8.
	mapboxOwn = []string{"admin", "airport_label", "barrier_line", "country_label", "housenum_label",
		"landuse_overlay", "marine_label", "motorway_junction", "natural_label", "place_label",
		"poi_label", "rail_station_label", "road", "road_label", "state_label", "structure",
		"transit_stop_label", "water_label", "waterway_label"}
)

// DetectSchema tells the schema from a tileset's layers: their names and,
// where the metadata lists them, their fields.
func DetectSchema(layers []VectorLayer) Schema {
	return detectSchema(layers, vectorMeta{})
}

// detectSchema also weighs the metadata's name and version: a Protomaps
// build says "Protomaps Basemap" and its version.
func detectSchema(layers []VectorLayer, m vectorMeta) Schema {
	s := Schema{Layers: layerIDs(layers), From: "vector_layers"}
	pmap := false
	for _, l := range layers {
		for f := range l.Fields {
			pmap = pmap || strings.HasPrefix(f, "pmap:")
		}
	}
	omt, pm := count(s.Layers, omtOwn), count(s.Layers, pmOwn)
	legacy := count(s.Layers, pmLegacy) > 0 || pmap || isOldProtomaps(m)
	switch {
	case pm >= 2 && omt >= 2:
		s.Hint = "layers of both OpenMapTiles and Protomaps"
	case pm >= 2 && legacy:
		s.Hint = "the Protomaps basemap's legacy schema (pmap:kind, before v4)"
	case pm >= 2:
		s.Kind, s.Name = SchemaProtomapsV4, "Protomaps v4"
		s.Unknown, s.Missing = diff(s.Layers, pmLayers), diff(pmLayers, s.Layers)
	case omt >= 2 && count(s.Layers, mapboxOwn) < 2:
		s.Kind, s.Name = SchemaOpenMapTiles, "OpenMapTiles"
		s.Unknown, s.Missing = diff(s.Layers, omtLayers), diff(omtLayers, s.Layers)
	case count(s.Layers, mapboxOwn) >= 2:
		s.Hint = "Mapbox Streets"
	case legacy:
		s.Hint = "the Protomaps basemap's legacy schema (pmap:kind, before v4)"
	}
	return s
}

// isOldProtomaps reports a Protomaps build whose version is before 4.
func isOldProtomaps(m vectorMeta) bool {
	name := strings.ToLower(m.Name)
	if !strings.HasPrefix(name, "protomaps") || m.Version == "" {
		return false
	}
	major, _, _ := strings.Cut(strings.TrimPrefix(m.Version, "v"), ".")
	return major != "" && major < "4" && len(major) == 1
}

func count(have, of []string) int {
	n := 0
	for _, x := range of {
		if slices.Contains(have, x) {
			n++
		}
	}
	return n
}

// diff returns the names of a not in b, sorted.
func diff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}
