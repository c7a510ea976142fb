package tiles_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

func fixturePath(name string) string { return filepath.Join("testdata", name) }

func TestOpenFixtures(t *testing.T) {
	for _, name := range []string{"ningbo.mbtiles", "ningbo.pmtiles"} {
		t.Run(name, func(t *testing.T) {
			f, err := tiles.Open(fixturePath(name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			m := f.Meta()
			if m.Format != "png" || m.MinZoom != 7 || m.MaxZoom != 11 {
				t.Errorf("meta %+v, want png 7..11", m)
			}
			if !strings.Contains(f.Attribution(), "echarts") {
				t.Errorf("attribution %q", f.Attribution())
			}
			if m.Bounds.Min[0] != 120.8 || m.Bounds.Max[1] != 30.6 {
				t.Errorf("bounds %v", m.Bounds)
			}
			// 9/428/211 holds Ningbo's city centre.
			for _, c := range []struct{ z, x, y int }{{9, 428, 211}, {11, 1715, 845}, {7, 107, 53}} {
				b, err := f.Raw(c.z, c.x, c.y)
				if err != nil || len(b) < 8 || string(b[1:4]) != "PNG" {
					t.Errorf("tile %v: %d bytes, %v", c, len(b), err)
				}
				img, err := tiles.Decode(m.Format, b)
				if err != nil || img.Rect.Dx() != 256 {
					t.Errorf("tile %v: decode: %v", c, err)
				}
			}
			if b, err := f.Raw(9, 0, 0); b != nil || err != nil {
				t.Errorf("tile outside the file: %d bytes, %v", len(b), err)
			}
			if b, err := f.Raw(3, 9, 0); b != nil || err != nil {
				t.Errorf("tile outside the world: %d bytes, %v", len(b), err)
			}
		})
	}
}

// TestSameTiles checks that both containers hold the same bytes for every tile.
func TestSameTiles(t *testing.T) {
	mb, err := tiles.Open(fixturePath("ningbo.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer mb.Close()
	pm, err := tiles.Open(fixturePath("ningbo.pmtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer pm.Close()
	n := 0
	for z := fixture.MinZoom; z <= fixture.MaxZoom; z++ {
		x0, y0, x1, y1 := fixture.Range(z)
		for x := x0 - 1; x <= x1+1; x++ {
			for y := y0 - 1; y <= y1+1; y++ {
				a, err1 := mb.Raw(z, x, y)
				b, err2 := pm.Raw(z, x, y)
				if err1 != nil || err2 != nil || string(a) != string(b) {
					t.Fatalf("tile %d/%d/%d differs: %d vs %d bytes (%v, %v)", z, x, y, len(a), len(b), err1, err2)
				}
				if a != nil {
					n++
				}
			}
		}
	}
	if n != 188 {
		t.Errorf("%d tiles compared, want the fixture's 188", n)
	}
}

// TestLibraryFixtures reads two files written by go-pmtiles itself.
func TestLibraryFixtures(t *testing.T) {
	f, err := tiles.Open(fixturePath("unclustered.pmtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if m := f.Meta(); m.Format != "png" {
		t.Errorf("format %q", m.Format)
	}
	_, err = tiles.Open(fixturePath("test_fixture_1.pmtiles"))
	if !errors.Is(err, tiles.ErrVectorTiles) {
		t.Errorf("vector PMTiles: %v, want ErrVectorTiles", err)
	}
}
