package edit

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"ningbomap/atomicfile"
	"ningbomap/budget"
	"ningbomap/data"
)

// PhotosDir is the folder, inside the data folder, that photos are copied
// into.
const PhotosDir = "photos"

// AddPhoto copies the image file src into the data folder's photos/ (under a
// name of its own, so nothing there is overwritten; the folder is created
// and seeded first when needed) and appends it to a place's photos with its
// caption and credit. The file must be a JPEG, PNG or WebP image of at most
// 50 MB. When the edit is refused (say, no credit) the copy is removed
// again.
func (e *Editor) AddPhoto(id, src string, caption data.Text, credit string) error {
	if e.cur.ds.Site(id) == nil {
		return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
	}
	if err := data.CheckImage(src); err != nil {
		var over *budget.Error
		if errors.As(err, &over) && over.Budget == budget.PhotoFile {
			return fmt.Errorf("edit: photo %s: %w: %.1f MB, want at most %d MB", src, data.ErrLength,
				float64(over.Got)/(1<<20), budget.PhotoFile.Limit>>20)
		}
		return fmt.Errorf("edit: photo: %w", err)
	}
	if err := e.ensureDir(); err != nil {
		return err
	}
	rel, err := e.copyPhoto(id, src)
	if err != nil {
		return err
	}
	err = e.update(id, func(s *data.Site) {
		s.Photos = append(s.Photos, data.Photo{File: rel, Caption: caption, Credit: credit})
	})
	if err != nil {
		os.Remove(filepath.Join(e.dir, filepath.FromSlash(rel)))
	}
	return err
}

// RemovePhoto takes photo i (from 0) off a place. The file stays in photos/
// so that Undo can bring it back.
func (e *Editor) RemovePhoto(id string, i int) error {
	return e.updateItem(id, "photo", i, photos, func(s *data.Site) { s.Photos = slices.Delete(s.Photos, i, i+1) })
}

// MovePhoto moves photo from to position to (both from 0); the first photo
// is the one above the story.
func (e *Editor) MovePhoto(id string, from, to int) error {
	if s := e.cur.ds.Site(id); s != nil && (to < 0 || to >= len(s.Photos)) {
		return fmt.Errorf("edit: %q: photo %d: %w", id, to+1, ErrNoItem)
	}
	return e.updateItem(id, "photo", from, photos, func(s *data.Site) { s.Photos = move(s.Photos, from, to) })
}

// copyPhoto copies src to photos/ID-N.ext (the first free N) through
// atomicfile and returns the path relative to the data folder.
func (e *Editor) copyPhoto(id, src string) (string, error) {
	dir := filepath.Join(e.dir, PhotosDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("edit: %w", err)
	}
	ext := strings.ToLower(filepath.Ext(src))
	if ext == ".jpeg" {
		ext = ".jpg"
	}
	var name string
	for n := 1; ; n++ {
		name = fmt.Sprintf("%s-%d%s", id, n, ext)
		if _, err := os.Lstat(filepath.Join(dir, name)); os.IsNotExist(err) {
			break
		}
	}
	in, err := os.Open(src)
	if err != nil {
		return "", fmt.Errorf("edit: photo: %w", err)
	}
	defer in.Close()
	err = atomicfile.Write(filepath.Join(dir, name), 0o644, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("edit: photo: %w", err)
	}
	return path.Join(PhotosDir, name), nil
}
