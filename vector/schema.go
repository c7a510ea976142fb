package vector

import "github.com/paulmach/orb/encoding/mvt"

// Schema is the scheme of layer and property names a vector tile set
// follows. The reading side detects it from the file's metadata
// (vector_layers); DetectSchema guesses it from a tile's own layers.
type Schema uint8

// The schemas the style knows.
const (
	SchemaUnknown Schema = iota
	// OpenMapTiles is the schema of MapTiler, planetiler and tilemaker:
	// layers water, waterway, landcover, landuse, park, transportation,
	// transportation_name, building, place, water_name …, with class.
	OpenMapTiles
	// Protomaps is the Protomaps basemap schema, version 4: layers earth,
	// water, landcover, landuse, roads, buildings, places …, with kind and
	// kind_detail.
	Protomaps
)

// String names the schema as a user reads it.
func (s Schema) String() string {
	switch s {
	case OpenMapTiles:
		return "OpenMapTiles"
	case Protomaps:
		return "Protomaps v4"
	}
	return "unknown"
}

// DetectSchema guesses the schema from the names of a tile's layers: the
// one with more of its own layers present, SchemaUnknown when neither has
// any.
func DetectSchema(layers mvt.Layers) Schema {
	omt, pm := 0, 0
	for _, l := range layers {
		switch l.Name {
		case "transportation", "transportation_name", "building", "place", "water_name", "waterway", "park", "aeroway", "mountain_peak", "housenumber", "aerodrome_label", "poi", "boundary":
			omt++
		case "earth", "roads", "buildings", "places", "pois", "boundaries", "transit",
			"natural", "physical_line", "physical_point", "mask": // the last four: Protomaps' earlier schema
			pm++
		}
	}
	switch {
	case omt == 0 && pm == 0:
		return SchemaUnknown
	case pm > omt:
		return Protomaps
	}
	return OpenMapTiles
}
