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
//
// The formula takes the point's polar angle and radius, adds 3e-6 rad and
// 2e-5° to them and goes back; here the rotation and scaling are applied
// to the point directly (baiduTurn), which is the same to 1e-14°.
func GCJ02ToBD09(lon, lat float64) (float64, float64) {
	x, y := baiduTurn(lon, lat, radius(lon, lat), 0.00002*math.Sin(lat*baiduFactor), 0.000003*math.Cos(lon*baiduFactor))
	return x + baiduDLon, y + baiduDLat
}

// radius is the distance of x, y from (0, 0). Degrees never overflow
// x² + y², so math.Hypot's care for overflow is not needed.
func radius(x, y float64) float64 { return math.Sqrt(x*x + y*y) }

// baiduTurn returns x, y (at the distance r from (0, 0)) rotated about
// (0, 0) by the small angle a (radians) and moved away from it by dr
// (degrees).
func baiduTurn(x, y, r, dr, a float64) (float64, float64) {
	if r == 0 {
		return x, y
	}
	k := (r + dr) / r
	// cos a and sin a to far below float64's precision for |a| ≤ 3e-6.
	ca, sa := 1-a*a/2, a-a*a*a/6
	return k * (x*ca - y*sa), k * (y*ca + x*sa)
}

// BD09ToGCJ02 returns the GCJ-02 position whose BD-09 position is lon/lat,
// accurate to 1 cm.
//
// The formula published with BD-09 undoes the shift and then the scaling
// and rotation, but evaluates them at the BD-09 position b instead of the
// GCJ-02 one g: the rotation moves a point by up to 3e-6 rad × 125° ≈ 40 m,
// and the rotation's own term changes over that, which leaves up to
// 0.22 m (measured against gcoord, which uses that formula, over the
// positions in testdata). Here that formula gives the first guess g₀, and
// the two terms are then taken at g₀ by their first-order Taylor step from
// b (sin and cos come from the same Sincos calls): the terms' second-order
// change over 40 m moves the result by under 1 cm, so no further step is
// needed (bd09Iterate, in the tests, refines by fixed-point steps and
// agrees).
func BD09ToGCJ02(lon, lat float64) (float64, float64) {
	x, y := lon-baiduDLon, lat-baiduDLat
	sy, cy := math.Sincos(y * baiduFactor)
	sx, cx := math.Sincos(x * baiduFactor)
	r := radius(x, y)
	glon, glat := baiduTurn(x, y, r, -0.00002*sy, -0.000003*cx)
	// sin((y−εy)·f) ≈ sin(y·f) − εy·f·cos(y·f), and cos likewise.
	ey, ex := (y-glat)*baiduFactor, (x-glon)*baiduFactor
	return baiduTurn(x, y, r, -0.00002*(sy-ey*cy), -0.000003*(cx+ex*sx))
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
