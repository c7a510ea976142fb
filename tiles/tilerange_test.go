package tiles

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestTileRange: the tiles covering a file's bounds, with latitudes past the
// Web Mercator square's edge (a file whose bounds reach the poles) taken as
// on it: the south pole is in the last row, not the first.
func TestTileRange(t *testing.T) {
	bound := func(w, s, e, n float64) Meta {
		return Meta{Bounds: orb.Bound{Min: orb.Point{w, s}, Max: orb.Point{e, n}}}
	}
	for _, c := range []struct {
		name           string
		m              Meta
		z              int
		x0, y0, x1, y1 int
	}{
		{"world at zoom 0", Meta{Bounds: world}, 0, 0, 0, 0, 0},
		{"world at zoom 2", Meta{Bounds: world}, 2, 0, 0, 3, 3},
		{"poles at zoom 2", bound(-180, -90, 180, 90), 2, 0, 0, 3, 3},
		{"south pole at zoom 3", bound(-180, -90, 180, -90), 3, 0, 7, 7, 7},
		{"north pole at zoom 3", bound(-180, 90, 180, 90), 3, 0, 0, 7, 0},
		{"past the date line at zoom 1", bound(-200, -10, 200, 10), 1, 0, 0, 1, 1},
		{"ningbo at zoom 10", bound(121.3, 29.7, 121.9, 30.1), 10, 857, 422, 858, 423},
	} {
		t.Run(c.name, func(t *testing.T) {
			x0, y0, x1, y1 := c.m.TileRange(c.z)
			if x0 != c.x0 || y0 != c.y0 || x1 != c.x1 || y1 != c.y1 {
				t.Errorf("tiles %d,%d–%d,%d, want %d,%d–%d,%d", x0, y0, x1, y1, c.x0, c.y0, c.x1, c.y1)
			}
		})
	}
}
