package tiles_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"ningbomap/budget"
	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// FuzzMBTilesMetadata writes an MBTiles whose metadata holds the fuzzed
// name and value (besides, or instead of, one of the usual keys) and opens
// it: nothing may panic, and what opens has its strings within budget.
func FuzzMBTilesMetadata(f *testing.F) {
	f.Add("attribution", "© OpenStreetMap contributors")
	f.Add("bounds", "120.8,28.8,122.4,30.6")
	f.Add("bounds", "NaN,NaN,NaN,NaN")
	f.Add("minzoom", "-1")
	f.Add("maxzoom", "99999999999999999999")
	f.Add("format", "pbf")
	f.Add("name", "宁波")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, key, value string) {
		m := fixture.Meta()
		m[key] = value
		p := filepath.Join(dir, "fuzz.mbtiles")
		if err := fixture.WriteMBTilesFast(p, m, nil); err != nil { // no sync: many a second
			t.Skip(err)
		}
		tf, err := tiles.Open(p)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		defer tf.Close()
		mt := tf.Meta()
		if utf8.RuneCountInString(mt.Attribution) > budget.Attribution.Int() || utf8.RuneCountInString(mt.Name) > budget.Name.Int() {
			t.Fatalf("strings over budget: %d, %d", len(mt.Attribution), len(mt.Name))
		}
		if mt.MinZoom < 0 || mt.MaxZoom > 30 || mt.MinZoom > mt.MaxZoom {
			t.Fatalf("zooms %d..%d", mt.MinZoom, mt.MaxZoom)
		}
		tiles.Verify(p)
	})
}
