package chart

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"

	"ningbomap/atomicfile"
)

// Chart is any of the charts: Bars, Line, Hours, Heat.
type Chart interface {
	// Draw draws the chart into dst (bounds from 0,0), filling it.
	Draw(dst *image.RGBA, st Style) error
}

// Render draws c into a new image of w×h pixels.
func Render(c Chart, w, h int, st Style) (*image.RGBA, error) {
	if w <= 0 || h <= 0 || w > maxSide || h > maxSide {
		return nil, fmt.Errorf("chart: %d×%d pixels: want 1 to %d a side", w, h, maxSide)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if err := c.Draw(img, st); err != nil {
		return nil, err
	}
	return img, nil
}

// maxSide bounds an image's side: 8K and a little more.
const maxSide = 8192

// ErrInsideSource is the error of a picture to be saved inside the folder
// the charted usage was read from.
var ErrInsideSource = errors.New("the picture would go inside the folder the usage was read from")

// SavePNG writes img as a new PNG file in the folder dir, named name(1)
// (or name(2), name(3)… when taken: it never replaces a file), written
// whole or not at all (atomicfile.WriteNew), and returns its path. It
// refuses a folder inside source, the usage or fleet folder the chart was
// drawn from ("" for none): usage files must stay as they are, and a fleet
// folder is copied to every machine.
func SavePNG(dir string, name func(n int) string, img image.Image, source string) (string, error) {
	if source != "" && atomicfile.Inside(dir, source) {
		return "", fmt.Errorf("chart: %s: %w (%s)", dir, ErrInsideSource, source)
	}
	return atomicfile.WriteNew(dir, name, 0o644, func(w io.Writer) error {
		if err := png.Encode(w, img); err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		return nil
	})
}
