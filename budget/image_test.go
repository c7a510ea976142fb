package budget_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"runtime"
	"strings"
	"testing"

	"ningbomap/budget"
	"ningbomap/internal/hostile"
)

// images are encoded test images with what their header says.
func images(t testing.TB) []struct {
	name string
	b    []byte
	want budget.Image
} {
	enc := func(f func(*bytes.Buffer) error) []byte {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	const w, h = 640, 480
	rgba := image.NewNRGBA(image.Rect(0, 0, w, h))
	gray := image.NewGray(image.Rect(0, 0, w, h))
	pal := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.Black, color.White})
	cmyk := image.NewCMYK(image.Rect(0, 0, w, h))
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return []struct {
		name string
		b    []byte
		want budget.Image
	}{
		{"png rgba", enc(func(b *bytes.Buffer) error { return png.Encode(b, rgba) }), budget.Image{Format: "png", Width: w, Height: h, Depth: 8}},
		{"png gray", enc(func(b *bytes.Buffer) error { return png.Encode(b, gray) }), budget.Image{Format: "png", Width: w, Height: h, Depth: 8}},
		{"png paletted", enc(func(b *bytes.Buffer) error { return png.Encode(b, pal) }), budget.Image{Format: "png", Width: w, Height: h, Depth: 1}},
		{"png 16-bit interlaced", enc(func(b *bytes.Buffer) error { return hostile.PNG(b, w, h, 16, 6, true) }), budget.Image{Format: "png", Width: w, Height: h, Depth: 16, Interlaced: true}},
		{"png 8-bit interlaced", enc(func(b *bytes.Buffer) error { return hostile.PNG(b, w, h, 8, 2, true) }), budget.Image{Format: "png", Width: w, Height: h, Depth: 8, Interlaced: true}},
		{"jpeg 4:2:0", enc(func(b *bytes.Buffer) error { return jpeg.Encode(b, rgba, nil) }), budget.Image{Format: "jpeg", Width: w, Height: h, Depth: 8}},
		{"jpeg gray", enc(func(b *bytes.Buffer) error { return jpeg.Encode(b, gray, nil) }), budget.Image{Format: "jpeg", Width: w, Height: h, Depth: 8}},
		{"jpeg cmyk", enc(func(b *bytes.Buffer) error { return jpeg.Encode(b, cmyk, nil) }), budget.Image{Format: "jpeg", Width: w, Height: h, Depth: 8}},
		{"jpeg progressive", enc(func(b *bytes.Buffer) error { return hostile.ProgressiveJPEG(b, w, h) }), budget.Image{Format: "jpeg", Width: w, Height: h, Depth: 8, Interlaced: true}},
		{"webp lossy", read("video-001.lossy.webp"), budget.Image{Format: "webp", Width: 150, Height: 103, Depth: 8}},
		{"webp lossy with alpha", read("yellow_rose.lossy-with-alpha.webp"), budget.Image{Format: "webp", Width: 400, Height: 301, Depth: 8}},
		{"webp lossless", read("blue-purple-pink-large.lossless.webp"), budget.Image{Format: "webp", Width: 600, Height: 400, Depth: 8}},
	}
}

// TestReadImageCost decodes each image and checks that the cost the header
// gives covers what the decoder allocated, without overstating it more than
// threefold (fourfold for grey PNG, counted as if it had a transparent
// colour, which Go decodes at 4 bytes a pixel and the header does not tell).
func TestReadImageCost(t *testing.T) {
	for _, tc := range images(t) {
		t.Run(tc.name, func(t *testing.T) {
			im, err := budget.ReadImage(bytes.NewReader(tc.b))
			if err != nil {
				t.Fatal(err)
			}
			got := im
			got.DecodeBytes = 0
			if got != tc.want {
				t.Errorf("header %+v, want %+v", got, tc.want)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			img, _, err := image.Decode(bytes.NewReader(tc.b))
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			_ = img
			alloc := int64(after.TotalAlloc - before.TotalAlloc)
			over := int64(3)
			if tc.name == "png gray" {
				over = 4
			}
			if im.DecodeBytes < alloc || im.DecodeBytes > over*alloc+1<<20 {
				t.Errorf("cost %d bytes, the decoder allocated %d", im.DecodeBytes, alloc)
			}
			t.Logf("cost %d, allocated %d (%.2f×)", im.DecodeBytes, alloc, float64(im.DecodeBytes)/float64(alloc))
		})
	}
}

func TestImageCheck(t *testing.T) {
	im, err := budget.ReadImage(bytes.NewReader(hostile.PNGHeader(10000, 10000, 16, 6, true)))
	if err != nil {
		t.Fatal(err)
	}
	err = im.Check("p.png", budget.PhotoPixels, budget.PhotoDecode, 0)
	if !errors.Is(err, budget.ErrOver) {
		t.Fatalf("a 16-bit interlaced 100-megapixel PNG passes: %v", err)
	}
	for _, want := range []string{"p.png", "10000×10000 pixels, png, 16-bit, interlaced", "photo decoding memory budget of 256 MB"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	im, _ = budget.ReadImage(bytes.NewReader(hostile.PNGHeader(5000, 5000, 8, 6, false)))
	if err := im.Check("tile.png", budget.TileSide, budget.TileDecode, 0); !errors.Is(err, budget.ErrOver) ||
		!strings.Contains(err.Error(), "tile side budget of 4,096 pixels") {
		t.Errorf("a 5000-pixel tile: %v", err)
	}
}

func TestReadImageBad(t *testing.T) {
	for _, b := range []string{"", "hello", "\x89PNG\r\n\x1a\n", "\xff\xd8\xff\xc0\x00\x02"} {
		if _, err := budget.ReadImage(strings.NewReader(b)); !errors.Is(err, budget.ErrImage) {
			t.Errorf("%q: %v", b, err)
		}
	}
}

// FuzzReadImage feeds bytes to the header reader: it must not panic, and a
// header it accepts must have a positive size and a cost.
func FuzzReadImage(f *testing.F) {
	for _, tc := range images(f) {
		f.Add(tc.b[:min(len(tc.b), 4096)])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		im, err := budget.ReadImage(bytes.NewReader(b))
		if err != nil {
			return
		}
		if im.Width <= 0 || im.Height <= 0 || im.DecodeBytes <= 0 {
			t.Fatalf("accepted %+v", im)
		}
	})
}
