package vector

import (
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/geo"
)

// pmLayers reads the layers of the Protomaps basemap schema, version 4
// (docs.protomaps.com/basemaps/layers): kind and kind_detail say what a
// feature is; roads have is_bridge, is_tunnel and is_link.
//
// Tiles of Protomaps' earlier schema (pmap:kind, pmap:level, the raw OSM
// tags, and the layers natural, physical_line and transit) are read too.
var pmLayers = map[string]func(*builder, *geojson.Feature){
	"earth":     func(b *builder, f *geojson.Feature) { b.area(aEarth, f.Geometry) },
	"water":     pmWater,
	"landcover": pmLandcover,
	"landuse":   pmLanduse,
	"roads":     pmRoads,
	"buildings": pmBuildings,
	"places":    pmPlaces,
	// the earlier schema's
	"natural":        pmLanduse,
	"physical_line":  pmWater,
	"physical_point": pmWater,
	"transit":        pmRoads,
}

// kindOf is a feature's kind, or pmap:kind in the earlier schema.
func kindOf(f *geojson.Feature) string {
	if k := str(f, "kind"); k != "" {
		return k
	}
	return str(f, "pmap:kind")
}

// detailOf is a feature's kind_detail, or in the earlier schema the OSM
// tag its kind was made from.
func detailOf(f *geojson.Feature, tag string) string {
	if k := str(f, "kind_detail"); k != "" {
		return k
	}
	if k := str(f, "pmap:kind_detail"); k != "" {
		return k
	}
	return str(f, tag)
}

func pmWater(b *builder, f *geojson.Feature) {
	switch f.Geometry.(type) {
	case orb.Point, orb.MultiPoint:
		b.waterName(f)
	case orb.LineString, orb.MultiLineString:
		switch pmWaterKind(f) {
		case "river", "canal":
			b.line(lRiver, f.Geometry)
			b.waterName(f)
		default: // stream, ditch, drain
			b.line(lStream, f.Geometry)
		}
	default:
		if str(f, "tunnel") != "yes" {
			b.area(aWater, f.Geometry)
		}
	}
}

// pmWaterKind is what a water line is: its kind, or its kind_detail (the
// earlier schema's waterway tag) where the kind only says water.
func pmWaterKind(f *geojson.Feature) string {
	switch k := kindOf(f); k {
	case "water", "waterway", "":
		return detailOf(f, "waterway")
	default:
		return k
	}
}

// pmLandcovers are the sets of the low-zoom landcover kinds.
var pmLandcovers = map[string]set{
	"farmland": aFarmland, "forest": aWood, "grassland": aGrass, "scrub": aGrass,
	"barren": aSand, "urban_area": aResidential,
}

func pmLandcover(b *builder, f *geojson.Feature) {
	if s, ok := pmLandcovers[str(f, "kind")]; ok {
		b.area(s, f.Geometry)
	}
}

// pmLanduses are the sets of landuse kinds.
var pmLanduses = map[string]set{
	"park": aPark, "garden": aPark, "golf_course": aPark, "national_park": aPark, "nature_reserve": aPark,
	"protected_area": aPark, "playground": aPark, "recreation_ground": aPark, "dog_park": aPark,
	"village_green": aPark, "allotments": aPark, "zoo": aPark, "camp_site": aPark,
	"wood": aWood, "forest": aWood,
	"grass": aGrass, "meadow": aGrass, "scrub": aGrass, "grassland": aGrass,
	"farmland": aFarmland, "farmyard": aFarmland, "orchard": aFarmland,
	"residential": aResidential, "neighbourhood": aResidential,
	"commercial": aCommercial, "retail": aCommercial,
	"industrial": aIndustrial, "railway": aIndustrial, "military": aIndustrial, "naval_base": aIndustrial,
	"quarry": aIndustrial,
	"school": aInstitution, "college": aInstitution, "university": aInstitution, "kindergarten": aInstitution,
	"hospital": aInstitution, "library": aInstitution, "townhall": aInstitution,
	"cemetery": aCemetery, "pitch": aPitch, "stadium": aPitch,
	"beach": aSand, "sand": aSand, "bare_rock": aSand, "wetland": aWetland,
	"aerodrome": aAerodrome, "airfield": aAerodrome, "runway": aRunway, "taxiway": aRunway,
	"pier": aPier,
}

func pmLanduse(b *builder, f *geojson.Feature) {
	if s, ok := pmLanduses[kindOf(f)]; ok {
		b.area(s, f.Geometry)
		return
	}
	for _, tag := range []string{"landuse", "leisure", "natural", "amenity"} { // the earlier schema's tags
		if s, ok := pmLanduses[str(f, tag)]; ok {
			b.area(s, f.Geometry)
			return
		}
	}
}

// pmRoadClass is the road class of a roads feature, false for kinds the
// style leaves out.
func pmRoadClass(f *geojson.Feature) (int, bool) {
	detail := detailOf(f, "highway")
	switch kindOf(f) {
	case "highway":
		return rcMotorway, true
	case "major_road":
		switch detail {
		case "secondary", "secondary_link", "tertiary", "tertiary_link":
			return rcMedium, true
		}
		return rcMajor, true
	case "medium_road": // the earlier schema's
		return rcMedium, true
	case "minor_road":
		if detail == "service" {
			return rcService, true
		}
		return rcMinor, true
	case "path":
		if detail == "pedestrian" {
			return rcMinor, true
		}
		return rcPath, true
	case "other": // the earlier schema's: by the highway tag
		switch detail {
		case "pedestrian", "living_street":
			return rcMinor, true
		case "service", "unclassified", "road":
			return rcService, true
		}
		return rcPath, true
	case "rail", "railway":
		return rcRail, true
	}
	return 0, false
}

func pmRoads(b *builder, f *geojson.Feature) {
	switch kindOf(f) {
	case "ferry":
		b.line(lFerry, f.Geometry)
		return
	case "aeroway":
		b.line(lRunway, f.Geometry)
		return
	}
	rc, ok := pmRoadClass(f)
	if !ok {
		return
	}
	if (yes(f, "is_link") || yes(f, "pmap:link") || strings.HasSuffix(str(f, "highway"), "_link")) && rc >= rcMedium && rc < rcRail {
		rc = rcLink
	}
	if rc == rcRail && (str(f, "service") != "" || isTram(detailOf(f, "railway"))) {
		rc = rcSiding
	}
	brunnel := ""
	switch level := num(f, "pmap:level", 0); {
	case yes(f, "is_tunnel") || level < 0:
		brunnel = "tunnel"
	case yes(f, "is_bridge") || level > 0:
		brunnel = "bridge"
	}
	b.road(rc, brunnel, f.Geometry)
	if rc < rcRail && rc != rcPath {
		b.roadName(rc, f)
	}
}

func pmBuildings(b *builder, f *geojson.Feature) {
	if str(f, "kind") != "address" {
		b.area(aBuilding, f.Geometry)
	}
}

func pmPlaces(b *builder, f *geojson.Feature) {
	kind := geo.KindVillage
	switch kindOf(f) {
	case "locality":
		switch detailOf(f, "place") {
		case "city", "town":
			kind = geo.KindTown
		}
	case "city", "town": // the earlier schema's
		kind = geo.KindTown
	case "neighbourhood", "macrohood", "village", "hamlet", "suburb", "quarter":
	default:
		return // countries and regions
	}
	// Lower min_zoom first, then the larger population; shown from min_zoom.
	minZoom := min(max(num(f, "min_zoom", num(f, "pmap:min_zoom", 0)), 0), 20)
	order := int(minZoom)*100 - int(min(max(num(f, "population_rank", 0), 0), 20))
	b.place(kind, order, minZoom, f)
}
