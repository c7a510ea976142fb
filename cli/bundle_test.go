package cli

import (
	"os"
	"path/filepath"
	"testing"

	"ningbomap/bundle"
	"ningbomap/data"
	"ningbomap/edit"
)

func TestDataFolderInstallsBundle(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	src := filepath.Join(t.TempDir(), "src")
	e, err := edit.Open(src, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Edit("tengtou", edit.Name, func(s *data.Site) { s.Name = data.Text{Zh: "滕头", En: "Tengtou"} }); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	zip := filepath.Join(t.TempDir(), "show.zip")
	if err := bundle.Write(src, zip); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, value, want string
	}{
		{"folder unchanged", src, src},
		{"none", "", ""},
		{"bundle", zip, edit.DefaultDir()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dataFolder(tc.value); got != tc.want {
				t.Errorf("dataFolder(%q) = %q, want %q", tc.value, got, tc.want)
			}
		})
	}
	ds, err := data.LoadDir(edit.DefaultDir())
	if err != nil || ds.Site("tengtou").Name.Zh != "滕头" {
		t.Errorf("installed content: %v", err)
	}
	// A broken bundle keeps what is installed.
	bad := filepath.Join(t.TempDir(), "bad.zip")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	if got := dataFolder(bad); got != edit.DefaultDir() {
		t.Errorf("dataFolder(bad) = %q", got)
	}
	if ds, _ := data.LoadDir(edit.DefaultDir()); ds.Site("tengtou").Name.Zh != "滕头" {
		t.Error("a broken bundle changed the installed content")
	}
}
