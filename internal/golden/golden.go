// Package golden compares pictures drawn by tests with golden PNG files, allowing the
// tiny differences that floating-point rounding gives on other CPUs. It is for tests only.
package golden

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"ningbomap/atomicfile"
)

// Tolerance is how far a channel of a pixel may stray from the golden picture.
const Tolerance = 2

// Assert compares img with the PNG file at path. With update set it writes img there
// instead. A failing comparison writes img to the system's temporary folder and names it,
// with how to update the file (hint, such as "go test ./geo -update").
func Assert(t testing.TB, path string, img *image.RGBA, update bool, hint string) {
	t.Helper()
	if update {
		if err := atomicfile.WriteFile(path, encode(t, img), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (%s creates it)", err, hint)
	}
	want, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("size %v, golden %v", img.Bounds(), want.Bounds())
	}
	bad := 0
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			if !Near(color.RGBAModel.Convert(want.At(x, y)).(color.RGBA), img.RGBAAt(x, y)) {
				bad++
			}
		}
	}
	if bad == 0 {
		return
	}
	out := filepath.Join(os.TempDir(), "ningbomap-golden", filepath.Base(path))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err == nil {
		_ = atomicfile.WriteFile(out, encode(t, img), 0o644)
	}
	t.Errorf("%d pixels differ from %s; got %s (%s rewrites it)", bad, path, out, hint)
}

func encode(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Near reports whether a and b differ by at most Tolerance in every channel.
func Near(a, b color.RGBA) bool {
	return diff(a.R, b.R) <= Tolerance && diff(a.G, b.G) <= Tolerance && diff(a.B, b.B) <= Tolerance && diff(a.A, b.A) <= Tolerance
}

func diff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}
