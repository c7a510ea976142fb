package crs

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// FuzzRoundTrip converts any position to each frame and back. Inside the
// box around China, away from its edges, it must come back within 5 cm;
// outside the box GCJ-02 must leave it alone; a position in range always
// gives a finite one.
func FuzzRoundTrip(f *testing.F) {
	for _, p := range []orb.Point{{121.5497, 29.875}, {116.391275, 39.906217}, {72.0041, 30}, {139.69, 35.69}, {0, 0}, {-180, -90}, {180, 90}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, lon, lat float64) {
		if math.IsNaN(lon) || math.IsNaN(lat) || math.Abs(lon) > 180 || math.Abs(lat) > 90 {
			return
		}
		p := orb.Point{lon, lat}
		inner := lon > chinaMinLon+0.05 && lon < chinaMaxLon-0.05 && lat > chinaMinLat+0.05 && lat < chinaMaxLat-0.05
		for _, fr := range Frames() {
			there := fr.FromWGS84(p)
			back := fr.ToWGS84(there)
			for _, q := range []orb.Point{there, back, fr.ToWGS84(p)} {
				if math.IsNaN(q[0]) || math.IsNaN(q[1]) || math.IsInf(q[0], 0) || math.IsInf(q[1], 0) {
					t.Fatalf("%s: %v gives %v", fr, p, q)
				}
			}
			if inner {
				if d := metres(back, p); d > 0.05 {
					t.Errorf("%s: %v → %v → %v, %.3g m off", fr, p, there, back, d)
				}
			}
		}
		if !InChina(lon, lat) {
			if g := GCJ02.FromWGS84(p); g != p {
				t.Errorf("GCJ-02 moved %v outside China to %v", p, g)
			}
		}
	})
}

// FuzzParse checks that Parse either refuses a name or returns a frame
// whose name it reads back to the same frame.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "wgs84", "GCJ-02", "bd_09", "gcj", "WGS 84", "epsg:4326"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fr, err := Parse(s)
		if err != nil {
			return
		}
		again, err := Parse(fr.String())
		if err != nil || again != fr {
			t.Errorf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, fr, fr.String(), again, err)
		}
	})
}
