package app

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"

	"ningbomap/atomicfile"
)

// SavePNG writes img to path whole or not at all: a failed write leaves an existing file
// as it was.
func SavePNG(img image.Image, path string) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error {
		if err := png.Encode(w, img); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	})
}

// saveNewPNG writes img as a new file in dir named by name, never replacing one (see
// atomicfile.WriteNew); it returns the path.
func saveNewPNG(img image.Image, dir string, name func(n int) string) (string, error) {
	return atomicfile.WriteNew(dir, name, 0o644, func(w io.Writer) error {
		return png.Encode(w, img)
	})
}

// picturesDir is the user's pictures folder (or home, or the working directory), made
// when missing.
func picturesDir() (string, error) {
	dir := os.Getenv("XDG_PICTURES_DIR")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, "Pictures")
		}
	}
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return dir, nil
}
