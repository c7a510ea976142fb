package tiles_test

import (
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/tiles"
)

// TestVerifyVector: Verify checks a vector file as the map draws it (VerifyVector): the
// fixtures pass; a file whose tiles are all broken is an error naming the file and a
// tile, and one that is no tile file is refused as before.
func TestVerifyVector(t *testing.T) {
	for _, f := range []string{"pm4-tengtou.pmtiles", "pm4-tengtou-raw.pmtiles", "pm4-tengtou.mbtiles", "omt-monaco.mbtiles", "omt-sf-z14.mbtiles"} {
		t.Run(f, func(t *testing.T) {
			warnings, err := tiles.Verify(filepath.Join("testdata", f))
			if err != nil || len(warnings) > 0 {
				t.Errorf("warnings %v, error %v; want none", warnings, err)
			}
		})
	}
	t.Run("broken tiles", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "broken.mbtiles")
		copyTo(t, filepath.Join("testdata", "pm4-tengtou.mbtiles"), path)
		db, err := sql.Open("sqlite3", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`UPDATE tiles SET tile_data = ?`, []byte{0x1f, 0x8b, 0x08, 0x00, 0x00}); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = tiles.Verify(path)
		var te *tiles.TileError
		if !errors.As(err, &te) || !strings.Contains(err.Error(), "broken.mbtiles") || !strings.Contains(err.Error(), "tile ") {
			t.Errorf("%v, want the broken tiles named", err)
		}
	})
}

func copyTo(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
