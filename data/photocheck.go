package data

import (
	"errors"
	"fmt"
	"os"

	"ningbomap/budget"
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

// CheckImage reports whether name is a JPEG, PNG or WebP image that a card
// can show: a regular file within budget.PhotoFile whose header decodes,
// with a size, and whose decoding and showing stay within the photo budgets
// (budget.Image.CheckPhoto: pixels, bit depth, interlacing, progressive
// JPEG counted). It reads only the header.
func CheckImage(name string) error {
	f, err := budget.Open(name, budget.PhotoFile)
	if err != nil {
		if errors.Is(err, budget.ErrOver) {
			return fmt.Errorf("%w: %w", ErrLength, err)
		}
		if errors.Is(err, budget.ErrNotRegular) {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		return err
	}
	defer f.Close()
	im, err := budget.ReadImage(f)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalid, name, err)
	}
	if err := im.CheckPhoto(name); err != nil {
		return fmt.Errorf("%w: %w", ErrLength, err)
	}
	return nil
}
