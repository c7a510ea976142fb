package tiles_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"testing"

	"ningbomap/tiles"
)

func TestDecode(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 256, 256))
	for i := range src.Pix {
		src.Pix[i] = 200
	}
	src.SetNRGBA(3, 4, color.NRGBA{10, 20, 30, 128})
	var pngBuf, jpgBuf bytes.Buffer
	if err := png.Encode(&pngBuf, src); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpgBuf, src, nil); err != nil {
		t.Fatal(err)
	}
	webp, err := os.ReadFile(fixturePath("tile.webp")) // from golang.org/x/image's tests (BSD-3)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, format string
		data         []byte
		size         int // 0: must fail with ErrCorruptTile
		opaque       bool
	}{
		{"png", "png", pngBuf.Bytes(), 256, false},
		{"jpeg", "jpg", jpgBuf.Bytes(), 256, true},
		{"webp", "webp", webp, 150, true},
		{"png truncated", "png", pngBuf.Bytes()[:40], 0, false},
		{"jpeg as png", "png", jpgBuf.Bytes(), 0, false},
		{"empty", "webp", nil, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			img, err := tiles.Decode(c.format, c.data)
			if c.size == 0 {
				if !errors.Is(err, tiles.ErrCorruptTile) {
					t.Fatalf("err %v, want ErrCorruptTile", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if img.Rect.Min != (image.Point{}) || img.Rect.Dx() != c.size {
				t.Errorf("bounds %v, want %d wide from 0,0", img.Rect, c.size)
			}
			if img.Opaque() != c.opaque {
				t.Errorf("opaque %v, want %v", img.Opaque(), c.opaque)
			}
		})
	}
}
