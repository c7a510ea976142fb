package data

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// TestPlacesInTheirDistricts checks every embedded place against the
// embedded basemap, both in WGS 84 since both were converted from GCJ-02
// (cmd/basemapgen): each place lies inside the district its
// "district" names, as it did before the conversion, and the test logs how
// far inside.
func TestPlacesInTheirDistricts(t *testing.T) {
	requireLayers(t)
	ds := embeddedDataset(t)
	sites := append([]*Site{ds.Overview}, ds.Sites...)
	for _, s := range sites {
		t.Run(s.ID, func(t *testing.T) {
			d := ds.DistrictOf(s.District)
			if d == nil {
				t.Fatalf("no district %s", s.District)
			}
			if !d.Contains(s.Point) {
				t.Fatalf("%v lies outside %s", s.Point, d.Name.Zh)
			}
			t.Logf("%v: %.0f m inside %s", s.Point, borderDistance(d.Geometry, s.Point), d.Name.Zh)
		})
	}
}

// borderDistance returns the distance in metres from p to the nearest
// border of mp (longitude scaled by the cosine of the latitude).
func borderDistance(mp orb.MultiPolygon, p orb.Point) float64 {
	k := math.Cos(p[1] * math.Pi / 180)
	best := math.Inf(1)
	for _, poly := range mp {
		for _, r := range poly {
			for i := 0; i+1 < len(r); i++ {
				a := orb.Point{r[i][0] * k, r[i][1]}
				b := orb.Point{r[i+1][0] * k, r[i+1][1]}
				best = min(best, planar.DistanceFromSegment(a, b, orb.Point{p[0] * k, p[1]}))
			}
		}
	}
	return best * 111195
}
