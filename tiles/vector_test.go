package tiles_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// The vector fixtures (testdata/README.md): real OpenMapTiles-schema tiles
// by tilemaker, synthetic Protomaps v4 tiles by orb's encoder, as MBTiles
// and, through go-pmtiles, as PMTiles with gzipped and plain tiles.
func TestOpenVectorFixtures(t *testing.T) {
	cases := []struct {
		file        string
		schema      tiles.SchemaKind
		name        string
		lo, hi      int
		credits     string
		tile        [3]int // a tile to read
		layer       string // a layer it holds
		minFeatures int
	}{
		{"omt-monaco.mbtiles", tiles.SchemaOpenMapTiles, "OpenMapTiles", 0, 14,
			"© OpenMapTiles © OpenStreetMap contributors", [3]int{14, 8529, 5974}, "transportation", 1000},
		{"omt-sf-z14.mbtiles", tiles.SchemaOpenMapTiles, "OpenMapTiles", 0, 14,
			"© OpenMapTiles © OpenStreetMap contributors", [3]int{14, 2621, 6332}, "building", 13000},
		{"pm4-tengtou.mbtiles", tiles.SchemaProtomapsV4, "Protomaps v4", 7, 15,
			"Synthetic test tiles (Protomaps basemap schema v4)", [3]int{15, 27429, 13552}, "places", 10},
		{"pm4-tengtou.pmtiles", tiles.SchemaProtomapsV4, "Protomaps v4", 7, 15,
			"Synthetic test tiles (Protomaps basemap schema v4)", [3]int{15, 27429, 13552}, "places", 10},
		{"pm4-tengtou-raw.pmtiles", tiles.SchemaProtomapsV4, "Protomaps v4", 7, 15,
			"Synthetic test tiles (Protomaps basemap schema v4)", [3]int{15, 27429, 13552}, "places", 10},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			vf, err := tiles.OpenVector(fixturePath(c.file))
			if err != nil {
				t.Fatal(err)
			}
			defer vf.Close()
			if err := vf.Problems(); err != nil {
				t.Errorf("problems: %v", err)
			}
			s := vf.Schema()
			if s.Kind != c.schema || s.Name != c.name || s.String() != c.name || s.Err() != nil || s.From != "vector_layers" {
				t.Errorf("schema %+v, want %s", s, c.name)
			}
			if lo, hi := vf.ZoomRange(); lo != c.lo || hi != c.hi || vf.Meta().Format != "mvt" {
				t.Errorf("zooms %d..%d format %q", lo, hi, vf.Meta().Format)
			}
			if vf.Credits() != c.credits {
				t.Errorf("credits %q, want %q", vf.Credits(), c.credits)
			}
			if len(vf.Layers()) < 9 {
				t.Errorf("vector_layers: %v", vf.Layers())
			}
			vt, err := vf.Tile(c.tile[0], c.tile[1], c.tile[2])
			if err != nil || vt == nil {
				t.Fatalf("tile %v: %v, %v", c.tile, vt, err)
			}
			if vt.Features < c.minFeatures || vt.Layer(c.layer) == nil || len(vt.Skipped) > 0 {
				t.Errorf("tile %v: %d features, layer %q: %v, skipped %q", c.tile, vt.Features, c.layer, vt.Layer(c.layer), vt.Skipped)
			}
			if vt.Features != countFeatures(vt.Layers) {
				t.Errorf("Features %d, the layers hold %d", vt.Features, countFeatures(vt.Layers))
			}
			if missing, err := vf.Tile(c.tile[0], 0, 0); missing != nil || err != nil {
				t.Errorf("a tile the file lacks: %v, %v", missing, err)
			}
		})
	}
}

func countFeatures(ls mvt.Layers) int {
	n := 0
	for _, l := range ls {
		n += len(l.Features)
	}
	return n
}

// TestProtomapsFixtureContent reads the Protomaps v4 fixture's village tile
// and checks what the style and the names depend on: the kinds, the
// bridge, the names in both scripts, one name in Chinese only.
func TestProtomapsFixtureContent(t *testing.T) {
	vf, err := tiles.OpenVector(fixturePath("pm4-tengtou.pmtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	vt, err := vf.Tile(15, 27429, 13552)
	if err != nil {
		t.Fatal(err)
	}
	north, err := vf.Tile(15, 27429, 13551) // the river, north of the village
	if err != nil {
		t.Fatal(err)
	}
	find := func(layer, key, value string) map[string]any {
		l := vt.Layer(layer)
		if layer == "roads" {
			l = north.Layer(layer)
		}
		if l == nil {
			t.Fatalf("no layer %q", layer)
		}
		for _, f := range l.Features {
			if f.Properties[key] == value {
				return f.Properties
			}
		}
		t.Fatalf("layer %q: no feature with %s=%s", layer, key, value)
		return nil
	}
	village := find("places", "name", "滕头村")
	if village["name:en"] != "Tengtou Village" || village["kind"] != "locality" || village["kind_detail"] != "village" || village["population_rank"] != 4.0 {
		t.Errorf("village: %v", village)
	}
	if p := find("places", "name", "滕头新村"); p["name:en"] != nil || p["name:zh-Hans"] != "滕头新村" {
		t.Errorf("a name in Chinese only: %v", p)
	}
	if b := find("roads", "name", "滕头大桥"); b["is_bridge"] != true || b["kind"] != "major_road" {
		t.Errorf("bridge: %v", b)
	}
	if l := vt.Layer("buildings"); l == nil || len(l.Features) < 2 {
		t.Errorf("buildings: %v", l)
	}
	for _, l := range vt.Layers {
		if l.Version != 2 || l.Extent != 4096 {
			t.Errorf("layer %q: version %d extent %d", l.Name, l.Version, l.Extent)
		}
	}
}

// TestVectorCompressions: the same tiles read alike from the MBTiles, the
// gzipped PMTiles and the plain PMTiles.
func TestVectorCompressions(t *testing.T) {
	open := func(name string) *tiles.VectorFile {
		vf, err := tiles.OpenVector(fixturePath(name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { vf.Close() })
		return vf
	}
	mb, gz, raw := open("pm4-tengtou.mbtiles"), open("pm4-tengtou.pmtiles"), open("pm4-tengtou-raw.pmtiles")
	n := 0
	for z := 7; z <= 15; z++ {
		for x := 27429>>(15-z) - 2; x <= 27429>>(15-z)+2; x++ {
			for y := 13552>>(15-z) - 2; y <= 13552>>(15-z)+2; y++ {
				a, errA := mb.Tile(z, x, y)
				b, errB := gz.Tile(z, x, y)
				c, errC := raw.Tile(z, x, y)
				if err := errors.Join(errA, errB, errC); err != nil {
					t.Fatal(err)
				}
				if (a == nil) != (b == nil) || (a == nil) != (c == nil) {
					t.Fatalf("tile %d/%d/%d: present %v %v %v", z, x, y, a != nil, b != nil, c != nil)
				}
				if a == nil {
					continue
				}
				n++
				if !reflect.DeepEqual(a.Layers, b.Layers) || !reflect.DeepEqual(a.Layers, c.Layers) {
					t.Errorf("tile %d/%d/%d differs between the files", z, x, y)
				}
			}
		}
	}
	if n < 30 {
		t.Errorf("%d tiles compared", n)
	}
}

// TestOpenVectorWrongKind: each opener refuses the other's files, saying so.
func TestOpenVectorWrongKind(t *testing.T) {
	_, err := tiles.OpenVector(fixturePath("ningbo.pmtiles"))
	if !errors.Is(err, tiles.ErrRasterTiles) || !strings.HasPrefix(err.Error(), fixturePath("ningbo.pmtiles")+": ") {
		t.Errorf("OpenVector of a raster file: %v", err)
	}
	_, err = tiles.Open(fixturePath("pm4-tengtou.mbtiles"))
	if !errors.Is(err, tiles.ErrVectorTiles) {
		t.Errorf("Open of a vector file: %v", err)
	}
	_, err = tiles.OpenVector(fixturePath("mvt-fixtures/README.md"))
	if !errors.Is(err, tiles.ErrNotTileFile) {
		t.Errorf("OpenVector of a text file: %v", err)
	}
}

// TestVectorTileCoordinates: a decoded tile is in tile units, the village
// where its longitude and latitude put it.
func TestVectorTileCoordinates(t *testing.T) {
	vf, err := tiles.OpenVector(fixturePath("pm4-tengtou.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	vt, _ := vf.Tile(15, 27429, 13552)
	var village orb.Point
	for _, f := range vt.Layer("places").Features {
		if f.Properties["name"] == "滕头村" {
			village = f.Geometry.(orb.Point)
		}
	}
	// 121.3458°E 29.6786°N at zoom 15, in 4096 units of tile 27429/13552.
	wantX := ((121.3458/360+0.5)*(1<<15) - 27429) * 4096
	if d := village[0] - wantX; d < -1 || d > 1 {
		t.Errorf("village x %v, want %.1f", village[0], wantX)
	}
	if village[1] < 0 || village[1] > 4096 {
		t.Errorf("village y %v outside the tile", village[1])
	}
}

func ExampleOpenVector() {
	vf, err := tiles.OpenVector("testdata/pm4-tengtou.pmtiles")
	if err != nil {
		fmt.Println(err) // "PATH: what is wrong"
		return
	}
	defer vf.Close()
	fmt.Println(vf.Schema())  // the layer panel's switch row
	fmt.Println(vf.Credits()) // the credits line
	vt, err := vf.Tile(15, 27429, 13552)
	if err != nil {
		fmt.Println("banner:", err) // "PATH: tile 15/27429/13552: problem"
		return
	}
	var names []string
	for _, f := range vt.Layer("places").Features {
		names = append(names, f.Properties.MustString("name"))
	}
	slices.Sort(names)
	fmt.Println(names)
	// Output:
	// Protomaps v4
	// Synthetic test tiles (Protomaps basemap schema v4)
	// [滕头新村 滕头村]
}

// TestSchemaFromTile: a file without vector_layers is told by the layers of
// one of its tiles, the one at the centre of its bounds at its highest zoom.
func TestSchemaFromTile(t *testing.T) {
	var ls mvt.Layers
	for _, name := range []string{"earth", "water", "roads", "places"} {
		f := geojson.NewFeature(orb.Point{10, 10})
		f.Properties = geojson.Properties{"kind": "x"}
		ls = append(ls, &mvt.Layer{Name: name, Version: 2, Extent: 4096, Features: []*geojson.Feature{f}})
	}
	b, err := mvt.MarshalGzipped(ls)
	if err != nil {
		t.Fatal(err)
	}
	meta := fixture.Meta()
	meta["format"] = "pbf"
	meta["bounds"] = "121.345,29.679,121.346,29.680"
	meta["minzoom"], meta["maxzoom"] = "7", "15"
	path := filepath.Join(t.TempDir(), "nolayers.mbtiles")
	if err := fixture.WriteMBTiles(path, meta, []fixture.Tile{{Z: 15, X: 27429, Y: 13552, Data: b}}); err != nil {
		t.Fatal(err)
	}
	vf, err := tiles.OpenVector(path)
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	s := vf.Schema()
	if s.Kind != tiles.SchemaProtomapsV4 || s.From != "tile 15/27429/13552" || vf.Layers() != nil {
		t.Errorf("schema %+v from %s", s, s.From)
	}
}

// TestOpenVectorBadMetadata: a broken layer list does not stop the file;
// Problems names it, and with no tile to look at the schema is unknown.
func TestOpenVectorBadMetadata(t *testing.T) {
	meta := fixture.Meta()
	meta["format"] = "pbf"
	meta["json"] = `{"vector_layers": [{"id": 3}]`
	path := filepath.Join(t.TempDir(), "badmeta.mbtiles")
	if err := fixture.WriteMBTiles(path, meta, nil); err != nil {
		t.Fatal(err)
	}
	vf, err := tiles.OpenVector(path)
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	if err := vf.Problems(); err == nil || !strings.HasPrefix(err.Error(), path+": metadata json: ") {
		t.Errorf("problems %v", err)
	}
	if s := vf.Schema(); s.Kind != tiles.SchemaUnknown || s.From != "no tile" || !errors.Is(s.Err(), tiles.ErrUnknownSchema) {
		t.Errorf("schema %+v", s)
	}
}

// TestVectorDropLayers: layers a reader leaves out are not decoded (nor
// counted), the others are decoded as before.
func TestVectorDropLayers(t *testing.T) {
	vf, err := tiles.OpenVector(fixturePath("omt-monaco.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	all, err := vf.Tile(14, 8529, 5974)
	if err != nil || all.Layer("poi") == nil || all.Layer("housenumber") == nil {
		t.Fatalf("the fixture's tile: %v, %v", all, err)
	}
	drop := map[string]bool{"poi": true, "housenumber": true}
	vf.DropLayers(func(name string) bool { return drop[name] })
	some, err := vf.Tile(14, 8529, 5974)
	if err != nil {
		t.Fatal(err)
	}
	want := all.Features - len(all.Layer("poi").Features) - len(all.Layer("housenumber").Features)
	if some.Layer("poi") != nil || some.Layer("housenumber") != nil || some.Features != want {
		t.Errorf("%d layers, %d features; want poi and housenumber gone, %d features", len(some.Layers), some.Features, want)
	}
	for _, l := range all.Layers {
		if drop[l.Name] {
			continue
		}
		if k := some.Layer(l.Name); k == nil || len(k.Features) != len(l.Features) {
			t.Errorf("layer %q changed", l.Name)
		}
	}
	if some.Bytes() >= all.Bytes() {
		t.Errorf("estimated %d bytes, not less than the whole tile's %d", some.Bytes(), all.Bytes())
	}
}
