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

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp"

	"ningbomap/budget"
)

// ErrTooLarge is returned for a file over budget.PhotoFile or an image over
// budget.PhotoPixels or budget.PhotoDecode (it wraps the *budget.Error too).
var ErrTooLarge = errors.New("photo too large")

// Decode reads the photo at name and returns it upright (EXIF orientation
// applied), downscaled to fit in maxSide×maxSide pixels (never enlarged);
// maxSide ≤ 0 keeps the size. The result is a fresh *image.RGBA with its
// origin at (0, 0). Only a regular file within budget.PhotoFile is read (a
// named pipe or a link to a device is refused unread), and its header is
// checked against the photo budgets before any pixel is decoded.
func Decode(name string, maxSide int) (*image.RGBA, error) {
	b, err := budget.ReadFile(name, budget.PhotoFile)
	if errors.Is(err, budget.ErrOver) {
		return nil, fmt.Errorf("photo: %w: %w", ErrTooLarge, err)
	}
	if err != nil {
		return nil, fmt.Errorf("photo: %w", err)
	}
	img, err := DecodeBytes(b, maxSide)
	if err != nil {
		return nil, fmt.Errorf("photo: %s: %w", name, err)
	}
	return img, nil
}

// DecodeBytes is Decode for a photo already in memory.
func DecodeBytes(b []byte, maxSide int) (*image.RGBA, error) {
	im, err := budget.ReadImage(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if err := im.Check("", budget.PhotoPixels, budget.PhotoDecode, budget.PhotoCopies(im.Width, im.Height, maxSide)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTooLarge, err)
	}
	format := im.Format
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
