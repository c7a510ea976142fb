package vector

import (
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"
)

// unmarshal decodes with orb, which panics on some malformed tiles (a
// feature without geometry): guarding it is the reading side's work, so
// here such a tile counts as refused.
func unmarshal(data []byte) (ls mvt.Layers, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	ls, err := mvt.Unmarshal(data)
	return ls, err == nil
}

// FuzzTile runs tile bytes through the path of the map: StripLayers,
// orb's decoder, Prepare in each schema, Draw (the tile and one two levels
// inside it) and Labels in both languages. Nothing may panic, and names
// must be lon/lat numbers. Seeds: the small real fixtures, a synthetic
// tile, and a tile whose shapes are all odd (empty, one point, huge
// coordinates).
func FuzzTile(f *testing.F) {
	for _, glob := range []string{"testdata/omt/monaco-*.pbf", "testdata/protomaps/monaco-*.mvt", "testdata/protomaps/tengtou-*.mvt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(decodeRaw(f, raw))
		}
	}
	odd := synth{}
	odd.add("roads", line(0, 0, 0, 0), geojson.Properties{"kind": "major_road", "name": "零路"})
	odd.add("roads", line(-2e9, 5, 2e9, 5), geojson.Properties{"kind": "highway", "is_bridge": "yes", "name": 5})
	odd.add("water", orb.Polygon{{{0, 0}, {1e9, 0}, {0, 1e9}}}, geojson.Properties{"kind": "ocean"})
	odd.add("places", orb.MultiPoint{}, geojson.Properties{"kind": "locality", "name": "空"})
	odd.add("transportation_name", line(1, 1, 1, 1), geojson.Properties{"class": "primary", "name": "x"})
	f.Add(odd.raw(f))
	id := maptile.New(6857, 3388, 13)
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		ls, ok := unmarshal(StripLayers(data))
		if !ok {
			return
		}
		var d Drawer
		for _, s := range []Schema{SchemaUnknown, OpenMapTiles, Protomaps} {
			tile := Prepare(ls, s, id)
			for _, at := range []maptile.Tile{id, maptile.New(id.X*4+3, id.Y*4+1, id.Z+2)} {
				if err := d.Draw(img, tile, at, 1.5); err != nil {
					t.Fatal(err)
				}
			}
			for _, lang := range []Lang{Chinese, English} {
				for _, l := range tile.Labels(nil, lang) {
					for _, p := range append(l.Path, l.Point) {
						if p[0] != p[0] || p[1] != p[1] || p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
							t.Fatalf("%q at %v", l.Text, p)
						}
					}
				}
			}
		}
	})
}
