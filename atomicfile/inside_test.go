package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestInside(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "usage")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	link := filepath.Join(root, "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	cases := []struct {
		name, path string
		want       bool
	}{
		{"the folder itself", dir, true},
		{"a file in it", filepath.Join(dir, "usage-2025-01-01.csv"), true},
		{"a new file deeper in it", filepath.Join(dir, "sub", "new.csv"), true},
		{"through a link to it", filepath.Join(link, "x.csv"), true},
		{"with .. back into it", filepath.Join(root, "other", "..", "usage", "x.csv"), true},
		{"beside it", filepath.Join(root, "usage.csv"), false},
		{"a folder whose name starts the same", filepath.Join(root, "usage2", "x.csv"), false},
		{"its parent", root, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Inside(c.path, dir); got != c.want {
				t.Errorf("Inside(%s, %s) = %v, want %v", c.path, dir, got, c.want)
			}
		})
	}
}
