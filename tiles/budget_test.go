//go:build unix

package tiles_test

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"ningbomap/budget"
	"ningbomap/internal/fixture"
	"ningbomap/internal/hostile"
	"ningbomap/tiles"
)

// shortQueries lowers the query time budget for a test.
func shortQueries(t *testing.T) {
	old := budget.Query
	budget.Query.Limit = int64(300 * time.Millisecond)
	t.Cleanup(func() { budget.Query = old })
}

// TestHostileTileFiles opens well-formed files built to exhaust memory or
// time: each is refused, or read within its budgets, in time and naming
// the budget.
func TestHostileTileFiles(t *testing.T) {
	dir := t.TempDir()
	meta := fixture.Meta()
	bigEntries := func(p string) error {
		// Two million entries, four bytes each: within the directory size
		// budget, over the entries budget.
		n := uint64(2 << 20)
		raw := binary.AppendUvarint(nil, n)
		raw = append(raw, make([]byte, 4*n)...)
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(raw)
		zw.Close()
		return os.WriteFile(p, append(hostile.PMTilesHeader(uint64(z.Len()), 2, 2), z.Bytes()...), 0o644)
	}
	manyRows := func(p string) error {
		return hostile.MBTilesSQL(p, []string{"CREATE TABLE metadata (name text, value text)",
			"CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)"},
			func(db *sql.DB) error {
				for k, v := range meta {
					db.Exec("INSERT INTO metadata VALUES (?, ?)", k, v)
				}
				for i := range 2000 {
					db.Exec("INSERT INTO metadata VALUES (?, 'x')", fmt.Sprint("k", i))
				}
				return nil
			})
	}
	hugeValue := func(p string) error {
		m := fixture.Meta()
		m["json"] = strings.Repeat("x", 17<<20)
		return fixture.WriteMBTilesFast(p, m, nil)
	}
	tests := []struct {
		name  string
		write func(p string) error
		says  string
	}{
		{"dirbomb.pmtiles", func(p string) error { return hostile.PMTilesDirBomb(p, 67_000_000) }, "67,000,000 is over the tile directory entries budget"},
		{"entries.pmtiles", bigEntries, "tile directory entries budget of 1,048,576"},
		{"endless-metadata.mbtiles", hostile.EndlessMetadataMBTiles, "metadata rows budget of 1,000"},
		{"rows.mbtiles", manyRows, "metadata rows budget of 1,000"},
		{"value.mbtiles", hugeValue, "tile metadata size budget of 16 MB"},
		{"endless-zooms.mbtiles", func(p string) error {
			if err := hostile.EndlessViewMBTiles(p); err != nil {
				return err
			}
			db, err := sql.Open("sqlite3", p)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = db.Exec("DELETE FROM metadata WHERE name IN ('minzoom', 'maxzoom')")
			return err
		}, "finding the zoom range in the tiles table (the metadata has no minzoom and maxzoom): over the query time budget of 300ms"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := tc.write(p); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(tc.says, "query time") {
				shortQueries(t)
			}
			var err error
			hostile.Within(t, 10*time.Second, "Open", func() {
				var f *tiles.File
				if f, err = tiles.Open(p); err == nil {
					f.Close()
				}
			})
			if !errors.Is(err, budget.ErrOver) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("Open: %v; want the file and %q", err, tc.says)
			}
		})
	}
}

func TestEndlessTilesView(t *testing.T) {
	shortQueries(t)
	p := filepath.Join(t.TempDir(), "endless.mbtiles")
	if err := hostile.EndlessViewMBTiles(p); err != nil {
		t.Fatal(err)
	}
	f, err := tiles.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	hostile.Within(t, 5*time.Second, "Raw", func() {
		if _, err = f.Raw(9, 428, 211); !errors.Is(err, budget.ErrOver) || !strings.Contains(err.Error(), "query time budget") {
			t.Errorf("Raw: %v", err)
		}
	})
	start := time.Now()
	if _, err = f.Raw(9, 429, 211); !errors.Is(err, budget.ErrOver) || time.Since(start) > 100*time.Millisecond {
		t.Errorf("the next tile: %v after %v; want the same error at once", err, time.Since(start))
	}
	f.Close()

	// A source on such a file closes at once, its workers interrupted.
	f, err = tiles.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	budget.Query.Limit = int64(time.Minute)
	src := tiles.NewSource(f, tiles.SourceOptions{})
	time.Sleep(100 * time.Millisecond) // the workers are in their queries
	hostile.Within(t, 5*time.Second, "Close", func() { src.Close() })
}

func TestHostileTiles(t *testing.T) {
	tests := []struct {
		name   string
		format string
		b      []byte
		says   string
	}{
		{"20000×20000 png", "png", hostile.PNGHeader(20000, 20000, 8, 6, false), "tile side budget of 4,096 pixels"},
		{"16-bit interlaced png", "png", hostile.PNGHeader(4096, 4096, 16, 6, true), "tile decoding memory budget of 96 MB"},
		{"progressive jpeg", "jpg", func() []byte {
			var b bytes.Buffer
			hostile.ProgressiveJPEG(&b, 4096, 4096)
			return b.Bytes()
		}(), "tile decoding memory budget"},
		{"jpeg in a png file", "png", func() []byte {
			var b bytes.Buffer
			hostile.ProgressiveJPEG(&b, 16, 16)
			return b.Bytes()
		}(), "a jpeg image in a file of png tiles"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := tiles.Decode(tc.format, tc.b)
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("Decode: %v; want %q", err, tc.says)
			}
			if a := after.TotalAlloc - before.TotalAlloc; a > 1<<20 {
				t.Errorf("refusing it allocated %d bytes", a)
			}
		})
	}
}

func TestAttributionCut(t *testing.T) {
	p := filepath.Join(t.TempDir(), "attribution.mbtiles")
	m := fixture.Meta()
	m["attribution"] = strings.Repeat("© someone ", 100_000)
	m["name"] = strings.Repeat("名", 1000)
	if err := fixture.WriteMBTiles(p, m, someTiles(t)); err != nil {
		t.Fatal(err)
	}
	f, err := tiles.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n := utf8.RuneCountInString(f.Attribution()); n != budget.Attribution.Int() || !strings.HasSuffix(f.Attribution(), "…") {
		t.Errorf("attribution of %d characters", n)
	}
	if n := utf8.RuneCountInString(f.Meta().Name); n != budget.Name.Int() {
		t.Errorf("name of %d characters", n)
	}
	w := f.Warnings()
	if len(w) != 2 || !strings.Contains(w[1].Error(), p+": metadata: attribution: a 1.0 MB text is over the attribution length budget of 500 characters") {
		t.Errorf("warnings %v", w)
	}
}

func TestNotRegularTileFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.mbtiles")
	hostile.Mkfifo(t, fifo)
	zero := filepath.Join(dir, "zero.pmtiles")
	os.Symlink("/dev/zero", zero)
	for _, p := range []string{fifo, zero} {
		hostile.Within(t, 5*time.Second, "Open", func() {
			if _, err := tiles.Open(p); !errors.Is(err, budget.ErrNotRegular) || !strings.Contains(err.Error(), p) {
				t.Errorf("Open(%s): %v", p, err)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	dir := t.TempDir()
	good := someTiles(t)
	broken := []fixture.Tile{}
	for _, g := range good {
		broken = append(broken, fixture.Tile{Z: g.Z, X: g.X, Y: g.Y, Data: []byte("\x89PNG\r\n\x1a\nbroken")})
	}
	tests := []struct {
		name  string
		write func(p string) error
		says  string // "" for no error
	}{
		{"fixture.mbtiles", func(p string) error {
			b, err := os.ReadFile(fixturePath("ningbo.mbtiles"))
			if err == nil {
				err = os.WriteFile(p, b, 0o644)
			}
			return err
		}, ""},
		{"fixture.pmtiles", func(p string) error {
			b, err := os.ReadFile(fixturePath("ningbo.pmtiles"))
			if err == nil {
				err = os.WriteFile(p, b, 0o644)
			}
			return err
		}, ""},
		{"broken.mbtiles", func(p string) error {
			m := fixture.Meta()
			m["minzoom"], m["maxzoom"] = "9", "9"
			return fixture.WriteMBTiles(p, m, broken)
		}, "corrupt tile"},
		{"empty.mbtiles", func(p string) error { return fixture.WriteMBTiles(p, fixture.Meta(), nil) }, "nothing of it can be drawn"},
		{"bomb.mbtiles", func(p string) error {
			m := fixture.Meta()
			m["minzoom"], m["maxzoom"] = "9", "9"
			ts := []fixture.Tile{{Z: 9, X: 428, Y: 211, Data: hostile.PNGHeader(20000, 20000, 8, 6, false)}}
			return fixture.WriteMBTiles(p, m, append(ts, good[:1]...))
		}, "tile side budget"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := tc.write(p); err != nil {
				t.Fatal(err)
			}
			_, err := tiles.Verify(p)
			switch {
			case tc.says == "" && err != nil:
				t.Errorf("Verify: %v", err)
			case tc.says != "" && (err == nil || !strings.Contains(err.Error(), tc.says) || !strings.Contains(err.Error(), p)):
				t.Errorf("Verify: %v; want the file and %q", err, tc.says)
			}
		})
	}
}
