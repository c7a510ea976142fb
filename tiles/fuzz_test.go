package tiles_test

import (
	"os"
	"path/filepath"
	"testing"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// FuzzOpen feeds bytes, written to a file, to the opener and reads a few
// tiles of whatever opens: nothing may panic, hang or allocate without bound.
func FuzzOpen(f *testing.F) {
	for _, name := range []string{"unclustered.pmtiles", "test_fixture_1.pmtiles"} {
		b, err := os.ReadFile(fixturePath(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	small := fixture.PMTiles(fixture.Meta(), fixture.TypePNG, []fixture.Tile{{Z: 7, X: 107, Y: 52, Data: []byte("\x89PNG\r\n\x1a\nxx")}})
	f.Add(small)
	f.Add(small[:130])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte("PMTiles\x03"))
	f.Add([]byte("hello"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "fuzz.tiles")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		tf, err := tiles.Open(path)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		defer tf.Close()
		m := tf.Meta()
		for _, k := range [][3]int{{7, 107, 52}, {m.MinZoom, 0, 0}, {m.MaxZoom, 1, 1}, {1, 0, 1}} {
			raw, err := tf.Raw(k[0], k[1], k[2])
			if err == nil && raw != nil {
				tiles.Decode(m.Format, raw)
			}
		}
	})
}
