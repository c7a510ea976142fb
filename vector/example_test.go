package vector_test

import (
	"fmt"
	"image"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"

	"ningbomap/vector"
)

// A tile with a village and a road, in the Protomaps schema: prepared
// once, drawn as itself and two levels past its zoom, and named in both
// languages.
func Example() {
	village := geojson.NewFeature(orb.Point{1200, 900})
	village.Properties = geojson.Properties{"kind": "locality", "kind_detail": "village", "name": "滕头村"}
	road := geojson.NewFeature(orb.LineString{{0, 2048}, {4096, 2100}})
	road.Properties = geojson.Properties{"kind": "major_road", "kind_detail": "primary", "name": "萧王庙路"}
	raw, _ := mvt.Marshal(mvt.Layers{ // what a tile file holds (gunzipped)
		mvt.NewLayer("places", geojson.NewFeatureCollection().Append(village)),
		mvt.NewLayer("roads", geojson.NewFeatureCollection().Append(road)),
	})

	layers, err := mvt.Unmarshal(vector.StripLayers(raw))
	if err != nil {
		panic(err)
	}
	schema := vector.DetectSchema(layers)
	id := maptile.New(13714, 6776, 14)
	t := vector.Prepare(layers, schema, id)

	var d vector.Drawer
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	fmt.Println(d.Draw(img, t, id, 1))                                 // zoom 14
	fmt.Println(d.Draw(img, t, maptile.New(4*13714+1, 4*6776, 16), 1)) // zoom 16, from the zoom 14 tile

	for _, lang := range []vector.Lang{vector.Chinese, vector.English} {
		for _, l := range t.Labels(nil, lang) {
			fmt.Printf("%s (kind %d, %d points)\n", l.Text, l.Kind, len(l.Path))
		}
	}
	// Output:
	// <nil>
	// <nil>
	// 滕头村 (kind 6, 0 points)
	// 萧王庙路 (kind 8, 2 points)
	// Tengtou Village (kind 6, 0 points)
	// Xiaowangmiao Road (kind 8, 2 points)
}
