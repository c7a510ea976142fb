package tiles_test

import (
	"testing"

	"ningbomap/tiles"
)

func TestFlipY(t *testing.T) {
	cases := []struct{ z, y, row int }{
		{0, 0, 0},
		{1, 0, 1},
		{1, 1, 0},
		{9, 211, 300},
		{11, 845, 1202},
		{20, 0, 1<<20 - 1},
	}
	for _, c := range cases {
		t.Run("", func(t *testing.T) {
			if got := tiles.FlipY(c.z, c.y); got != c.row {
				t.Errorf("FlipY(%d, %d) = %d, want %d", c.z, c.y, got, c.row)
			}
			if back := tiles.FlipY(c.z, c.row); back != c.y {
				t.Errorf("FlipY(%d, %d) = %d, want %d back", c.z, c.row, back, c.y)
			}
		})
	}
}

// TestTileID uses the values of the PMTiles v3 specification and of
// go-pmtiles' own tests.
func TestTileID(t *testing.T) {
	cases := []struct {
		z, x, y int
		id      uint64
	}{
		{0, 0, 0, 0},
		{1, 0, 0, 1},
		{1, 0, 1, 2},
		{1, 1, 1, 3},
		{1, 1, 0, 4},
		{2, 0, 0, 5},
		{12, 3423, 1763, 19078479},
	}
	for _, c := range cases {
		t.Run("", func(t *testing.T) {
			if got := tiles.TileID(c.z, c.x, c.y); got != c.id {
				t.Errorf("TileID(%d, %d, %d) = %d, want %d", c.z, c.x, c.y, got, c.id)
			}
		})
	}
	seen := map[uint64]bool{}
	for x := range 8 {
		for y := range 8 {
			id := tiles.TileID(3, x, y)
			if id < 21 || id >= 85 || seen[id] {
				t.Fatalf("TileID(3, %d, %d) = %d: outside 21..84 or repeated", x, y, id)
			}
			seen[id] = true
		}
	}
}
