package main

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestCleanRing(t *testing.T) {
	sq := orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}
	tests := []struct {
		name string
		in   orb.Ring
		want orb.Ring
	}{
		{"already clean", sq, sq},
		{"repeated points", orb.Ring{{0, 0}, {0, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {0, 0}}, sq},
		{"not closed", orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, sq},
		{"too few points", orb.Ring{{0, 0}, {1, 0}, {1, 0}, {0, 0}}, nil},
		{"no area", orb.Ring{{0, 0}, {1, 0}, {2, 0}, {0, 0}}, nil},
		{"empty", orb.Ring{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cleanRing(tt.in)
			if !got.Equal(tt.want) {
				t.Errorf("cleanRing(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanPolygonWinding(t *testing.T) {
	cw := orb.Ring{{0, 0}, {0, 4}, {4, 4}, {4, 0}, {0, 0}}
	ccwHole := orb.Ring{{1, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 1}}
	p := cleanPolygon(orb.Polygon{cw.Clone(), ccwHole.Clone()})
	if len(p) != 2 {
		t.Fatalf("got %d rings, want 2", len(p))
	}
	if p[0].Orientation() != orb.CCW {
		t.Errorf("outer ring orientation %v, want CCW", p[0].Orientation())
	}
	if p[1].Orientation() != orb.CW {
		t.Errorf("hole orientation %v, want CW", p[1].Orientation())
	}
	if cleanPolygon(orb.Polygon{{{0, 0}, {1, 1}, {0, 0}}, ccwHole}) != nil {
		t.Error("polygon with a degenerate outer ring was kept")
	}
}

func TestPolylabel(t *testing.T) {
	// A U shape: its centroid lies in the notch, outside the polygon.
	u := orb.Polygon{{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}, {0, 0}}}
	tests := []struct {
		name string
		poly orb.Polygon
	}{
		{"square", orb.Polygon{{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}}},
		{"u shape", u},
		{"square with hole", orb.Polygon{
			{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}},
			{{1, 1}, {1, 3}, {3, 3}, {3, 1}, {1, 1}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := polylabel(tt.poly, 1e-3)
			if !planar.PolygonContains(tt.poly, p) {
				t.Errorf("label %v lies outside %v", p, tt.poly)
			}
		})
	}
}

// TestNeighbourTable checks the neighbours' table against itself: codes
// agree with their keys and lie in one of the cities read, and no
// neighbour is a district of Ningbo.
func TestNeighbourTable(t *testing.T) {
	prefixes := map[string]bool{"3301": true, "3304": true, "3306": true, "3309": true, "3310": true}
	if len(neighbourCities) != len(prefixes) {
		t.Fatalf("%d cities, want %d", len(neighbourCities), len(prefixes))
	}
	for code, d := range neighbours {
		t.Run(code, func(t *testing.T) {
			if d.code != code || d.zh == "" || d.en == "" {
				t.Errorf("entry %+v", d)
			}
			if !prefixes[code[:4]] {
				t.Errorf("code %s is in none of the cities read", code)
			}
			if _, ok := districts[d.zh]; ok {
				t.Errorf("%s is a district of Ningbo", d.zh)
			}
		})
	}
}
