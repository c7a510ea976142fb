package crs

import "math"

// Baidu's constants: the angle factor (π·3000/180) and the offset, in
// degrees, that BD-09 adds after its rotation and scaling.
const (
	baiduFactor = math.Pi * 3000 / 180
	baiduDLon   = 0.0065
	baiduDLat   = 0.006
)

// GCJ02ToBD09 returns the BD-09 position of a GCJ-02 longitude and
// latitude: a tiny scaling and rotation about (0, 0) that depend on the
// position, then a shift of 0.0065° east and 0.006° north. It applies
// everywhere, as Baidu's published formula does.
func GCJ02ToBD09(lon, lat float64) (float64, float64) {
	z := math.Hypot(lon, lat) + 0.00002*math.Sin(lat*baiduFactor)
	theta := math.Atan2(lat, lon) + 0.000003*math.Cos(lon*baiduFactor)
	s, c := math.Sincos(theta)
	return z*c + baiduDLon, z*s + baiduDLat
}

// BD09ToGCJ02 returns the GCJ-02 position whose BD-09 position is lon/lat,
// accurate to 1 cm.
//
// The formula published with BD-09 undoes the shift and then the scaling
// and rotation, but evaluates them at the BD-09 position instead of the
// GCJ-02 one: the rotation moves a point by up to 3e-6 rad × 125° ≈ 40 m,
// and the rotation's own term changes over that, which leaves up to
// 0.22 m (measured against gcoord, which uses that formula, over the
// positions in testdata). Here that formula gives the first guess, and fixed-point
// steps g ← g − (GCJ02ToBD09(g) − b) refine it; the rotation's term
// changes by at most 2 % of a distance moved, so each step shrinks the
// error at least fiftyfold; one step is enough unless the first guess is
// more than a metre off.
func BD09ToGCJ02(lon, lat float64) (float64, float64) {
	x, y := lon-baiduDLon, lat-baiduDLat
	z := math.Hypot(x, y) - 0.00002*math.Sin(y*baiduFactor)
	theta := math.Atan2(y, x) - 0.000003*math.Cos(x*baiduFactor)
	s, c := math.Sincos(theta)
	glon, glat := z*c, z*s
	for range maxSteps {
		blon, blat := GCJ02ToBD09(glon, glat)
		dlon, dlat := blon-lon, blat-lat
		glon, glat = glon-dlon, glat-dlat
		if math.Abs(dlon) < stepDone && math.Abs(dlat) < stepDone {
			break
		}
	}
	return glon, glat
}

// WGS84ToBD09 returns the BD-09 position of a WGS 84 longitude and
// latitude (through GCJ-02).
func WGS84ToBD09(lon, lat float64) (float64, float64) {
	return GCJ02ToBD09(WGS84ToGCJ02(lon, lat))
}

// BD09ToWGS84 returns the WGS 84 position whose BD-09 position is lon/lat
// (through GCJ-02).
func BD09ToWGS84(lon, lat float64) (float64, float64) {
	return GCJ02ToWGS84(BD09ToGCJ02(lon, lat))
}
