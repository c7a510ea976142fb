package tiles_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// someTiles returns a few fixture tiles: 9/428/211 and its neighbours.
func someTiles(t *testing.T) []fixture.Tile {
	t.Helper()
	f, err := tiles.Open(fixturePath("ningbo.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture.Tile
	for _, x := range []int{427, 428, 429} {
		b, err := f.Raw(9, x, 211)
		if err != nil || b == nil {
			t.Fatalf("fixture tile 9/%d/211: %v", x, err)
		}
		out = append(out, fixture.Tile{Z: 9, X: x, Y: 211, Data: b})
	}
	return out
}

func TestOpenBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := someTiles(t)
	pbfMeta := fixture.Meta()
	pbfMeta["format"] = "pbf"
	noFormat := fixture.Meta()
	delete(noFormat, "format")
	cases := []struct {
		name  string
		write func(path string) error
		want  error  // errors.Is target, or nil
		text  string // in the message
	}{
		{"text.mbtiles", func(p string) error { return os.WriteFile(p, []byte("just some text\n"), 0o644) }, tiles.ErrNotTileFile, "not an MBTiles"},
		{"empty.pmtiles", func(p string) error { return os.WriteFile(p, nil, 0o644) }, tiles.ErrNotTileFile, "empty file"},
		{"vector.mbtiles", func(p string) error { return fixture.WriteMBTiles(p, pbfMeta, good) }, tiles.ErrVectorTiles, `format "pbf"`},
		{"vector.pmtiles", func(p string) error {
			return os.WriteFile(p, fixture.PMTiles(fixture.Meta(), fixture.TypeMVT, good), 0o644)
		}, tiles.ErrVectorTiles, `format "mvt"`},
		{"nometa.mbtiles", func(p string) error { return fixture.WriteMBTiles(p, nil, good) }, tiles.ErrNoMetadata, "no metadata table"},
		{"noformat.mbtiles", func(p string) error { return fixture.WriteMBTiles(p, noFormat, good) }, tiles.ErrNoMetadata, "no tile format"},
		{"truncated.pmtiles", func(p string) error {
			return os.WriteFile(p, fixture.PMTiles(fixture.Meta(), fixture.TypePNG, good)[:140], 0o644)
		}, tiles.ErrBadDirectory, "root directory"},
		{"v2.pmtiles", func(p string) error { return os.WriteFile(p, []byte("PMTiles\x02rest"), 0o644) }, tiles.ErrNotTileFile, "version 2"},
		{"sqlite-garbage.mbtiles", func(p string) error {
			return os.WriteFile(p, []byte("SQLite format 3\x00"+strings.Repeat("x", 2000)), 0o644)
		}, nil, "SQLite"},
		{"missing.mbtiles", func(string) error { return nil }, os.ErrNotExist, "missing.mbtiles"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name)
			if err := c.write(path); err != nil {
				t.Fatal(err)
			}
			f, err := tiles.Open(path)
			if err == nil {
				f.Close()
				t.Fatal("opened")
			}
			var fe *tiles.FileError
			if !errors.As(err, &fe) || fe.Path != path || !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error %q does not start with the file's name", err)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("error %q is not %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.text) {
				t.Errorf("error %q does not say %q", err, c.text)
			}
		})
	}
}

// TestCorruptTile: a tile whose bytes are not an image is reported once
// and the other tiles still draw.
func TestCorruptTile(t *testing.T) {
	ts := someTiles(t)
	ts[1].Data = []byte("\x89PNG\r\n\x1a\n broken")
	ts = append(ts, fixture.Tile{Z: 9, X: 430, Y: 211, Data: []byte("garbage")})
	for _, kind := range []string{"mbtiles", "pmtiles"} {
		t.Run(kind, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "corrupt."+kind)
			var err error
			if kind == "mbtiles" {
				err = fixture.WriteMBTiles(path, fixture.Meta(), ts)
			} else {
				err = os.WriteFile(path, fixture.PMTiles(fixture.Meta(), fixture.TypePNG, ts), 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			f, err := tiles.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			var reports []error
			src := tiles.NewSource(f, tiles.SourceOptions{OnError: func(err error) { reports = append(reports, err) }})
			defer src.Close()
			for _, x := range []int{427, 428, 429, 430} {
				src.Tile(9, x, 211)
			}
			src.Wait()
			if len(reports) != 1 || !errors.Is(reports[0], tiles.ErrCorruptTile) || !strings.HasPrefix(reports[0].Error(), path+": tile 9/") {
				t.Errorf("reports %v, want one corrupt-tile error naming the file", reports)
			}
			if _, ok := src.Tile(9, 427, 211); !ok {
				t.Error("a good tile beside the corrupt one is missing")
			}
			if _, ok := src.Tile(9, 429, 211); !ok {
				t.Error("a good tile beside the corrupt one is missing")
			}
			if _, ok := src.Tile(9, 428, 211); ok {
				t.Error("the corrupt tile was served")
			}
			if src.Err() == nil {
				t.Error("Err is nil")
			}
		})
	}
}
