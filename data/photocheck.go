package data

import (
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // photo formats accepted on cards
	_ "image/png"
	"os"

	_ "golang.org/x/image/webp"
)

// CheckPhotos reads the header of every photo of ds's places and reports,
// as *FeatureError values joined, each file that is not a JPEG, PNG or WebP
// image it can read. Loading only checks that the files exist and are small
// enough; `ningbomap check` calls this too. Files already reported missing
// are skipped.
func CheckPhotos(ds *Dataset) error {
	if ds == nil {
		return nil
	}
	var errs []error
	sites := ds.Sites
	if ds.Overview != nil {
		sites = append([]*Site{ds.Overview}, sites...)
	}
	for _, s := range sites {
		r := report{file: s.File, index: s.Index, id: s.ID, errs: &errs}
		for i, p := range s.Photos {
			if !ValidPhotoFile(p.File) {
				continue
			}
			field := fmt.Sprintf("photos[%d].file", i+1)
			if err := CheckImage(s.PhotoPath(p)); err != nil && !errors.Is(err, os.ErrNotExist) {
				r.add(field, err)
			}
		}
	}
	return errors.Join(errs...)
}

// CheckImage reports whether name is a JPEG, PNG or WebP image whose header
// decodes, with a size; it reads only the header.
func CheckImage(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	cfg, format, err := image.DecodeConfig(f)
	if err != nil {
		return fmt.Errorf("%w: %s: not a readable JPEG, PNG or WebP image: %v", ErrInvalid, name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("%w: %s: %s image of size %dx%d", ErrInvalid, name, format, cfg.Width, cfg.Height)
	}
	return nil
}
