// Package pngdiff compares two pictures pixel by pixel and tells a drawn picture from a
// blank one; cmd/pngdiff is its command for the release checks.
package pngdiff

import "image"

// Result is what Compare found.
type Result struct {
	Total, Differ int     // pixels compared, pixels differing by more than the tolerance
	Mean          float64 // mean absolute channel difference over all pixels (0-255)
	SizeMismatch  bool
}

// Fraction is the share of differing pixels (1 when the sizes differ).
func (r Result) Fraction() float64 {
	if r.SizeMismatch || r.Total == 0 {
		return 1
	}
	return float64(r.Differ) / float64(r.Total)
}

// Compare counts the pixels of a and b whose red, green, blue or alpha differ by more
// than tol.
func Compare(a, b image.Image, tol int) Result {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Size() != bb.Size() {
		return Result{SizeMismatch: true}
	}
	var r Result
	var sum float64
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			ca := channels(a, ab.Min.X+x, ab.Min.Y+y)
			cb := channels(b, bb.Min.X+x, bb.Min.Y+y)
			worst := 0
			for i := range ca {
				d := ca[i] - cb[i]
				if d < 0 {
					d = -d
				}
				sum += float64(d)
				worst = max(worst, d)
			}
			r.Total++
			if worst > tol {
				r.Differ++
			}
		}
	}
	if r.Total > 0 {
		r.Mean = sum / float64(4*r.Total)
	}
	return r
}

// Stat describes the colours of a picture.
type Stat struct {
	Colours  int     // distinct colours
	Dominant float64 // share of the pixels in the commonest colour
}

// Stats counts img's colours.
func Stats(img image.Image) Stat {
	b := img.Bounds()
	counts := map[[4]int]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[channels(img, x, y)]++
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	s := Stat{Colours: len(counts)}
	if n := b.Dx() * b.Dy(); n > 0 {
		s.Dominant = float64(most) / float64(n)
	}
	return s
}

// channels returns the 8-bit red, green, blue and alpha of the pixel at x, y.
func channels(img image.Image, x, y int) [4]int {
	r, g, b, a := img.At(x, y).RGBA()
	return [4]int{int(r >> 8), int(g >> 8), int(b >> 8), int(a >> 8)}
}
