package tiles_test

import (
	"database/sql"
	"testing"

	"ningbomap/tiles"
)

// BenchmarkVectorDenseTile reads the densest real tile at hand: downtown San
// Francisco, OpenMapTiles schema by tilemaker, z14, 181 KB gzipped, 13,115
// features, 56,528 vertices. open+fetch+decode opens the MBTiles each time;
// fetch+decode reads from an open file; decode starts from the stored bytes.
func BenchmarkVectorDenseTile(b *testing.B) {
	const z, x, y = 14, 2621, 6332
	path := fixturePath("omt-sf-z14.mbtiles")
	check := func(b *testing.B, vt *tiles.VectorTile, err error) {
		if err != nil || vt == nil || vt.Features != 13115 {
			b.Fatalf("tile: %v, %v", vt, err)
		}
	}
	b.Run("open+fetch+decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			vf, err := tiles.OpenVector(path)
			if err != nil {
				b.Fatal(err)
			}
			vt, err := vf.Tile(z, x, y)
			check(b, vt, err)
			vf.Close()
		}
	})
	vf, err := tiles.OpenVector(path)
	if err != nil {
		b.Fatal(err)
	}
	defer vf.Close()
	b.Run("fetch+decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			vt, err := vf.Tile(z, x, y)
			check(b, vt, err)
		}
	})
	raw := storedTile(b, path, z, x, y)
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			vt, err := tiles.DecodeVector(raw, tiles.DefaultLimits())
			check(b, vt, err)
		}
	})
}

// storedTile returns the bytes of tile z/x/y as an MBTiles file stores them.
func storedTile(tb testing.TB, path string, z, x, y int) []byte {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var b []byte
	err = db.QueryRow("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
		z, x, tiles.FlipY(z, y)).Scan(&b)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
