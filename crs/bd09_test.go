package crs

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// bd09Iterate is BD09ToGCJ02 by fixed-point steps g ← g − (GCJ02ToBD09(g) − b)
// until they are shorter than 1e-12°: slow, and exact to float64's
// rounding.
func bd09Iterate(lon, lat float64) (float64, float64) {
	glon, glat := lon-baiduDLon, lat-baiduDLat
	for range 50 {
		blon, blat := GCJ02ToBD09(glon, glat)
		dlon, dlat := blon-lon, blat-lat
		glon, glat = glon-dlon, glat-dlat
		if math.Abs(dlon) < 1e-12 && math.Abs(dlat) < 1e-12 {
			break
		}
	}
	return glon, glat
}

// TestBD09InverseStep checks BD09ToGCJ02's one Taylor step against the
// exact inverse over a grid covering China and beyond (BD-09 applies
// everywhere): within 1 cm, and within 2 mm around Ningbo.
func TestBD09InverseStep(t *testing.T) {
	worst, worstNingbo := 0.0, 0.0
	var at orb.Point
	for lon := -179.5; lon < 180; lon += 0.73 {
		for lat := -84.5; lat < 85; lat += 0.61 {
			glon, glat := BD09ToGCJ02(lon, lat)
			wlon, wlat := bd09Iterate(lon, lat)
			d := metres(orb.Point{glon, glat}, orb.Point{wlon, wlat})
			if d > worst {
				worst, at = d, orb.Point{lon, lat}
			}
			if lon > 120.5 && lon < 122.5 && lat > 28.5 && lat < 30.5 && d > worstNingbo {
				worstNingbo = d
			}
		}
	}
	t.Logf("worst %.2g m at %v; around Ningbo %.2g m", worst, at, worstNingbo)
	if worst > 0.01 || worstNingbo > 0.002 {
		t.Errorf("worst %.3g m at %v, around Ningbo %.3g m: want ≤ 1 cm and ≤ 2 mm", worst, at, worstNingbo)
	}
}
