package hostile

import (
	"bytes"
	"compress/zlib"
	"image"
	"image/png"
	"io"
	"testing"
)

func TestZeroZlib(t *testing.T) {
	for _, n := range []int64{1, 2, 257, 258, 259, 1000, 65521, 65522, 1 << 20} {
		zr, err := zlib.NewReader(bytes.NewReader(zeroZlib(n)))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil || int64(len(b)) != n || bytes.Count(b, []byte{0}) != len(b) {
			t.Fatalf("n %d: %d bytes, %v", n, len(b), err)
		}
	}
}

func TestPNGDecodes(t *testing.T) {
	for _, tc := range []struct {
		w, h       int
		depth, ct  uint8
		interlaced bool
	}{{37, 21, 8, 6, false}, {37, 21, 16, 6, true}, {5, 3, 8, 0, true}, {64, 64, 8, 2, false}} {
		var b bytes.Buffer
		if err := PNG(&b, tc.w, tc.h, tc.depth, tc.ct, tc.interlaced); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("%+v: %v", tc, err)
		}
		if img.Bounds() != image.Rect(0, 0, tc.w, tc.h) {
			t.Errorf("%+v: bounds %v", tc, img.Bounds())
		}
	}
}

func TestProgressiveJPEGDecodes(t *testing.T) {
	var b bytes.Buffer
	ProgressiveJPEG(&b, 64, 48)
	img, _, err := image.Decode(&b)
	if err != nil || img.Bounds().Dx() != 64 || img.Bounds().Dy() != 48 {
		t.Fatalf("%v %v", img, err)
	}
}
