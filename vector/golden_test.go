package vector

import (
	"flag"
	"fmt"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
	"ningbomap/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden pictures in testdata/golden/")

// goldenView is a view of test tiles drawn into a golden picture.
type goldenView struct {
	name   string
	place  string
	zoom   float64
	w, h   int
	tiles  func(Schema) []fixture
	centre func() orb.Point
}

// goldenViews are the pictures of the style: Monaco at zoom 10 (the coast
// and the town as a whole), at 13 (streets, the port, names of quarters)
// and downtown San Francisco at 15 (drawn again from its zoom 14 tile:
// buildings, bridges and tunnels, road names), from the same real tiles in
// both schemas.
var goldenViews = []goldenView{
	{"z10", "monaco", 10, 256, 256,
		func(s Schema) []fixture { return tileRange("monaco", s, 10, 533, 533, 373, 373) },
		func() orb.Point { return maptile.New(533, 373, 10).Center() }},
	{"z13", "monaco", 13, 512, 512,
		func(s Schema) []fixture { return tileRange("monaco", s, 13, 4264, 4265, 2986, 2987) },
		func() orb.Point { return maptile.New(4265, 2987, 13).Bound().LeftTop() }},
	{"z15", "sf", 15, 512, 512,
		func(s Schema) []fixture { return tileRange("sf", s, 14, 2621, 2621, 6332, 6332) },
		func() orb.Point { return maptile.New(2621, 6332, 14).Center() }},
}

// tengtouView is the synthetic Protomaps tiles around 滕头村 at zoom 14:
// Chinese names, some without an English one (their pinyin stands in).
var tengtouView = goldenViews[0]

func init() {
	tengtouView.name, tengtouView.place, tengtouView.zoom, tengtouView.w, tengtouView.h = "z14", "tengtou", 14, 512, 512
	tengtouView.tiles = func(s Schema) []fixture { return tileRange("tengtou", s, 14, 13714, 13715, 6776, 6777) }
	tengtouView.centre = func() orb.Point { return maptile.New(13715, 6777, 14).Bound().LeftTop() }
}

// legacyViews are Florence in Protomaps' earlier schema (pmap:kind), read
// as Protomaps tiles: a whole city at zooms 10 and 13.
var legacyViews = []goldenView{
	{"z10", "firenze", 10, 256, 256,
		func(s Schema) []fixture { return tileRange("firenze", s, 10, 543, 544, 373, 373) },
		func() orb.Point { return orb.Point{11.2558, 43.7696} }},
	{"z13", "firenze", 13, 512, 384,
		func(s Schema) []fixture { return tileRange("firenze", s, 13, 4351, 4352, 2985, 2986) },
		func() orb.Point { return orb.Point{11.2558, 43.7696} }},
}

// TestGolden draws the golden pictures, names in Chinese and English.
func TestGolden(t *testing.T) {
	font := labelFont(t)
	for _, gv := range append(append(goldenViews, tengtouView), legacyViews...) {
		for _, schema := range []Schema{OpenMapTiles, Protomaps} {
			if (gv.place == "tengtou" || gv.place == "firenze") && schema != Protomaps {
				continue
			}
			var tiles []*Tile
			for _, f := range gv.tiles(schema) {
				tiles = append(tiles, f.prepare(t))
			}
			for _, lang := range []Lang{English, Chinese} {
				if lang == Chinese && gv.place == "monaco" {
					continue // Monaco's places have no Chinese names: the same pictures
				}
				name := fmt.Sprintf("%s_%s_%s", schemaFile(schema), gv.name, langFile(lang))
				if gv.place == "tengtou" || gv.place == "firenze" {
					name = fmt.Sprintf("%s_%s_%s", gv.place, gv.name, langFile(lang))
				}
				t.Run(name, func(t *testing.T) {
					v := geo.Viewport{Center: gv.centre(), Zoom: gv.zoom, Width: gv.w, Height: gv.h, Scale: 1}
					img := newScene(t, v, tiles, lang, font).render()
					golden.Assert(t, "testdata/golden/"+name+".png", img, *update, "go test ./vector -update")
				})
			}
		}
	}
}

func schemaFile(s Schema) string {
	if s == Protomaps {
		return "protomaps"
	}
	return "omt"
}

func langFile(l Lang) string {
	if l == Chinese {
		return "zh"
	}
	return "en"
}
