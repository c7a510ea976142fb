package vector

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/geo"
)

// omtLayers reads the layers of the OpenMapTiles schema
// (openmaptiles.org/schema): class and subclass say what a feature is,
// brunnel whether a road is a bridge or a tunnel, ramp whether it is a
// link.
var omtLayers = map[string]func(*builder, *geojson.Feature){
	"water":               omtWater,
	"waterway":            omtWaterway,
	"landcover":           omtLandcover,
	"landuse":             omtLanduse,
	"aeroway":             omtAeroway,
	"transportation":      omtTransportation,
	"transportation_name": omtRoadName,
	"building":            func(b *builder, f *geojson.Feature) { b.area(aBuilding, f.Geometry) },
	"place":               omtPlace,
	"water_name":          func(b *builder, f *geojson.Feature) { b.waterName(f) },
}

func omtWater(b *builder, f *geojson.Feature) {
	if str(f, "brunnel") != "tunnel" {
		b.area(aWater, f.Geometry)
	}
}

func omtWaterway(b *builder, f *geojson.Feature) {
	if str(f, "brunnel") == "tunnel" {
		return
	}
	switch str(f, "class") {
	case "river", "canal":
		b.line(lRiver, f.Geometry)
		b.waterName(f)
	default: // stream, ditch, drain
		b.line(lStream, f.Geometry)
	}
}

// omtLandcovers are the sets of landcover classes and subclasses.
var omtLandcovers = map[string]set{
	"farmland": aFarmland, "wood": aWood, "forest": aWood, "grass": aGrass, "wetland": aWetland,
	"sand": aSand, "rock": aSand, "beach": aSand,
	// subclasses of grass that are parks
	"park": aPark, "garden": aPark, "golf_course": aPark, "recreation_ground": aPark,
	"village_green": aPark, "playground": aPark, "allotments": aPark,
}

func omtLandcover(b *builder, f *geojson.Feature) {
	if s, ok := omtLandcovers[str(f, "subclass")]; ok {
		b.area(s, f.Geometry)
	} else if s, ok := omtLandcovers[str(f, "class")]; ok {
		b.area(s, f.Geometry)
	}
}

// omtLanduses are the sets of landuse classes.
var omtLanduses = map[string]set{
	"residential": aResidential, "suburb": aResidential, "quarter": aResidential, "neighbourhood": aResidential,
	"commercial": aCommercial, "retail": aCommercial,
	"industrial": aIndustrial, "garages": aIndustrial, "railway": aIndustrial, "quarry": aIndustrial,
	"military": aIndustrial, "dam": aIndustrial, "bus_station": aIndustrial,
	"school": aInstitution, "university": aInstitution, "college": aInstitution, "kindergarten": aInstitution,
	"hospital": aInstitution, "library": aInstitution,
	"cemetery": aCemetery, "pitch": aPitch, "playground": aPark, "stadium": aPitch, "track": aPitch,
	"theme_park": aPark, "zoo": aPark,
}

func omtLanduse(b *builder, f *geojson.Feature) {
	if s, ok := omtLanduses[str(f, "class")]; ok {
		b.area(s, f.Geometry)
	}
}

func omtAeroway(b *builder, f *geojson.Feature) {
	switch f.Geometry.(type) {
	case orb.LineString, orb.MultiLineString:
		if c := str(f, "class"); c == "runway" || c == "taxiway" {
			b.line(lRunway, f.Geometry)
		}
		return
	}
	switch str(f, "class") {
	case "aerodrome":
		b.area(aAerodrome, f.Geometry)
	case "runway", "taxiway", "apron", "helipad":
		b.area(aRunway, f.Geometry)
	}
}

// omtRoadClasses are the road classes of transportation classes.
var omtRoadClasses = map[string]int{
	"motorway": rcMotorway, "trunk": rcMajor, "primary": rcMajor, "secondary": rcMedium,
	"tertiary": rcMedium, "minor": rcMinor, "busway": rcMinor, "service": rcService,
	"raceway": rcService, "track": rcPath, "path": rcPath, "rail": rcRail, "transit": rcRail,
	// tilemaker's profile writes the railway tag as the class
	"subway": rcRail, "narrow_gauge": rcRail, "preserved": rcRail, "monorail": rcRail,
	"light_rail": rcSiding, "tram": rcSiding, "funicular": rcSiding, // mostly in the street: thin
}

func omtTransportation(b *builder, f *geojson.Feature) {
	class := str(f, "class")
	switch f.Geometry.(type) {
	case orb.Polygon, orb.MultiPolygon:
		if class == "pier" {
			b.area(aPier, f.Geometry)
		}
		return
	}
	if class == "ferry" {
		b.line(lFerry, f.Geometry)
		return
	}
	rc, ok := omtRoadClasses[class]
	if !ok {
		return // pier lines, platforms, roads under construction
	}
	if rc == rcPath && str(f, "subclass") == "pedestrian" {
		rc = rcMinor
	}
	if yes(f, "ramp") && rc >= rcMedium && rc < rcRail {
		rc = rcLink
	}
	if rc == rcRail && (str(f, "service") != "" || isTram(str(f, "subclass"))) {
		rc = rcSiding
	}
	b.road(rc, str(f, "brunnel"), f.Geometry)
}

// isTram reports whether a railway kind runs mostly in the street.
func isTram(kind string) bool { return kind == "tram" || kind == "light_rail" || kind == "funicular" }

// road adds a road of class rc on the level brunnel says.
func (b *builder) road(rc int, brunnel string, g orb.Geometry) {
	level := levelGround
	switch brunnel {
	case "tunnel":
		level = levelTunnel
	case "bridge":
		level = levelBridge
	}
	if rc >= rcRail && level == levelTunnel {
		return // underground railways are not drawn
	}
	b.line(roadSet(level, rc), g)
}

func omtRoadName(b *builder, f *geojson.Feature) {
	rc, ok := omtRoadClasses[str(f, "class")]
	if !ok || rc >= rcRail || rc == rcPath && str(f, "subclass") != "pedestrian" {
		return
	}
	b.roadName(rc, f)
}

// omtPlaceKinds are the label kinds and ranks of place classes.
var omtPlaceKinds = map[string]struct {
	kind geo.LabelKind
	rank int
}{
	"city": {geo.KindTown, 0}, "town": {geo.KindTown, 1},
	"village": {geo.KindVillage, 2}, "suburb": {geo.KindVillage, 3}, "island": {geo.KindVillage, 4},
	"quarter": {geo.KindVillage, 5}, "hamlet": {geo.KindVillage, 6}, "neighbourhood": {geo.KindVillage, 7},
	"locality": {geo.KindVillage, 8}, "isolated_dwelling": {geo.KindVillage, 9},
}

func omtPlace(b *builder, f *geojson.Feature) {
	k, ok := omtPlaceKinds[str(f, "class")]
	if !ok {
		return // countries, states, provinces, continents
	}
	b.place(k.kind, k.rank*100+int(min(max(num(f, "rank", 50), 0), 99)), 0, f)
}
