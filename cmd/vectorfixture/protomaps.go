package main

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// feature is one feature of the Protomaps v4 fixture: its layer, the zooms
// it is in (as the Protomaps build sets them), its geometry in lon/lat and
// its properties, named and valued as in the schema.
type feature struct {
	layer        string
	minZ, maxZ   int
	geom         orb.Geometry
	props        geojson.Properties
	id           uint64
	bufferPixels int
}

// Around 滕头村 (Tengtou) in Fenghua, Ningbo: the shapes are drawn for the
// test, not surveyed; the names are the places'.
const lon0, lat0 = 121.3458, 29.6786

// at returns the point dx, dy kilometres east and north of the centre.
func at(dx, dy float64) orb.Point {
	return orb.Point{lon0 + dx/(111.32*math.Cos(lat0*math.Pi/180)), lat0 + dy/110.57}
}

func line(pts ...[2]float64) orb.LineString {
	out := make(orb.LineString, len(pts))
	for i, p := range pts {
		out[i] = at(p[0], p[1])
	}
	return out
}

// box returns a rectangle, outer ring counter-clockwise in lon/lat
// (clockwise once y points down in tile coordinates).
func box(x0, y0, x1, y1 float64) orb.Polygon {
	return orb.Polygon{orb.Ring{at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)}}
}

// names returns the name tags of a place: Chinese name, and English when
// given (Protomaps writes name:zh-Hans from name:zh when it lacks one).
func names(zh, en string) geojson.Properties {
	p := geojson.Properties{"name": zh, "name:zh-Hans": zh, "name:zh-Hant": zh, "script": "Han"}
	if en != "" {
		p["name:en"] = en
	}
	return p
}

func with(p geojson.Properties, kv ...any) geojson.Properties {
	out := geojson.Properties{}
	for k, v := range p {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func props(kv ...any) geojson.Properties { return with(nil, kv...) }

// protomapsFeatures is the fixture's content: every layer of the v4
// schema but transit (v4 moved rail and ferries into roads), with the kinds
// a map of the Ningbo countryside needs.
func protomapsFeatures() []feature {
	return []feature{
		// earth: the land.
		{layer: "earth", maxZ: 15, geom: box(-12, -9, 12, 9), props: props("kind", "earth", "sort_rank", 100)},

		// landcover: Daylight landcover, zooms 0–7 only.
		{layer: "landcover", maxZ: 7, geom: box(-12, -9, -4, 9), props: props("kind", "forest", "sort_rank", 110)},
		{layer: "landcover", maxZ: 7, geom: box(-4, -9, 12, 9), props: props("kind", "farmland", "sort_rank", 110)},
		{layer: "landcover", maxZ: 7, geom: box(-1.5, -1, 1.5, 1.2), props: props("kind", "urban_area", "sort_rank", 110)},

		// landuse: from zoom 2; the build drops small areas below z15.
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(-9, -6, -3, 5), props: props("kind", "forest", "sort_rank", 189)},
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(-3, -5, 8, -1.2), props: props("kind", "farmland", "sort_rank", 189)},
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(-0.9, -0.7, 0.9, 0.8), props: props("kind", "residential", "sort_rank", 189)},
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(0.95, -0.5, 1.6, 0.3), props: props("kind", "park", "sort_rank", 189)},
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(-0.25, 0.85, 0.05, 1.05), props: props("kind", "school", "sort_rank", 189)},
		{layer: "landuse", minZ: 2, maxZ: 15, geom: box(3, 2, 6, 4), props: props("kind", "industrial", "sort_rank", 189)},

		// water: a river (line and area), a pond, the river's label point.
		{layer: "water", minZ: 9, maxZ: 15, id: 11, geom: line([2]float64{-12, 3.2}, [2]float64{-5, 2.4}, [2]float64{0, 1.6}, [2]float64{5, 2.2}, [2]float64{12, 1.0}),
			props: with(names("剡江", ""), "kind", "river", "min_zoom", 10, "sort_rank", 200)},
		{layer: "water", minZ: 6, maxZ: 15, geom: orb.Polygon{orb.Ring{at(-12, 3.0), at(-5, 2.2), at(0, 1.45), at(5, 2.05), at(12, 0.85),
			at(12, 1.15), at(5, 2.35), at(0, 1.75), at(-5, 2.6), at(-12, 3.4), at(-12, 3.0)}},
			props: props("kind", "water", "kind_detail", "river", "sort_rank", 200)},
		{layer: "water", minZ: 6, maxZ: 15, geom: box(0.3, 0.35, 0.55, 0.5), props: props("kind", "water", "kind_detail", "lake", "sort_rank", 200)},
		{layer: "water", minZ: 12, maxZ: 15, id: 12, geom: at(-2.5, 2.05), props: with(names("剡江", ""), "kind", "river", "min_zoom", 13, "sort_rank", 200)},

		// roads, with bridges over the river, a tunnel, a link and rail.
		{layer: "roads", minZ: 3, maxZ: 15, id: 21, geom: line([2]float64{-12, -3}, [2]float64{0, -2.6}, [2]float64{12, -2}),
			props: with(names("甬金高速", "Yongjin Expressway"), "kind", "highway", "kind_detail", "motorway", "ref", "G1512", "min_zoom", 4, "sort_rank", 400)},
		{layer: "roads", minZ: 12, maxZ: 15, id: 22, geom: line([2]float64{2.5, -2.5}, [2]float64{2.9, -1.5}),
			props: props("kind", "highway", "kind_detail", "motorway_link", "is_link", true, "min_zoom", 13, "sort_rank", 400)},
		{layer: "roads", minZ: 7, maxZ: 15, id: 23, geom: line([2]float64{-8, -1}, [2]float64{-2, 0.2}, [2]float64{3, 0.1}, [2]float64{9, 1.5}),
			props: with(names("萧王庙路", ""), "kind", "major_road", "kind_detail", "primary", "min_zoom", 8, "sort_rank", 400)},
		{layer: "roads", minZ: 9, maxZ: 15, id: 24, geom: line([2]float64{0.2, -5}, [2]float64{0.1, -1}, [2]float64{0, 1.2}),
			props: with(names("滕头路", "Tengtou Road"), "kind", "major_road", "kind_detail", "secondary", "min_zoom", 10, "sort_rank", 400)},
		{layer: "roads", minZ: 12, maxZ: 15, id: 25, geom: line([2]float64{-0.1, 1.2}, [2]float64{0, 1.6}, [2]float64{0.1, 2.0}),
			props: with(names("滕头大桥", ""), "kind", "major_road", "kind_detail", "secondary", "is_bridge", true, "min_zoom", 10, "sort_rank", 400)},
		{layer: "roads", minZ: 12, maxZ: 15, id: 26, geom: line([2]float64{-0.8, 0.4}, [2]float64{0.9, 0.4}),
			props: props("kind", "minor_road", "kind_detail", "residential", "min_zoom", 13, "sort_rank", 400)},
		{layer: "roads", minZ: 12, maxZ: 15, id: 27, geom: line([2]float64{-0.8, -0.3}, [2]float64{0.9, -0.3}),
			props: with(names("村前路", ""), "kind", "minor_road", "kind_detail", "residential", "min_zoom", 13, "sort_rank", 400)},
		{layer: "roads", minZ: 13, maxZ: 15, id: 28, geom: line([2]float64{1.0, -0.4}, [2]float64{1.3, 0}, [2]float64{1.5, 0.2}),
			props: props("kind", "path", "kind_detail", "footway", "min_zoom", 14, "sort_rank", 400)},
		{layer: "roads", minZ: 12, maxZ: 15, id: 29, geom: line([2]float64{-6, 6}, [2]float64{-5.5, 4}, [2]float64{-5, 2}),
			props: props("kind", "minor_road", "kind_detail", "unclassified", "is_tunnel", true, "min_zoom", 13, "sort_rank", 400)},
		{layer: "roads", minZ: 11, maxZ: 15, id: 30, geom: line([2]float64{-12, 5}, [2]float64{0, 4.2}, [2]float64{12, 3.5}),
			props: with(names("甬金铁路", ""), "kind", "rail", "kind_detail", "rail", "min_zoom", 12, "sort_rank", 400)},

		// buildings: merged at z14, single from z15 (here the same).
		{layer: "buildings", minZ: 14, maxZ: 15, geom: box(-0.5, 0.05, -0.3, 0.25), props: props("kind", "building", "height", 9.0, "sort_rank", 400)},
		{layer: "buildings", minZ: 14, maxZ: 15, geom: box(-0.2, 0.05, 0.0, 0.25), props: props("kind", "building", "height", 12.0, "sort_rank", 400)},
		{layer: "buildings", minZ: 14, maxZ: 15, geom: box(0.2, -0.2, 0.45, 0.0), props: props("kind", "building", "height", 6.0, "sort_rank", 400)},
		{layer: "buildings", minZ: 14, maxZ: 15, geom: box(-0.5, -0.6, -0.2, -0.4), props: props("kind", "building", "sort_rank", 400)},
		{layer: "buildings", minZ: 15, maxZ: 15, geom: at(-0.4, 0.15), props: props("kind", "address", "addr_housenumber", "18")},

		// places: the village, the subdistrict, the district, a hamlet
		// named only in Chinese (its English name comes from pinyin).
		{layer: "places", minZ: 10, maxZ: 15, id: 41, geom: at(0, 0), bufferPixels: 64,
			props: with(names("滕头村", "Tengtou Village"), "kind", "locality", "kind_detail", "village", "min_zoom", 11, "population", 2000, "population_rank", 4, "sort_rank", 3)},
		{layer: "places", minZ: 9, maxZ: 15, id: 42, geom: at(-4.5, 3.5), bufferPixels: 64,
			props: with(names("萧王庙街道", ""), "kind", "locality", "kind_detail", "town", "min_zoom", 10, "population", 10000, "population_rank", 6, "sort_rank", 2)},
		{layer: "places", minZ: 7, maxZ: 15, id: 43, geom: at(9, 6), bufferPixels: 64,
			props: with(names("奉化区", "Fenghua District"), "kind", "locality", "kind_detail", "city", "min_zoom", 8, "population", 500000, "population_rank", 10, "sort_rank", 1)},
		{layer: "places", minZ: 11, maxZ: 15, id: 44, geom: at(-2.2, -1.6), bufferPixels: 64,
			props: with(names("青云村", ""), "kind", "locality", "kind_detail", "hamlet", "min_zoom", 12, "population", 200, "population_rank", 2, "sort_rank", 5)},
		{layer: "places", minZ: 12, maxZ: 15, id: 45, geom: at(0.45, 0.55), bufferPixels: 64,
			props: with(names("滕头新村", ""), "kind", "neighbourhood", "kind_detail", "suburb", "min_zoom", 13, "sort_rank", 9)},

		// boundaries: the district line.
		{layer: "boundaries", minZ: 2, maxZ: 15, geom: line([2]float64{7, -9}, [2]float64{7.5, 0}, [2]float64{6.5, 9}),
			props: props("kind", "county", "kind_detail", 6, "sort_rank", 300)},

		// pois: the park, the school.
		{layer: "pois", minZ: 14, maxZ: 15, id: 51, geom: at(1.3, -0.1),
			props: with(names("滕头生态园", "Tengtou Eco-Park"), "kind", "park", "min_zoom", 15, "sort_rank", 500)},
		{layer: "pois", minZ: 15, maxZ: 15, id: 52, geom: at(-0.1, 0.95),
			props: with(names("滕头小学", ""), "kind", "school", "min_zoom", 16, "sort_rank", 500)},
	}
}
