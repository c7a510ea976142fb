package hostile

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/binary"
	"fmt"
	"os"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" database/sql driver
)

// RasterMeta is metadata of a raster MBTiles around Ningbo.
func RasterMeta() map[string]string {
	return map[string]string{
		"name": "hostile", "format": "png", "bounds": "120.8,28.8,122.4,30.6",
		"minzoom": "0", "maxzoom": "14", "attribution": "test",
	}
}

// MBTilesSQL makes an SQLite file at path by running stmts, then fill.
func MBTilesSQL(path string, stmts []string, fill func(*sql.DB) error) error {
	os.Remove(path)
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range append([]string{"PRAGMA synchronous = OFF", "PRAGMA journal_mode = MEMORY"}, stmts...) {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	if fill != nil {
		if err := fill(db); err != nil {
			return err
		}
	}
	return db.Close()
}

// EndlessViewMBTiles writes an MBTiles whose tiles table is a view over a
// recursive query that never ends, with ordinary metadata: every tile
// looked up runs forever. (Its columns are not plain functions of the
// recursion's counter, which SQLite would fold into a WHERE clause that is
// false at once.)
func EndlessViewMBTiles(path string) error {
	stmts := []string{
		"CREATE TABLE metadata (name text, value text)",
		`CREATE VIEW tiles AS WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n+1 FROM r)
		 SELECT n % 20 AS zoom_level, abs(random()) % 1024 AS tile_column, abs(random()) % 1024 AS tile_row,
		 x'00' AS tile_data FROM r WHERE n < 0`,
	}
	return MBTilesSQL(path, stmts, func(db *sql.DB) error {
		for k, v := range RasterMeta() {
			if _, err := db.Exec("INSERT INTO metadata VALUES (?, ?)", k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// EndlessMetadataMBTiles writes an MBTiles whose metadata table is a view
// that never ends.
func EndlessMetadataMBTiles(path string) error {
	stmts := []string{
		`CREATE VIEW metadata AS WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n+1 FROM r)
		 SELECT 'k' || n AS name, 'v' AS value FROM r`,
		"CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)",
	}
	return MBTilesSQL(path, stmts, nil)
}

// PMTilesDirBomb writes a PMTiles v3 file whose gzipped root directory
// declares entries entries: 64 MB of zeros behind the count, a few KB on
// disk (gzip members of a megabyte of zeros each, compressed once).
func PMTilesDirBomb(path string, entries uint64) error {
	member := func(b []byte) []byte {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		return z.Bytes()
	}
	count := binary.AppendUvarint(nil, entries)
	var dir bytes.Buffer
	dir.Write(member(append(count, make([]byte, 1<<20-len(count)-1)...)))
	zeros := member(make([]byte, 1<<20))
	for range 63 {
		dir.Write(zeros)
	}
	h := PMTilesHeader(uint64(dir.Len()), 2, 2)
	return os.WriteFile(path, append(h, dir.Bytes()...), 0o644)
}

// PMTilesHeader returns a PMTiles v3 header whose root directory of rootLen
// bytes follows it and whose other sections are empty; internal is the
// directory compression (1 none, 2 gzip) and tileType 2 is PNG.
func PMTilesHeader(rootLen uint64, internal, tileType byte) []byte {
	h := make([]byte, 127)
	copy(h, "PMTiles")
	h[7] = 3
	put := func(i int, v uint64) { binary.LittleEndian.PutUint64(h[i:], v) }
	put(8, 127)
	put(16, rootLen)
	put(24, 127+rootLen)
	put(40, 127+rootLen)
	put(56, 127+rootLen)
	h[96] = 1
	h[97] = internal
	h[98] = 1
	h[99] = tileType
	h[100], h[101] = 0, 14
	deg := func(i int, v float64) { binary.LittleEndian.PutUint32(h[i:], uint32(int32(v*1e7))) }
	deg(102, 120.8)
	deg(106, 28.8)
	deg(110, 122.4)
	deg(114, 30.6)
	return h
}
