package data

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"ningbomap/budget"
)

// Photo is one picture of a place. File is relative to the folder of the
// layer file that lists it, with '/' as separator ("photos/tengtou-1.jpg").
type Photo struct {
	File    string `json:"file"`
	Caption Text   `json:"caption"`
	Credit  string `json:"credit"` // who took it or where it comes from; shown in the credits line
}

// PhotoPath returns where p's file is on disk: File resolved against the
// folder of the layer file s was loaded from.
func (s *Site) PhotoPath(p Photo) string { return photoPath(s.File, p) }

// photoPath is where p's file is for a place of the layer file named file.
func photoPath(file string, p Photo) string {
	return filepath.Join(filepath.Dir(file), filepath.FromSlash(p.File))
}

// ValidPhotoFile reports whether name may be a photo's File: relative, with
// '/' separators, and staying inside the layer file's folder (no "..", no
// drive letter, no empty or "." part).
func ValidPhotoFile(name string) bool {
	if name == "" || strings.ContainsAny(name, "\\:\x00") || path.IsAbs(name) {
		return false
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

// decodePhotos decodes and checks the "photos" property of s. It checks
// what is cheap on every load (the entry's fields, that the file exists and
// is at most budget.PhotoFile); that the file is a readable image is checked by
// CheckPhotos, which reads each file's header.
func decodePhotos(raws []json.RawMessage, s *Site, r *report) {
	for i, raw := range raws {
		field := fmt.Sprintf("photos[%d]", i+1)
		var p Photo
		given, ok := decodeObject(raw, field, []member{
			{"file", &p.File}, {"caption", &p.Caption}, {"credit", &p.Credit},
		}, r)
		if !ok {
			if isNull(raw) {
				r.addf(field, "%w: a photo is null", ErrInvalid)
			}
			continue
		}
		checkPhoto(s.File, p, given, field, r)
		s.Photos = append(s.Photos, p)
	}
}

// checkPhoto checks one decoded photo entry of a place of the layer file
// named file; given is as decodeObject returned it.
func checkPhoto(file string, p Photo, given map[string]bool, field string, r *report) {
	if _, ok := given["caption"]; !ok {
		r.add(join(field, "caption"), ErrMissing)
	} else if given["caption"] {
		checkText(p.Caption, join(field, "caption"), r)
	}
	if decoded, present := given["credit"]; !present || decoded && strings.TrimSpace(p.Credit) == "" {
		r.addf(join(field, "credit"), "%w: name who took the photo or where it comes from", ErrMissing)
	}
	switch _, present := given["file"]; {
	case !present || (given["file"] && p.File == ""):
		r.add(join(field, "file"), ErrMissing)
	case !given["file"]:
		// wrong type, reported already
	case !ValidPhotoFile(p.File):
		r.addf(join(field, "file"), "%w: %q: want a relative path inside the layer's folder, with '/'", ErrInvalid, p.File)
	default:
		checkPhotoFile(photoPath(file, p), join(field, "file"), r)
	}
}

// checkPhotoFile reports a photo file that is missing, not a regular file
// or larger than budget.PhotoFile.
func checkPhotoFile(name, field string, r *report) {
	info, err := os.Stat(name)
	switch {
	case err != nil:
		r.addf(field, "%w: %s: no such file", ErrMissing, name)
	case !info.Mode().IsRegular():
		r.addf(field, "%w: %s: not a regular file", ErrInvalid, name)
	case info.Size() > budget.PhotoFile.Limit:
		r.addf(field, "%w: %s: %.1f MB, want at most %d MB", ErrLength, name,
			float64(info.Size())/(1<<20), budget.PhotoFile.Limit>>20)
	}
}
