package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"ningbomap/atomicfile"
)

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.kml")
	if err := os.WriteFile(in, []byte("<kml/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.kml")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		out    string
		inputs []string
		same   bool
	}{
		{"same path", in, []string{in}, true},
		{"through a link", link, []string{in}, true},
		{"by another spelling", filepath.Join(dir, ".", "in.kml"), []string{"x", in}, true},
		{"another file", filepath.Join(dir, "out.geojson"), []string{in}, false},
		{"no inputs", in, nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckOutput(tc.out, tc.inputs...)
			if got := errors.Is(err, atomicfile.ErrSameFile); got != tc.same {
				t.Errorf("CheckOutput(%q, %q) = %v; want same file %v", tc.out, tc.inputs, err, tc.same)
			}
		})
	}
}

func TestWriteFileKeepsOutputOnFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.geojson")
	old := []byte("old content\n")
	if err := os.WriteFile(out, old, 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFile(out, nil, func(w io.Writer) error {
		io.WriteString(w, "half a new fi")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("WriteFile = %v, want the fill's error", err)
	}
	if got, _ := os.ReadFile(out); string(got) != string(old) {
		t.Errorf("output changed to %q", got)
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("folder holds %d files, want only the output", len(names))
	}
	if err := WriteFile(out, []string{out}, func(w io.Writer) error { return nil }); !errors.Is(err, atomicfile.ErrSameFile) {
		t.Errorf("WriteFile over its input = %v, want ErrSameFile", err)
	}
}

func TestSources(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.geojson", "b.geojson", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := Sources(dir, "x.gpx")
	want := []string{dir, filepath.Join(dir, "a.geojson"), filepath.Join(dir, "b.geojson"), "x.gpx"}
	if !slices.Equal(got, want) {
		t.Errorf("Sources = %q, want %q", got, want)
	}
	if got := Sources("", ""); len(got) != 0 {
		t.Errorf("Sources of nothing = %q", got)
	}
}
