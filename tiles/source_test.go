package tiles_test

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// TestCacheCap: the decoded tiles stay within the cap (plus the pinned
// base level) while every tile of the fixture is asked for.
func TestCacheCap(t *testing.T) {
	const capBytes = 20 * (256*256*4 + 64) // twenty tiles
	var arrived atomic.Int32
	src := openSource(t, "ningbo.pmtiles", tiles.SourceOptions{CacheBytes: capBytes, OnTile: func() { arrived.Add(1) }})
	src.Wait()
	base := src.CachedBytes()
	if base == 0 {
		t.Fatal("the base level was not preloaded")
	}
	for z := fixture.MinZoom; z <= fixture.MaxZoom; z++ {
		x0, y0, x1, y1 := fixture.Range(z)
		for x := x0; x <= x1; x++ {
			for y := y0; y <= y1; y++ {
				src.Tile(z, x, y)
			}
		}
		src.Wait()
		if got := src.CachedBytes(); got > base+capBytes {
			t.Fatalf("zoom %d: %d bytes cached, cap %d + base %d", z, got, capBytes, base)
		}
	}
	if arrived.Load() < 100 {
		t.Errorf("OnTile called %d times", arrived.Load())
	}
	// A tile asked for again arrives and stays; the pinned base is still there.
	src.Tile(11, 1715, 845)
	src.Wait()
	if _, ok := src.Peek(11, 1715, 845); !ok {
		t.Error("the tile asked for last is not cached")
	}
	z := src.BaseZoom()
	x0, y0, _, _ := fixture.Range(z)
	if _, ok := src.Peek(z, x0, y0); !ok {
		t.Errorf("base tile %d/%d/%d was evicted", z, x0, y0)
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if p, err := tiles.Find(dir); p != "" || err != nil {
		t.Fatalf("empty folder: %q, %v", p, err)
	}
	for _, n := range []string{"layer.geojson", "b.PMTiles", "c.mbtiles"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if p, err := tiles.Find(dir); p != filepath.Join(dir, "b.PMTiles") || err != nil {
		t.Errorf("Find = %q, %v", p, err)
	}
	if _, err := tiles.Find(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing folder gave no error")
	}
}
