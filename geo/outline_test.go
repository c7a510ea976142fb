package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestOuterEdges(t *testing.T) {
	sq := func(x0, y0, x1, y1 float64) orb.MultiPolygon {
		return orb.MultiPolygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}
	}
	cases := []struct {
		name   string
		polys  []orb.MultiPolygon
		lines  int
		length float64 // total, in degrees
	}{
		{"one square: its ring", []orb.MultiPolygon{sq(0, 0, 1, 1)}, 1, 4},
		{"two squares side by side: no middle border", []orb.MultiPolygon{sq(0, 0, 1, 1), sq(1, 0, 2, 1)}, 2, 6},
		{"apart: two rings", []orb.MultiPolygon{sq(0, 0, 1, 1), sq(3, 0, 4, 1)}, 2, 8},
		{"none", nil, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := OuterEdges(c.polys)
			if len(got) != c.lines {
				t.Fatalf("%d lines %v, want %d", len(got), got, c.lines)
			}
			total := 0.0
			for _, l := range got {
				for i := 1; i < len(l); i++ {
					total += abs(l[i][0]-l[i-1][0]) + abs(l[i][1]-l[i-1][1])
				}
			}
			if total != c.length {
				t.Errorf("length %g, want %g", total, c.length)
			}
		})
	}
	// The real districts: the outline is shorter than all rings together
	// and longer than nothing.
	ds := loadDistricts(t)
	all, outer := 0, 0
	for _, mp := range ds {
		for _, p := range mp {
			for _, r := range p {
				all += len(r)
			}
		}
	}
	for _, l := range OuterEdges(ds) {
		outer += len(l)
	}
	if outer == 0 || outer >= all {
		t.Errorf("outline has %d points of %d", outer, all)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
