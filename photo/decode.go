// Package photo decodes the photos of the cards: JPEG, PNG and WebP, turned
// upright by their EXIF orientation and downscaled, off the caller's
// goroutine by a Loader that keeps a bounded cache of the small copies. It
// also collects the credits of the photos on screen. It imports no UI
// toolkit: the UI hands an image to its own widgets.
package photo

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // formats accepted on cards
	_ "image/png"
	"io"
	"os"

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp"

	"ningbomap/data"
)

// ErrTooLarge is returned for a file over data.MaxPhotoBytes or an image of
// more than MaxPixels pixels.
var ErrTooLarge = errors.New("photo too large")

// MaxPixels bounds the pixels of an image that is decoded (100 megapixels),
// so that a small file claiming a huge size cannot exhaust memory.
const MaxPixels = 100_000_000

// Decode reads the photo at name and returns it upright (EXIF orientation
// applied), downscaled to fit in maxSide×maxSide pixels (never enlarged);
// maxSide ≤ 0 keeps the size. The result is a fresh *image.RGBA with its
// origin at (0, 0).
func Decode(name string, maxSide int) (*image.RGBA, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("photo: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("photo: %w", err)
	}
	if info.Size() > data.MaxPhotoBytes {
		return nil, fmt.Errorf("photo: %s: %w: %d bytes", name, ErrTooLarge, info.Size())
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("photo: %s: %w", name, err)
	}
	img, err := DecodeBytes(b, maxSide)
	if err != nil {
		return nil, fmt.Errorf("photo: %s: %w", name, err)
	}
	return img, nil
}

// DecodeBytes is Decode for a photo already in memory.
func DecodeBytes(b []byte, maxSide int) (*image.RGBA, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not a readable JPEG, PNG or WebP image: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, fmt.Errorf("%w: %dx%d pixels", ErrTooLarge, cfg.Width, cfg.Height)
	}
	o := Upright
	if format == "jpeg" {
		o = JPEGOrientation(b[:min(len(b), 128<<10)])
	}
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", format, err)
	}
	w, h := Fit(src.Bounds().Dx(), src.Bounds().Dy(), maxSide)
	return Orient(scale(src, w, h), o), nil
}

// Fit returns w×h scaled to fit in maxSide×maxSide, keeping the aspect and
// never enlarging (a quarter turn does not change the long side).
func Fit(w, h, maxSide int) (int, int) {
	long := max(w, h)
	if maxSide <= 0 || long <= maxSide {
		return w, h
	}
	f := float64(maxSide) / float64(long)
	return max(1, int(float64(w)*f+0.5)), max(1, int(float64(h)*f+0.5))
}

// scale draws src into a new w×h RGBA. ApproxBiLinear reads the decoder's
// YCbCr planes directly and is fast but aliases fine detail when it reduces
// a lot; CatmullRom is sharp and clean but slow on a full 24-megapixel
// image. So: CatmullRom for reductions up to 2×, ApproxBiLinear to twice
// the size and then CatmullRom for reductions over 4×, ApproxBiLinear
// alone in between.
func scale(src image.Image, w, h int) *image.RGBA {
	sb := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	switch {
	case sb.Dx() == w && sb.Dy() == h:
		draw.Draw(dst, dst.Bounds(), src, sb.Min, draw.Src)
	case sb.Dx() <= 2*w:
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, sb, draw.Src, nil)
	case sb.Dx() <= 4*w:
		draw.ApproxBiLinear.Scale(dst, dst.Bounds(), src, sb, draw.Src, nil)
	default:
		mid := image.NewRGBA(image.Rect(0, 0, 2*w, 2*h))
		draw.ApproxBiLinear.Scale(mid, mid.Bounds(), src, sb, draw.Src, nil)
		draw.CatmullRom.Scale(dst, dst.Bounds(), mid, mid.Bounds(), draw.Src, nil)
	}
	return dst
}
