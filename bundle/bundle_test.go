package bundle

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/data"
	"ningbomap/edit"
)

// exhibition makes a data folder as the editor leaves it: the embedded
// layers, one figure changed and a photo on 滕头村.
func exhibition(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "exhibition")
	e, err := edit.Open(dir, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "gate.jpg")
	var b bytes.Buffer
	if err := jpeg.Encode(&b, image.NewRGBA(image.Rect(0, 0, 40, 30)), nil); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.AddPhoto("tengtou", src, data.Text{Zh: "村口", En: "Gate"}, "Staff"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tree reads every file under dir, by '/' path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	src := exhibition(t)
	os.WriteFile(filepath.Join(src, "photos", "orphan.jpg"), []byte("unused"), 0o644)
	zipPath := filepath.Join(t.TempDir(), "show.zip")
	if err := Write(src, zipPath); err != nil {
		t.Fatal(err)
	}
	if err := Verify(zipPath); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "kiosk", "exhibition")
	if err := Install(zipPath, dest); err != nil {
		t.Fatal(err)
	}
	want, got := tree(t, src), tree(t, dest)
	delete(want, "photos/orphan.jpg") // only photos in use travel
	if len(got) != len(want) {
		t.Errorf("installed %d files, want %d", len(got), len(want))
	}
	for name, content := range want {
		if got[name] != content {
			t.Errorf("%s differs after the round trip", name)
		}
	}
	ds, err := data.LoadDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Site("tengtou").Photos) != 1 {
		t.Error("the photo did not travel")
	}
	// Installing again keeps the previous content aside.
	if err := Install(zipPath, dest); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dest + ".previous"); err != nil {
		t.Errorf("previous content: %v", err)
	}
}

// entry is one file of a hand-made zip.
type entry struct {
	name string
	body []byte
	mode os.FileMode // 0: regular
}

// goodEntries is a small valid bundle's files, with the manifest computed.
func goodEntries(t *testing.T) []entry {
	b, err := os.ReadFile("../data/layers/overview.geojson")
	if err != nil {
		t.Fatal(err)
	}
	return []entry{{name: "overview.geojson", body: b}}
}

func manifestOf(es []entry) Manifest {
	m := Manifest{Format: Format, Version: 1}
	for _, e := range es {
		sum := sha256.Sum256(e.body)
		m.Files = append(m.Files, File{Path: e.name, Size: int64(len(e.body)), SHA256: hex.EncodeToString(sum[:])})
	}
	return m
}

func makeZip(t testing.TB, es []entry, m *Manifest) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range es {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		h.SetMode(0o644)
		if e.mode != 0 {
			h.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.body)
	}
	if m != nil {
		w, _ := zw.Create(ManifestName)
		json.NewEncoder(w).Encode(m)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestBadBundles(t *testing.T) {
	good := goodEntries(t)
	withManifest := func(es []entry) []byte { m := manifestOf(es); return makeZip(t, es, &m) }
	many := make([]entry, MaxEntries+1)
	for i := range many {
		many[i] = entry{name: "f" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "/" + strings.Repeat("y", i/26+1), body: []byte("1")}
	}
	tests := []struct {
		name  string
		zip   func() []byte
		entry string
		is    error
	}{
		{"traversal", func() []byte { return withManifest(append(good, entry{name: "../evil.geojson", body: []byte("x")})) }, "../evil.geojson", ErrUnsafePath},
		{"absolute", func() []byte { return withManifest(append(good, entry{name: "/etc/evil", body: []byte("x")})) }, "/etc/evil", ErrUnsafePath},
		{"backslash", func() []byte { return withManifest(append(good, entry{name: `photos\..\..\x`, body: []byte("x")})) }, `photos\..\..\x`, ErrUnsafePath},
		{"symlink", func() []byte {
			return withManifest(append(good, entry{name: "photos/a.jpg", body: []byte("/etc/passwd"), mode: os.ModeSymlink | 0o777}))
		}, "photos/a.jpg", ErrLink},
		{"bomb", func() []byte {
			return withManifest(append(good, entry{name: "photos/zero.jpg", body: make([]byte, 20<<20)}))
		}, "photos/zero.jpg", ErrTooLarge},
		{"too many entries", func() []byte { return makeZip(t, many, nil) }, "", ErrTooLarge},
		{"duplicate", func() []byte {
			es := append(good, good[0])
			m := manifestOf(good)
			return makeZip(t, es, &m)
		}, "overview.geojson", ErrDuplicate},
		{"missing photo", func() []byte {
			m := manifestOf(append(good, entry{name: "photos/a.jpg", body: []byte("x")}))
			return makeZip(t, good, &m)
		}, "photos/a.jpg", ErrMissing},
		{"unlisted file", func() []byte {
			m := manifestOf(good)
			return makeZip(t, append(good, entry{name: "photos/b.jpg", body: []byte("x")}), &m)
		}, "photos/b.jpg", ErrUnlisted},
		{"checksum mismatch", func() []byte {
			m := manifestOf(good)
			bad := []entry{{name: good[0].name, body: append([]byte(nil), good[0].body...)}}
			bad[0].body[10] ^= 1
			return makeZip(t, bad, &m)
		}, "overview.geojson", ErrChecksum},
		{"no manifest", func() []byte { return makeZip(t, good, nil) }, ManifestName, ErrMissing},
		{"not a zip", func() []byte { return []byte("hello") }, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			zipPath := filepath.Join(dir, "bad.zip")
			if err := os.WriteFile(zipPath, tc.zip(), 0o644); err != nil {
				t.Fatal(err)
			}
			dest := filepath.Join(dir, "exhibition")
			os.Mkdir(dest, 0o755)
			os.WriteFile(filepath.Join(dest, "keep.geojson"), []byte("old"), 0o644)
			err := Install(zipPath, dest)
			var be *Error
			if !errors.As(err, &be) {
				t.Fatalf("Install: %v, want a *bundle.Error", err)
			}
			if be.Bundle != zipPath || be.Entry != tc.entry {
				t.Errorf("error names bundle %q entry %q, want %q %q: %v", be.Bundle, be.Entry, zipPath, tc.entry, err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if got := tree(t, dest); len(got) != 1 || got["keep.geojson"] != "old" {
				t.Errorf("the current content changed: %v", got)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".exhibition.new-*")); len(left) > 0 {
				t.Errorf("left %v behind", left)
			}
			if Verify(zipPath) == nil {
				t.Error("Verify accepted it")
			}
		})
	}
}

func TestInvalidLayersNotInstalled(t *testing.T) {
	es := []entry{{name: "broken.geojson", body: []byte(`{"type":"FeatureCollection","features":[]}`)}}
	m := manifestOf(es)
	dir := t.TempDir()
	zipPath := filepath.Join(dir, "b.zip")
	os.WriteFile(zipPath, makeZip(t, es, &m), 0o644)
	dest := filepath.Join(dir, "exhibition")
	if err := Install(zipPath, dest); err == nil || !strings.Contains(err.Error(), "layer: missing") {
		t.Errorf("Install: %v, want the layer's problem", err)
	}
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Error("an invalid bundle was installed")
	}
}

func FuzzOpen(f *testing.F) {
	good := []entry{{name: "a.geojson", body: []byte(`{"type":"FeatureCollection"}`)}, {name: "photos/p.jpg", body: []byte("jpg")}}
	m := manifestOf(good)
	f.Add(makeZip(f, good, &m))
	f.Add(makeZip(f, append(good, entry{name: "../x", body: []byte("x")}), &m))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := open("fuzz.zip", bytes.NewReader(b), int64(len(b)))
		if err != nil {
			var be *Error
			if !errors.As(err, &be) || be.Bundle != "fuzz.zip" {
				t.Fatalf("error %v does not name the bundle", err)
			}
			return
		}
		dir := t.TempDir()
		if err := r.extract(dir); err != nil {
			return
		}
		// Whatever was extracted lies inside dir.
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if rel, rerr := filepath.Rel(dir, p); rerr != nil || strings.HasPrefix(rel, "..") {
				t.Fatalf("%s outside %s", p, dir)
			}
			return nil
		})
	})
}
