package e2e

import (
	"image"
	"math"
)

// Basemap colours (app/mapview.go); a screenshot matches them within tol per channel.
var (
	landRGB = [3]int{0xF7, 0xF3, 0xE8}
	seaRGB  = [3]int{0xD6, 0xE6, 0xF2}
)

func near(img image.Image, x, y int, c [3]int, tol int) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	return abs(int(r>>8)-c[0]) <= tol && abs(int(g>>8)-c[1]) <= tol && abs(int(b>>8)-c[2]) <= tol
}

// fraction returns the share of pixels in rect that match c.
func fraction(img image.Image, rect image.Rectangle, c [3]int) float64 {
	n, hit := 0, 0
	for y := rect.Min.Y; y < rect.Max.Y; y += 2 {
		for x := rect.Min.X; x < rect.Max.X; x += 2 {
			n++
			if near(img, x, y, c, 6) {
				hit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// gray returns the luminance of a pixel, 0..255.
func gray(img image.Image, x, y int) float64 {
	r, g, b, _ := img.At(x, y).RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 257
}

// shiftError is the mean absolute difference between a, shifted by (dx,dy), and b over
// rect (pixels whose shifted source leaves rect are skipped).
func shiftError(a, b image.Image, rect image.Rectangle, dx, dy int) float64 {
	sum, n := 0.0, 0
	for y := rect.Min.Y; y < rect.Max.Y; y += 3 {
		for x := rect.Min.X; x < rect.Max.X; x += 3 {
			sx, sy := x-dx, y-dy
			if sx < rect.Min.X || sy < rect.Min.Y || sx >= rect.Max.X || sy >= rect.Max.Y {
				continue
			}
			sum += math.Abs(gray(a, sx, sy) - gray(b, x, y))
			n++
		}
	}
	if n == 0 {
		return math.Inf(1)
	}
	return sum / float64(n)
}

// bestShift searches dx,dy within ±r of (gx,gy) for the smallest shiftError.
func bestShift(a, b image.Image, rect image.Rectangle, gx, gy, r int) (dx, dy int, e float64) {
	e = math.Inf(1)
	for y := gy - r; y <= gy+r; y++ {
		for x := gx - r; x <= gx+r; x++ {
			if v := shiftError(a, b, rect, x, y); v < e {
				dx, dy, e = x, y, v
			}
		}
	}
	return dx, dy, e
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
