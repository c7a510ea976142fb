package tiles

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/webp"

	"ningbomap/budget"
)

// Decode decodes a tile's bytes in the file's format into an *image.RGBA
// with its origin at 0,0, the form the renderer draws fastest. The header
// is read first: a tile wider or taller than budget.TileSide, or whose
// decoding and conversion would take more than budget.TileDecode, is
// refused before any pixel is decoded.
func Decode(format string, b []byte) (*image.RGBA, error) {
	im, err := budget.ReadImage(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptTile, err)
	}
	if want := map[string]string{"jpg": "jpeg"}[format]; im.Format != format && im.Format != want {
		return nil, fmt.Errorf("%w: a %s image in a file of %s tiles", ErrCorruptTile, im.Format, format)
	}
	if err := im.Check("", budget.TileSide, budget.TileDecode, 4*im.Pixels()); err != nil {
		return nil, err
	}
	var img image.Image
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
