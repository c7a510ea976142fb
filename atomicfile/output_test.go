//go:build unix

package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteRefusesNonRegular writes over a link, a named pipe and a folder:
// each is refused and stays as it was.
func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.txt")
	os.WriteFile(target, []byte("precious"), 0o600)
	link := filepath.Join(dir, "link.png")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	paths := []string{link, folder}
	fifo := filepath.Join(dir, "fifo")
	syscall.Mkfifo(fifo, 0o644)
	paths = append(paths, fifo)
	for _, p := range paths {
		before, _ := os.Lstat(p)
		err := WriteFile(p, []byte("new"), 0o644)
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("Write(%s) = %v, want ErrNotRegular", p, err)
		}
		after, _ := os.Lstat(p)
		if before.Mode() != after.Mode() || !os.SameFile(before, after) {
			t.Errorf("%s changed: %v → %v", p, before.Mode(), after.Mode())
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "precious" {
		t.Errorf("the link's target became %q", b)
	}
}

func TestWriteKeepsMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "secret.png")
	os.WriteFile(p, []byte("old"), 0o600)
	if err := Write(p, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", st.Mode().Perm())
	}
}

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.MkdirAll(filepath.Join(data, "photos"), 0o755)
	layer := filepath.Join(data, "service.geojson")
	os.WriteFile(layer, []byte("{}"), 0o644)
	photo := filepath.Join(data, "photos", "p.jpg")
	os.WriteFile(photo, []byte("jpg"), 0o644)
	from := filepath.Join(dir, "from.kml")
	os.WriteFile(from, []byte("<kml/>"), 0o644)
	os.Symlink(layer, filepath.Join(dir, "link.png"))
	os.Symlink(data, filepath.Join(dir, "datalink"))
	os.Link(from, filepath.Join(dir, "hard.kml"))
	os.WriteFile(filepath.Join(dir, "other.txt"), nil, 0o644)
	os.Symlink(filepath.Join(dir, "other.txt"), filepath.Join(dir, "other.png"))
	elsewhere := filepath.Join(dir, "out")
	os.Mkdir(elsewhere, 0o755)
	tests := []struct {
		name string
		out  string
		is   error
	}{
		{"a new file elsewhere", filepath.Join(elsewhere, "map.png"), nil},
		{"an input file", from, ErrSameFile},
		{"an input through another spelling", filepath.Join(dir, ".", "from.kml"), ErrSameFile},
		{"a hard link to an input", filepath.Join(dir, "hard.kml"), ErrSameFile},
		{"a link to a layer", filepath.Join(dir, "link.png"), ErrSameFile},
		{"a link to another file", filepath.Join(dir, "other.png"), ErrNotRegular},
		{"a layer of the data folder", layer, ErrSameFile},
		{"a photo of the data folder", photo, ErrSameFile},
		{"a new file in the data folder", filepath.Join(data, "map.png"), ErrInsideInput},
		{"a new file in a sub-folder", filepath.Join(data, "photos", "new.png"), ErrInsideInput},
		{"through a link to the folder", filepath.Join(dir, "datalink", "map.png"), ErrInsideInput},
		{"the data folder itself", data, ErrSameFile},
		{"a folder's parent", dir, ErrNotRegular},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckOutput(tc.out, data, from, "", filepath.Join(dir, "missing"), layer, photo)
			if tc.is == nil && err != nil || tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("CheckOutput(%s) = %v, want %v", tc.out, err, tc.is)
			}
		})
	}
}

func TestWithin(t *testing.T) {
	dir := t.TempDir()
	ex := filepath.Join(dir, "exhibition")
	os.MkdirAll(filepath.Join(ex, "photos"), 0o755)
	zip := filepath.Join(ex, "photos", "show.zip")
	os.WriteFile(zip, nil, 0o644)
	os.Symlink(zip, filepath.Join(dir, "show.zip"))
	outside := filepath.Join(dir, "other.zip")
	os.WriteFile(outside, nil, 0o644)
	for _, tc := range []struct {
		path string
		in   bool
	}{{zip, true}, {filepath.Join(dir, "show.zip"), true}, {outside, false}, {ex, false}, {filepath.Join(ex, "none"), false}} {
		if got, ok := Within(tc.path, ex+".previous", ex); ok != tc.in || ok && got != ex {
			t.Errorf("Within(%s) = %q, %v", tc.path, got, ok)
		}
	}
}
