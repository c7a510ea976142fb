package tiles

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/webp"
)

// Decode decodes a tile's bytes in the file's format into an *image.RGBA
// with its origin at 0,0, the form the renderer draws fastest.
func Decode(format string, b []byte) (*image.RGBA, error) {
	var img image.Image
	var err error
	switch format {
	case "png":
		img, err = png.Decode(bytes.NewReader(b))
	case "jpg":
		img, err = jpeg.Decode(bytes.NewReader(b))
	case "webp":
		img, err = webp.Decode(bytes.NewReader(b))
	default:
		return nil, fmt.Errorf("format %q cannot be decoded", format)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptTile, err)
	}
	r := img.Bounds()
	if r.Dx() <= 0 || r.Dy() <= 0 || r.Dx() > 4096 || r.Dy() > 4096 {
		return nil, fmt.Errorf("%w: %dx%d pixels", ErrCorruptTile, r.Dx(), r.Dy())
	}
	if rgba, ok := img.(*image.RGBA); ok && r.Min == (image.Point{}) {
		return rgba, nil
	}
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Rect, img, r.Min, draw.Src)
	return out, nil
}
