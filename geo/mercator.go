package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// MaxLatitude is the latitude at which the Web Mercator square ends.
const MaxLatitude = 85.0511287798066

// TileSize is the size in pixels of one world tile at zoom 0 and Scale 1.
const TileSize = 256

// MercatorX maps a longitude to the unit Web Mercator square: -180 → 0, 180 → 1.
func MercatorX(lon float64) float64 { return lon/360 + 0.5 }

// MercatorY maps a latitude to the unit Web Mercator square: north is 0,
// south is 1. Latitudes beyond ±MaxLatitude are clamped.
func MercatorY(lat float64) float64 {
	lat = clamp(lat, -MaxLatitude, MaxLatitude)
	s := math.Sin(lat * math.Pi / 180)
	return 0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)
}

// Mercator maps lon/lat to the unit Web Mercator square.
func Mercator(p orb.Point) (x, y float64) { return MercatorX(p[0]), MercatorY(p[1]) }

// InverseMercator maps a point of the unit Web Mercator square back to lon/lat.
func InverseMercator(x, y float64) orb.Point {
	lon := (x - 0.5) * 360
	lat := 90 - 360*math.Atan(math.Exp((y-0.5)*2*math.Pi))/math.Pi
	return orb.Point{lon, lat}
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
