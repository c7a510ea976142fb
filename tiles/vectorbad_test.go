package tiles_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// pointsTile returns a tile of one layer with n point features (or, with
// line, one line of n points).
func pointsTile(t testing.TB, name string, n int, line bool) []byte {
	t.Helper()
	l := &mvt.Layer{Name: name, Version: 2, Extent: 4096}
	if line {
		ls := make(orb.LineString, n)
		for i := range ls {
			ls[i] = orb.Point{float64(i % 4096), float64(i / 4096)}
		}
		l.Features = []*geojson.Feature{geojson.NewFeature(ls)}
	}
	for i := 0; !line && i < n; i++ {
		f := geojson.NewFeature(orb.Point{float64(i % 4096), float64(i % 100)})
		f.Properties = geojson.Properties{"kind": "x"}
		l.Features = append(l.Features, f)
	}
	b, err := mvt.Marshal(mvt.Layers{l})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// vectorMeta is the metadata of the test files: an OpenMapTiles layer list.
func vectorMeta() map[string]string {
	m := fixture.Meta()
	m["format"] = "pbf"
	m["json"] = `{"vector_layers":[{"id":"transportation","fields":{"class":"String"}},{"id":"place","fields":{}},{"id":"water","fields":{}}]}`
	return m
}

// writeVector writes ts as a vector MBTiles or PMTiles file.
func writeVector(t *testing.T, kind string, ts []fixture.Tile) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bad."+kind)
	var err error
	if kind == "mbtiles" {
		err = fixture.WriteMBTiles(path, vectorMeta(), ts)
	} else {
		err = os.WriteFile(path, fixture.PMTiles(vectorMeta(), fixture.TypeMVT, ts), 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// TestVectorBadTiles: each refused tile is an error naming the file, the
// tile and the problem; the good tiles beside it are served.
func TestVectorBadTiles(t *testing.T) {
	good := gz(t, pointsTile(t, "place", 3, false))
	bomb := gz(t, make([]byte, tiles.MaxVectorTileDecoded+1))
	manyLayers := func() []byte {
		var b []byte
		for i := range tiles.MaxVectorLayers + 1 {
			b = append(b, pointsTile(t, fmt.Sprint("l", i), 1, false)...)
		}
		return b
	}()
	huge := bytes.Repeat([]byte{0x1a, 0x00}, tiles.MaxVectorTileBytes/2+1) // empty layers, over the stored cap
	cases := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"garbage", []byte("this is not a tile"), tiles.ErrCorruptTile, "corrupt tile"},
		{"truncated gzip", good[:len(good)/2], tiles.ErrCorruptTile, "gzip"},
		{"truncated protobuf", pointsTile(t, "place", 3, false)[:20], tiles.ErrCorruptTile, "cut short"},
		{"gzip bomb", bomb, tiles.ErrTileTooLarge, "unpacks to more than 16777216 bytes"},
		{"huge stored tile", huge, tiles.ErrTileTooLarge, "over the cap of 4194304"},
		{"too many features", pointsTile(t, "place", tiles.MaxVectorFeatures+1, false), tiles.ErrTileTooLarge, "more than 200000 features"},
		{"too much memory", gz(t, pointsTile(t, "place", 150_000, false)), tiles.ErrTileTooLarge, "would take about 71.2 MB decoded, over the cap of 64.0 MB"},
		{"too many vertices", gz(t, pointsTile(t, "roads", tiles.MaxVectorVertices+1, true)), tiles.ErrTileTooLarge, "more than 2000000 vertices"},
		{"too many layers", manyLayers, tiles.ErrTileTooLarge, "more than 64 layers"},
	}
	for _, kind := range []string{"mbtiles", "pmtiles"} {
		for _, c := range cases {
			t.Run(kind+"/"+c.name, func(t *testing.T) {
				path := writeVector(t, kind, []fixture.Tile{
					{Z: 9, X: 427, Y: 211, Data: good}, {Z: 9, X: 428, Y: 211, Data: c.data}, {Z: 9, X: 429, Y: 211, Data: good}})
				vf, err := tiles.OpenVector(path)
				if err != nil {
					t.Fatal(err)
				}
				defer vf.Close()
				vt, err := vf.Tile(9, 428, 211)
				if vt != nil || !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.text) {
					t.Fatalf("got %v, %v; want %v saying %q", vt, err, c.want, c.text)
				}
				var te *tiles.TileError
				if !errors.As(err, &te) || !strings.HasPrefix(err.Error(), path+": tile 9/428/211: ") {
					t.Errorf("error %q does not name the file and the tile", err)
				}
				for _, x := range []int{427, 429} {
					if vt, err := vf.Tile(9, x, 211); err != nil || vt == nil || vt.Layer("place") == nil {
						t.Errorf("the good tile 9/%d/211 beside it: %v, %v", x, vt, err)
					}
				}
			})
		}
	}
}

// TestVectorPartialTile: a tile with a feature the specification lets a
// decoder skip is served without it, and the skip is reported once.
func TestVectorPartialTile(t *testing.T) {
	// Fixture 004: a point feature without geometry (orb alone panics).
	noGeom, err := os.ReadFile(fixturePath("mvt-fixtures/fixtures/004/tile.mvt"))
	if err != nil {
		t.Fatal(err)
	}
	tile := append(pointsTile(t, "place", 2, false), noGeom...)
	path := writeVector(t, "pmtiles", []fixture.Tile{{Z: 9, X: 428, Y: 211, Data: tile}})
	vf, err := tiles.OpenVector(path)
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	vt, err := vf.Tile(9, 428, 211)
	if err != nil || vt.Features != 2 || len(vt.Layers) != 2 || len(vt.Layers[1].Features) != 0 {
		t.Fatalf("got %+v, %v", vt, err)
	}
	want := path + `: tile 9/428/211: parts of the tile skipped: layer "hello": feature 0: no geometry, skipped`
	if err := vf.SkippedError(9, 428, 211, vt); !errors.Is(err, tiles.ErrPartialTile) || err.Error() != want {
		t.Errorf("SkippedError %v, want %q", err, want)
	}
}

// TestVectorLimits: lower budgets set with SetLimits are kept.
func TestVectorLimits(t *testing.T) {
	path := writeVector(t, "mbtiles", []fixture.Tile{{Z: 9, X: 428, Y: 211, Data: pointsTile(t, "place", 50, false)}})
	vf, err := tiles.OpenVector(path)
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	for _, c := range []struct {
		set  func(*tiles.Limits)
		text string
	}{
		{func(l *tiles.Limits) { l.StoredBytes = 100 }, "over the cap of 100"},
		{func(l *tiles.Limits) { l.DecodedBytes = 100 }, "over the cap of 100"},
		{func(l *tiles.Limits) { l.Features = 49 }, "more than 49 features"},
		{func(l *tiles.Limits) { l.Vertices = 49 }, "more than 49 vertices"},
		{func(l *tiles.Limits) { l.Tags = 49 }, "more than 49 feature properties"},
		{func(l *tiles.Limits) { l.KeysValues = 1 }, "more than 1 keys and values"},
		{func(l *tiles.Limits) { l.Layers = 0 }, "more than 0 layers"},
		{func(l *tiles.Limits) { l.Memory = 20_000 }, "would take about 24 KB decoded, over the cap of 19 KB"},
	} {
		lim := tiles.DefaultLimits()
		c.set(&lim)
		vf.SetLimits(lim)
		if _, err := vf.Tile(9, 428, 211); !errors.Is(err, tiles.ErrTileTooLarge) || !strings.Contains(err.Error(), c.text) {
			t.Errorf("%+v: %v, want %q", lim, err, c.text)
		}
	}
	vf.SetLimits(tiles.DefaultLimits())
	if vt, err := vf.Tile(9, 428, 211); err != nil || vt.Features != 50 {
		t.Errorf("within the budgets: %v, %v", vt, err)
	}
}
