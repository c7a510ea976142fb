package data

import (
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/budget"
)

// photoFolder writes testdata/good/extra.geojson into a temporary folder
// with photos set on its first place, and the image files named in files
// (name → kind: "jpeg", "png", "junk", "huge").
func photoFolder(t *testing.T, photos []map[string]any, files map[string]string) string {
	t.Helper()
	dir := extraWith(t, "photos", photos)
	for name, kind := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		img := image.NewRGBA(image.Rect(0, 0, 8, 6))
		switch kind {
		case "jpeg":
			err = jpeg.Encode(f, img, nil)
		case "png":
			err = png.Encode(f, img)
		case "junk":
			_, err = f.WriteString("not an image at all")
		case "huge":
			err = f.Truncate(budget.PhotoFile.Limit + 1) // sparse: costs no disk
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func photo(file, credit string) map[string]any {
	return map[string]any{"file": file, "caption": map[string]string{"zh": "说明", "en": "Caption"}, "credit": credit}
}

func TestPhotos(t *testing.T) {
	tests := []struct {
		name   string
		photos []map[string]any
		files  map[string]string
		want   []string // substrings of the problems, in order; none when empty
	}{
		{"good jpeg and png", []map[string]any{photo("photos/a.jpg", "Staff"), photo("b.png", "Staff")},
			map[string]string{"photos/a.jpg": "jpeg", "b.png": "png"}, nil},
		{"missing file", []map[string]any{photo("photos/none.jpg", "Staff")}, nil,
			[]string{"feature 1 (test-one): photos[1].file: missing: "}},
		{"unreadable image", []map[string]any{photo("x.jpg", "Staff")}, map[string]string{"x.jpg": "junk"},
			[]string{"photos[1].file: invalid: ", "not a readable JPEG, PNG or WebP image"}},
		{"too large", []map[string]any{photo("big.jpg", "Staff")}, map[string]string{"big.jpg": "huge"},
			[]string{"photos[1].file: length out of bounds: ", "want at most 50 MB"}},
		{"missing credit", []map[string]any{photo("a.jpg", " ")}, map[string]string{"a.jpg": "jpeg"},
			[]string{"photos[1].credit: missing"}},
		{"second entry without caption", []map[string]any{photo("a.jpg", "S"), {"file": "a.jpg", "credit": "S"}},
			map[string]string{"a.jpg": "jpeg"}, []string{"photos[2].caption: missing"}},
		{"escaping path", []map[string]any{photo("../a.jpg", "S")}, nil,
			[]string{`photos[1].file: invalid: "../a.jpg": want a relative path`}},
		{"absolute path", []map[string]any{photo("/etc/passwd", "S")}, nil, []string{"photos[1].file: invalid"}},
		{"unknown member", []map[string]any{{"file": "a.jpg", "caption": map[string]string{"zh": "a", "en": "b"}, "credit": "S", "title": "x"}},
			map[string]string{"a.jpg": "jpeg"}, []string{"photos[1].title: unknown property"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := photoFolder(t, tc.photos, tc.files)
			err := Check(dir)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				ds, _ := LoadDir(dir)
				s := ds.Site("test-one")
				if len(s.Photos) != len(tc.photos) {
					t.Fatalf("got %d photos, want %d", len(s.Photos), len(tc.photos))
				}
				if p := s.PhotoPath(s.Photos[0]); !strings.HasPrefix(p, dir) {
					t.Errorf("PhotoPath = %s, want inside %s", p, dir)
				}
				return
			}
			if err == nil {
				t.Fatal("Check: no problem reported")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Check:\n%v\nwant a problem containing %q", err, w)
				}
			}
			var fe *FeatureError
			if !errors.As(err, &fe) {
				t.Errorf("not a *FeatureError: %v", err)
			}
		})
	}
}

func TestLoadDoesNotDecodeImages(t *testing.T) {
	dir := photoFolder(t, []map[string]any{photo("x.jpg", "S")}, map[string]string{"x.jpg": "junk"})
	if _, err := LoadDir(dir); err != nil {
		t.Errorf("LoadDir reported %v; image contents are CheckPhotos' business", err)
	}
}
