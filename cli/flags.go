package cli

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"ningbomap/budget"
	"ningbomap/geo"
)

// Bounds of the flags that take numbers: a value outside them is bad usage
// (exit status 2) naming the flag, checked before any work, so that NaN, an
// infinity, zero, a negative number, an overflow, a tiny --scale or a huge
// --size never reach the drawing.
const (
	maxSide            = 16384 // pixels (render) or units (the window) on each side
	minScale, maxScale = 0.25, 8.0
	maxZoom            = 22
)

// parsePictureSize reads render's --size WIDTHxHEIGHT: whole numbers of
// pixels from 1 to maxSide, budget.Picture pixels in all.
func parsePictureSize(s string) (w, h int, err error) {
	bad := fmt.Errorf("--size %q: want WIDTHxHEIGHT in pixels, each a whole number from 1 to %d, at most %s in all",
		s, maxSide, budget.Picture.Amount(budget.Picture.Limit))
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	if !ok {
		return 0, 0, bad
	}
	w, err1 := strconv.Atoi(strings.TrimSpace(ws))
	h, err2 := strconv.Atoi(strings.TrimSpace(hs))
	if err1 != nil || err2 != nil || w < 1 || h < 1 || w > maxSide || h > maxSide {
		return 0, 0, bad
	}
	if int64(w)*int64(h) > budget.Picture.Limit {
		return 0, 0, fmt.Errorf("--size %q: %w", s, &budget.Error{Budget: budget.Picture, Got: int64(w) * int64(h)})
	}
	return w, h, nil
}

// parseWindowSize reads the window's --size WIDTHxHEIGHT in units: finite
// numbers from 1 to maxSide.
func parseWindowSize(s string) (w, h float32, err error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	a, err1 := finite(ws)
	b, err2 := finite(hs)
	if !ok || err1 != nil || err2 != nil || a < 1 || b < 1 || a > maxSide || b > maxSide {
		return 0, 0, fmt.Errorf("--size %q: want WIDTHxHEIGHT, each a number from 1 to %d", s, maxSide)
	}
	return float32(a), float32(b), nil
}

// checkScale refuses a --scale that is not a number from minScale to
// maxScale.
func checkScale(v float64) error {
	if math.IsNaN(v) || v < minScale || v > maxScale {
		return fmt.Errorf("--scale %v: want a number from %g to %g", v, minScale, maxScale)
	}
	return nil
}

// parseView reads --view LON,LAT,ZOOM: a longitude from −180 to 180, a
// latitude within Web Mercator's ±85.05°, a zoom above 0 and at most
// maxZoom.
func parseView(s string) (lon, lat, zoom float64, err error) {
	bad := fmt.Errorf("--view %q: want LON,LAT,ZOOM: longitude −180 to 180, latitude −85 to 85, zoom above 0 to %d", s, maxZoom)
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return 0, 0, 0, bad
	}
	var v [3]float64
	for i, p := range parts {
		if v[i], err = finite(p); err != nil {
			return 0, 0, 0, bad
		}
	}
	lon, lat, zoom = v[0], v[1], v[2]
	if lon < -180 || lon > 180 || lat < -geo.MaxLatitude || lat > geo.MaxLatitude || zoom <= 0 || zoom > maxZoom {
		return 0, 0, 0, bad
	}
	return lon, lat, zoom, nil
}

// finite parses a finite number.
func finite(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
		err = fmt.Errorf("%q is not a finite number", s)
	}
	return v, err
}
