package app

import (
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"testing"

	"ningbomap/atomicfile"
)

// assertNearImage compares img with the golden image testdata/name, allowing the small
// differences of anti-aliased edges that the renderer's cached projections leave between
// runs (which frames were drawn before depends on timing): no channel may differ by more
// than 48, and at most 0.2% of the pixels by more than 8. A missing or differing golden
// image has the new picture written to testdata/failed/name.
func assertNearImage(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		p := filepath.Join("testdata", "failed", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
			if err := atomicfile.Write(p, 0o644, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
				t.Log(err)
			}
		}
		t.Errorf(format+" (new picture: %s)", append(args, p)...)
	}
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		fail("golden image: %v", err)
		return
	}
	defer f.Close()
	g, err := png.Decode(f)
	if err != nil {
		fail("golden image %s: %v", name, err)
		return
	}
	if g.Bounds() != img.Bounds() {
		fail("%s is %v, the frame %v", name, g.Bounds(), img.Bounds())
		return
	}
	var off, worst int
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := g.At(x, y).RGBA()
			c := img.RGBAAt(x, y)
			d := max(absDiff(int(r1>>8), int(c.R)), absDiff(int(g1>>8), int(c.G)), absDiff(int(b1>>8), int(c.B)))
			worst = max(worst, d)
			if d > 8 {
				off++
			}
		}
	}
	if n := b.Dx() * b.Dy(); worst > 48 || off*500 > n {
		fail("frame differs from %s: %d of %d pixels by more than 8, at most by %d", name, off, n, worst)
	}
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}
