package crs

import "math"

// The GCJ-02 algorithm's constants: the Krasovsky 1940 ellipsoid's
// semi-major axis (metres) and squared eccentricity.
const (
	krasovskyA  = 6378245.0
	krasovskyE2 = 0.00669342162296594323
)

// The box outside which the GCJ-02 algorithm leaves positions unchanged.
const (
	chinaMinLon = 72.004
	chinaMaxLon = 137.8347
	chinaMinLat = 0.8293
	chinaMaxLat = 55.8271
)

// InChina reports whether lon/lat lies in the rough box around China in
// which the GCJ-02 algorithm moves positions. It is a box, not a border:
// it takes in parts of China's neighbours too, as the algorithm does.
func InChina(lon, lat float64) bool {
	return lon >= chinaMinLon && lon <= chinaMaxLon && lat >= chinaMinLat && lat <= chinaMaxLat
}

// WGS84ToGCJ02 returns the GCJ-02 position of a WGS 84 longitude and
// latitude (unchanged outside InChina).
func WGS84ToGCJ02(lon, lat float64) (float64, float64) {
	if !InChina(lon, lat) {
		return lon, lat
	}
	dlon, dlat := gcjDelta(lon, lat)
	return lon + dlon, lat + dlat
}

// GCJ02ToWGS84 returns the WGS 84 position whose GCJ-02 position is
// lon/lat (unchanged outside InChina), accurate to 5 cm: at most 3.4 cm
// over the whole box, 6 mm around Ningbo (TestRoundTrip).
//
// It solves w + δ(w) = g by fixed-point steps w ← g − δ(w) from w = g.
// The offset δ changes by at most 0.8 % of any distance moved (measured
// over the whole box; around Ningbo 0.1 %), so each step shrinks the
// error at least 125-fold and what is left after a step is at most 0.8 %
// of that step. It stops after a step shorter than 5e-5° (about 5 m):
// two steps nearly everywhere, each a forward conversion.
func GCJ02ToWGS84(lon, lat float64) (float64, float64) {
	if !InChina(lon, lat) {
		return lon, lat
	}
	wlon, wlat := lon, lat
	// The sines of the algorithm's angles at w: from Sincos once, then
	// turned by each step (steps are at most about 0.01°, 2e-4 rad).
	sx, cx := math.Sincos((wlon - 105) * math.Pi / 180)
	sy, cy := math.Sincos((wlat - 35) * math.Pi / 180)
	for range maxSteps {
		dlon, dlat := gcjDeltaAt(wlon-105, wlat-35, sx, cx, sy, cy)
		nlon, nlat := lon-dlon, lat-dlat
		done := math.Abs(nlon-wlon) < stepDone && math.Abs(nlat-wlat) < stepDone
		if !done {
			sx, cx = turn(sx, cx, (nlon-wlon)*math.Pi/180)
			sy, cy = turn(sy, cy, (nlat-wlat)*math.Pi/180)
		}
		wlon, wlat = nlon, nlat
		if done {
			break
		}
	}
	return wlon, wlat
}

// turn returns the sine and cosine of θ+d from those of θ, for a small d
// (|d| ≤ 1e-3 rad: the series' next terms, d⁴/24 and d⁵/120, are below
// 1e-13, and the steps of GCJ02ToWGS84 are at most 2e-4 rad).
func turn(s, c, d float64) (float64, float64) {
	d2 := d * d
	cd, sd := 1-d2/2, d*(1-d2/6)
	return s*cd + c*sd, c*cd - s*sd
}

// stepDone is the step length, in degrees, after which an iterative
// inverse stops: what is left is at most the step times the rate at which
// the offset changes, for GCJ-02 at most 0.8 % of 5e-5° (4.5 cm), and in
// practice less, since the last step is mostly far shorter. maxSteps
// bounds the steps.
const (
	stepDone = 5e-5
	maxSteps = 8
)

// gcjDelta returns the GCJ-02 offset in degrees at WGS 84 lon/lat: the
// algorithm's two polynomials-plus-sines in metres, turned into degrees
// on the Krasovsky ellipsoid.
//
// The algorithm takes ten sines of multiples of πx and πy (x, y the
// distances in degrees from 105°E, 35°N): πx/30, πx/12, πx/3, πx, 2πx,
// 6πx and πy/30, πy/12, πy/3, πy, and the sine and cosine of the latitude.
// All are sums of multiples of πx/180 and πy/180 and constants, so they
// come here from one Sincos each by the double-, triple- and
// addition-angle identities; the results agree with the direct sines to
// about 1e-13 (gcjDeltaDirect in the tests keeps the literal formula).
func gcjDelta(lon, lat float64) (dlon, dlat float64) {
	x, y := lon-105, lat-35
	sx, cx := math.Sincos(x * math.Pi / 180)
	sy, cy := math.Sincos(y * math.Pi / 180)
	return gcjDeltaAt(x, y, sx, cx, sy, cy)
}

// gcjDeltaAt is gcjDelta from x, y and the sines and cosines of πx/180 and
// πy/180.
func gcjDeltaAt(x, y, sx, cx, sy, cy float64) (dlon, dlat float64) {
	sx30, sx12, sx3, sx1, sx2, sx6 := sines(sx, cx)
	sy30, sy12, sy3, sy1, _, _ := sines(sy, cy)

	common := 20*sx6 + 20*sx2
	mlat := -100 + 2*x + 3*y + 0.2*y*y + 0.1*x*y + 0.2*math.Sqrt(math.Abs(x)) +
		(common+20*sy1+40*sy3+160*sy12+320*sy30)*2/3
	mlon := 300 + x + 2*y + 0.1*x*x + 0.1*x*y + 0.1*math.Sqrt(math.Abs(x)) +
		(common+20*sx1+40*sx3+150*sx12+300*sx30)*2/3

	// The latitude is y + 35°: its sine and cosine by the addition formulas.
	s := sy*cos35 + cy*sin35
	c := cy*cos35 - sy*sin35
	magic := 1 - krasovskyE2*s*s
	sqrtMagic := math.Sqrt(magic)
	// mlat·180/(a(1−e²)/(magic·√magic)·π) and mlon·180/(a/√magic·c·π), with
	// the constant parts folded: one division instead of two.
	dlat = mlat * (magic * sqrtMagic) * latDegrees
	dlon = mlon * sqrtMagic / c * lonDegrees
	return dlon, dlat
}

// The metres-to-degrees factors of gcjDelta without their position-dependent
// parts.
const (
	latDegrees = 180 / (krasovskyA * (1 - krasovskyE2) * math.Pi)
	lonDegrees = 180 / (krasovskyA * math.Pi)
)

// The sine and cosine of 35°, where the algorithm's y is measured from.
var sin35, cos35 = math.Sincos(35 * math.Pi / 180)

// sines returns sin(πv/30), sin(πv/12), sin(πv/3), sin(πv), sin(2πv) and
// sin(6πv) from s, c, the sine and cosine of θ = πv/180 (πv/30 = 6θ,
// πv/12 = 15θ, πv/3 = 60θ, πv = 180θ).
func sines(s, c float64) (s30, s12, s3, s1, s2, s6 float64) {
	s2t, c2t := 2*s*c, 1-2*s*s
	s3t, c3t := s2t*c+c2t*s, c2t*c-s2t*s
	s6t, c6t := 2*s3t*c3t, 1-2*s3t*s3t
	s12t, c12t := 2*s6t*c6t, 1-2*s6t*s6t
	s15t, c15t := s12t*c3t+c12t*s3t, c12t*c3t-s12t*s3t
	s30t, c30t := 2*s15t*c15t, 1-2*s15t*s15t
	s60t, c60t := 2*s30t*c30t, 1-2*s30t*s30t
	s180 := s60t * (3 - 4*s60t*s60t)
	c180 := c60t * (4*c60t*c60t - 3)
	s360 := 2 * s180 * c180
	s1080 := s360 * (3 - 4*s360*s360)
	return s6t, s15t, s60t, s180, s360, s1080
}
