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
// lon/lat (unchanged outside InChina), accurate to 1 cm.
//
// It solves w + δ(w) = g by fixed-point steps w ← g − δ(w) from w = g.
// The offset δ changes by at most 0.8 % of any distance moved (measured
// over the whole box; around Ningbo 0.1 %), so each step shrinks the
// error at least 125-fold and what is left after a step is at most 0.8 %
// of that step. It stops after a step shorter than 1e-5° (about 1 m),
// which leaves at most 1 cm, and around Ningbo 0.5 mm: two steps there,
// three at most elsewhere; it never takes more than maxSteps.
func GCJ02ToWGS84(lon, lat float64) (float64, float64) {
	if !InChina(lon, lat) {
		return lon, lat
	}
	wlon, wlat := lon, lat
	for range maxSteps {
		dlon, dlat := gcjDelta(wlon, wlat)
		nlon, nlat := lon-dlon, lat-dlat
		done := math.Abs(nlon-wlon) < stepDone && math.Abs(nlat-wlat) < stepDone
		wlon, wlat = nlon, nlat
		if done {
			break
		}
	}
	return wlon, wlat
}

// stepDone is the step length, in degrees, after which an iterative
// inverse stops: what is left is at most the step times the rate at which
// the offset changes, under 1 cm for GCJ-02 (0.8 % of 1e-5°, 9 mm) and
// for BD-09 (whose last step is a few millionths of a degree). maxSteps
// bounds the steps.
const (
	stepDone = 1e-5
	maxSteps = 8
)

// gcjDelta returns the GCJ-02 offset in degrees at WGS 84 lon/lat: the
// algorithm's two polynomials-plus-sines in metres, turned into degrees
// on the Krasovsky ellipsoid.
//
// The algorithm takes ten sines of multiples of πx and πy (x, y the
// distances in degrees from 105°E, 35°N): πx/30, πx/12, πx/3, πx, 2πx,
// 6πx and πy/30, πy/12, πy/3, πy. All are multiples of πx/60 and πy/60,
// so they come here from one Sincos each by the double-, triple- and
// addition-angle identities; the results agree with the direct sines to
// about 1e-13 (gcjDeltaDirect in the tests keeps the literal formula).
func gcjDelta(lon, lat float64) (dlon, dlat float64) {
	x, y := lon-105, lat-35
	sx30, sx12, sx3, sx1, sx2, sx6 := sines(x)
	sy30, sy12, sy3, sy1, _, _ := sines(y)

	common := 20*sx6 + 20*sx2
	mlat := -100 + 2*x + 3*y + 0.2*y*y + 0.1*x*y + 0.2*math.Sqrt(math.Abs(x)) +
		(common+20*sy1+40*sy3+160*sy12+320*sy30)*2/3
	mlon := 300 + x + 2*y + 0.1*x*x + 0.1*x*y + 0.1*math.Sqrt(math.Abs(x)) +
		(common+20*sx1+40*sx3+150*sx12+300*sx30)*2/3

	s, c := math.Sincos(lat / 180 * math.Pi)
	magic := 1 - krasovskyE2*s*s
	sqrtMagic := math.Sqrt(magic)
	dlat = mlat * 180 / (krasovskyA * (1 - krasovskyE2) / (magic * sqrtMagic) * math.Pi)
	dlon = mlon * 180 / (krasovskyA / sqrtMagic * c * math.Pi)
	return dlon, dlat
}

// sines returns sin(πv/30), sin(πv/12), sin(πv/3), sin(πv), sin(2πv) and
// sin(6πv) from one Sincos of θ = πv/60.
func sines(v float64) (s30, s12, s3, s1, s2, s6 float64) {
	s, c := math.Sincos(v * math.Pi / 60)
	s2t, c2t := 2*s*c, 1-2*s*s // 2θ = πv/30
	s4t, c4t := 2*s2t*c2t, 1-2*s2t*s2t
	s5t, c5t := s4t*c+c4t*s, c4t*c-s4t*s // 5θ = πv/12
	s10, c10 := 2*s5t*c5t, 1-2*s5t*s5t
	s20, c20 := 2*s10*c10, 1-2*s10*s10 // 20θ = πv/3
	s60 := s20 * (3 - 4*s20*s20)       // 60θ = πv
	c60 := c20 * (4*c20*c20 - 3)
	s120 := 2 * s60 * c60            // 2πv
	s360 := s120 * (3 - 4*s120*s120) // 6πv
	return s2t, s5t, s20, s60, s120, s360
}
