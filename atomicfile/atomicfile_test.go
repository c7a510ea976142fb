package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	crash := errors.New("crash")
	cases := []struct {
		name   string
		old    string // "" for no existing file
		fill   func(w io.Writer) error
		hook   func(string) error
		want   string
		wantOK bool
	}{
		{"new file", "", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, nil, "new", true},
		{"replace", "old", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, nil, "new", true},
		{"fill fails", "old", func(w io.Writer) error { io.WriteString(w, "half"); return crash }, nil, "old", false},
		{"crash before rename", "old", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err },
			func(string) error { return crash }, "old", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(p)
			if c.old != "" {
				if err := os.WriteFile(p, []byte(c.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			beforeRename = c.hook
			defer func() { beforeRename = nil }()
			err := Write(p, 0o600, c.fill)
			if (err == nil) != c.wantOK {
				t.Fatalf("err = %v, want ok %v", err, c.wantOK)
			}
			b, rerr := os.ReadFile(p)
			if c.want == "" && c.old == "" && !c.wantOK {
				if rerr == nil {
					t.Fatalf("file exists after a failed write")
				}
			} else if string(b) != c.want {
				t.Fatalf("content %q, want %q", b, c.want)
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".out.txt.tmp-*"))
			if len(left) != 0 {
				t.Fatalf("temporary files left: %v", left)
			}
			if c.wantOK {
				want := os.FileMode(0o600) // asked for
				if c.old != "" {
					want = 0o644 // the existing file's
				}
				st, _ := os.Stat(p)
				if st.Mode().Perm() != want {
					t.Fatalf("mode %v, want %v", st.Mode().Perm(), want)
				}
			}
		})
	}
}

func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a")
	os.WriteFile(a, []byte("x"), 0o644)
	l := filepath.Join(dir, "link")
	if err := os.Symlink(a, l); err != nil {
		t.Fatalf("symlink: %v", err)
	}
	if !SameFile(a, l) || !SameFile(a, filepath.Join(dir, ".", "a")) {
		t.Fatal("a link or another spelling is the same file")
	}
	if SameFile(a, filepath.Join(dir, "missing")) {
		t.Fatal("a missing file is not the same")
	}
}

func TestWriteNewNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	name := func(n int) string {
		if n == 1 {
			return "pic.png"
		}
		return "pic-" + string(rune('0'+n)) + ".png"
	}
	if err := os.WriteFile(filepath.Join(dir, "pic.png"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i := 0; i < 3; i++ {
		p, err := WriteNew(dir, name, 0o644, func(w io.Writer) error {
			_, err := io.WriteString(w, "new")
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(p))
	}
	want := []string{"pic-2.png", "pic-3.png", "pic-4.png"}
	for i := range want {
		if paths[i] != want[i] {
			t.Fatalf("names %v, want %v", paths, want)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "pic.png")); string(b) != "old" {
		t.Fatalf("the existing file was replaced: %q", b)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".new.tmp-*"))
	if len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	_, err := WriteNew(dir, name, 0o644, func(io.Writer) error { return errors.New("boom") })
	if err == nil {
		t.Fatal("a failing fill must fail")
	}
	if all, _ := filepath.Glob(filepath.Join(dir, "*")); len(all) != 4 {
		t.Fatalf("a failed write left files: %v", all)
	}
}
