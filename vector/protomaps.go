package vector

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/geo"
)

// pmLayers reads the layers of the Protomaps basemap schema, version 4
// (docs.protomaps.com/basemaps/layers): kind and kind_detail say what a
// feature is; roads have is_bridge, is_tunnel and is_link.
var pmLayers = map[string]func(*builder, *geojson.Feature){
	"earth":     func(b *builder, f *geojson.Feature) { b.area(aEarth, f.Geometry) },
	"water":     pmWater,
	"landcover": pmLandcover,
	"landuse":   pmLanduse,
	"roads":     pmRoads,
	"buildings": pmBuildings,
	"places":    pmPlaces,
}

func pmWater(b *builder, f *geojson.Feature) {
	switch f.Geometry.(type) {
	case orb.Point, orb.MultiPoint:
		b.waterName(f)
	case orb.LineString, orb.MultiLineString:
		switch pmKind(f) {
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

// pmKind is a feature's kind_detail where it says more, else its kind.
func pmKind(f *geojson.Feature) string {
	if k := str(f, "kind_detail"); k != "" && str(f, "kind") == "water" {
		return k
	}
	return str(f, "kind")
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
	if s, ok := pmLanduses[str(f, "kind")]; ok {
		b.area(s, f.Geometry)
	}
}

// pmRoadClass is the road class of a roads feature, false for kinds the
// style leaves out.
func pmRoadClass(f *geojson.Feature) (int, bool) {
	detail := str(f, "kind_detail")
	switch str(f, "kind") {
	case "highway":
		return rcMotorway, true
	case "major_road":
		switch detail {
		case "secondary", "secondary_link", "tertiary", "tertiary_link":
			return rcMedium, true
		}
		return rcMajor, true
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
	case "rail":
		return rcRail, true
	}
	return 0, false
}

func pmRoads(b *builder, f *geojson.Feature) {
	switch str(f, "kind") {
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
	if yes(f, "is_link") && rc >= rcMedium && rc < rcRail {
		rc = rcLink
	}
	if rc == rcRail && (str(f, "service") != "" || isTram(str(f, "kind_detail"))) {
		rc = rcSiding
	}
	brunnel := ""
	switch {
	case yes(f, "is_tunnel"):
		brunnel = "tunnel"
	case yes(f, "is_bridge"):
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
	switch str(f, "kind") {
	case "locality":
		switch str(f, "kind_detail") {
		case "city", "town":
			kind = geo.KindTown
		}
	case "neighbourhood", "macrohood":
	default:
		return // countries and regions
	}
	// Lower min_zoom first, then the larger population.
	order := int(min(max(num(f, "min_zoom", 15), 0), 20))*100 - int(min(max(num(f, "population_rank", 0), 0), 20))
	b.place(kind, order, f)
}
