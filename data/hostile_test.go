//go:build unix

package data_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"ningbomap/budget"
	"ningbomap/data"
	"ningbomap/internal/hostile"
)

// checkWithin runs data.Check on dir and fails when it takes more than 10 s
// (a named pipe read would block for ever).
func checkWithin(t *testing.T, dir string) error {
	t.Helper()
	var err error
	hostile.Within(t, 10*time.Second, "Check", func() { err = data.Check(dir) })
	return err
}

// TestHostilePhotos lists photos that are not what a card can show: each is
// named by Check, in time, with the budget or the kind of file.
func TestHostilePhotos(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		write func(p string) error
		says  string
	}{
		{"16-bit interlaced png", "photos/p.png", func(p string) error {
			return os.WriteFile(p, hostile.PNGHeader(10000, 10000, 16, 6, true), 0o644)
		}, "10000×10000 pixels, png, 16-bit, interlaced: 1.6 GB is over the photo decoding memory budget of 256 MB"},
		{"progressive jpeg", "photos/p.jpg", func(p string) error { return hostile.ProgressiveJPEGFile(p, 10000, 10000) },
			"10000×10000 pixels, jpeg, progressive: 1.5 GB is over the photo decoding memory budget"},
		{"over 100 megapixels", "photos/p.png", func(p string) error {
			return os.WriteFile(p, hostile.PNGHeader(20000, 20000, 8, 0, false), 0o644)
		}, "400 megapixels is over the photo pixels budget of 100 megapixels"},
		{"named pipe", "photos/p.jpg", func(p string) error { return mkfifo(p) }, "not a regular file"},
		{"link to /dev/zero", "photos/p.jpg", func(p string) error { return os.Symlink("/dev/zero", p) }, "not a regular file"},
		{"not an image", "photos/p.jpg", func(p string) error { return os.WriteFile(p, []byte("hello"), 0o644) },
			"not a readable JPEG, PNG or WebP image"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := hostile.DataFolder(dir, tc.file); err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Join(dir, "photos"), 0o755)
			p := filepath.Join(dir, filepath.FromSlash(tc.file))
			if err := tc.write(p); err != nil {
				t.Skip(err)
			}
			err := checkWithin(t, dir)
			if err == nil || !strings.Contains(err.Error(), tc.says) || !strings.Contains(err.Error(), "photos[1].file") {
				t.Errorf("Check: %v\nwant the photo and %q", err, tc.says)
			}
		})
	}
}

func mkfifo(p string) error {
	return syscall.Mkfifo(p, 0o644)
}

// TestHostileLayerFiles puts files in a data folder that must not be read:
// each is named and skipped, and the rest loads.
func TestHostileLayerFiles(t *testing.T) {
	tests := []struct {
		name  string
		write func(p string) error
		says  string
	}{
		{"named pipe", mkfifo, "named pipe"},
		{"link to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }, "character device"},
		{"folder", func(p string) error { return os.Mkdir(p, 0o755) }, "a folder"},
		{"over 16 MB", func(p string) error { return os.WriteFile(p, make([]byte, 17<<20), 0o644) },
			"17 MB is over the data layer file budget of 16 MB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := hostile.DataFolder(dir); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, "x.geojson")
			if err := tc.write(p); err != nil {
				t.Skip(err)
			}
			err := checkWithin(t, dir)
			if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("Check: %v\nwant %s and %q", err, p, tc.says)
			}
			ds, _ := data.LoadDir(dir)
			if ds.Site("tengtou") == nil {
				t.Error("the other layers did not load")
			}
		})
	}
}

// TestLongTexts gives a place texts of megabytes: they load cut to their
// budgets, each cut reported.
func TestLongTexts(t *testing.T) {
	dir := t.TempDir()
	layer, err := hostile.DataFolder(dir, "photos/a.jpg")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(layer)
	var fc map[string]any
	json.Unmarshal(b, &fc)
	props := fc["features"].([]any)[0].(map[string]any)["properties"].(map[string]any)
	huge := strings.Repeat("宁波", 500_000)
	props["name"] = map[string]string{"zh": huge, "en": "Kuangyan"}
	props["coord_source"] = huge
	var honours []any
	for range 1000 {
		honours = append(honours, map[string]string{"zh": "荣誉", "en": "Honour"})
	}
	props["honours"] = honours
	props["photos"].([]any)[0].(map[string]any)["caption"] = map[string]string{"zh": "说明", "en": strings.Repeat("a ", 1<<20)}
	fc["layer"].(map[string]any)["name"] = map[string]string{"zh": huge, "en": "x"}
	b, _ = json.Marshal(fc)
	os.WriteFile(layer, b, 0o644)

	ds, err := data.LoadDir(dir)
	for _, want := range []string{
		"name.zh: length out of bounds: a 2.9 MB text is over the name length budget of 200 characters; cut with an ellipsis",
		"coord_source: length out of bounds: a 2.9 MB text is over the text length budget",
		"honours: length out of bounds: 1000 items are over the card items budget of 50",
		"photos[1].caption.en: length out of bounds",
		"layer.name.zh: length out of bounds",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("LoadDir: want %q in\n%v", want, err)
		}
	}
	s := ds.Site("kuangyan")
	if s == nil {
		t.Fatal("the place did not load")
	}
	if n := utf8.RuneCountInString(s.Name.Zh); n != budget.Name.Int() {
		t.Errorf("name of %d characters", n)
	}
	if len(s.Honours) != budget.CardItems.Int() || utf8.RuneCountInString(s.Photos[0].Caption.En) != budget.Caption.Int() {
		t.Errorf("%d honours, caption of %d characters", len(s.Honours), utf8.RuneCountInString(s.Photos[0].Caption.En))
	}
	for _, l := range ds.Layers {
		if utf8.RuneCountInString(l.Name.Zh) > budget.Name.Int() {
			t.Errorf("layer %s: name of %d characters", l.ID, utf8.RuneCountInString(l.Name.Zh))
		}
	}
}

func TestLongID(t *testing.T) {
	dir := t.TempDir()
	layer, _ := hostile.DataFolder(dir)
	b, _ := os.ReadFile(filepath.Join(dir, "revitalisation.geojson"))
	_ = layer
	long := strings.Repeat("a", 100_000)
	b = bytes.ReplaceAll(b, []byte(`"kuangyan"`), []byte(`"`+long+`"`))
	os.WriteFile(filepath.Join(dir, "revitalisation.geojson"), b, 0o644)
	_, err := data.LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), "id: length out of bounds") || strings.Contains(err.Error(), long) {
		t.Errorf("LoadDir: %.300v", err)
	}
}
