//go:build unix

package budget_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/budget"
	"ningbomap/internal/hostile"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("hello"), 0o644)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, make([]byte, 2000), 0o644)
	link := filepath.Join(dir, "link.txt")
	os.Symlink(small, link)
	fifo := filepath.Join(dir, "fifo.geojson")
	zero := filepath.Join(dir, "zero.png")
	hostile.Mkfifo(t, fifo)
	os.Symlink("/dev/zero", zero)
	b := budget.Budget{Name: "test file", Limit: 1000, Unit: budget.Bytes}
	tests := []struct {
		name string
		path string
		is   error // nil: opens
		says string
	}{
		{"regular", small, nil, ""},
		{"link to a regular file", link, nil, ""},
		{"over budget", big, budget.ErrOver, "over the test file budget of 1000 bytes"},
		{"folder", dir, budget.ErrNotRegular, "a folder"},
		{"named pipe", fifo, budget.ErrNotRegular, "named pipe"},
		{"link to /dev/zero", zero, budget.ErrNotRegular, "character device"},
		{"missing", filepath.Join(dir, "nothing"), os.ErrNotExist, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			hostile.Within(t, 5*time.Second, "Open", func() {
				var f *os.File
				if f, err = budget.Open(tc.path, b); err == nil {
					f.Close()
					_, err = budget.ReadFile(tc.path, b)
				}
			})
			if tc.is == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.is) {
				t.Fatalf("err %v, want %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.path) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("%q does not name the file and say %q", err, tc.says)
			}
		})
	}
}

func TestOpenNoFollow(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.csv")
	os.WriteFile(target, []byte("precious\n"), 0o644)
	link := filepath.Join(dir, "usage-2025-01-01.csv")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	for _, flag := range []int{os.O_RDONLY, os.O_RDWR | os.O_CREATE} {
		if f, err := budget.OpenNoFollow(link, flag, 0o644, budget.UsageFile); err == nil {
			f.Close()
			t.Fatalf("flag %#x: opened a link", flag)
		} else if !strings.Contains(err.Error(), link) {
			t.Errorf("%v does not name the link", err)
		}
	}
	fresh := filepath.Join(dir, "new.csv")
	f, err := budget.OpenNoFollow(fresh, os.O_RDWR|os.O_CREATE, 0o644, budget.UsageFile)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if b, _ := os.ReadFile(target); string(b) != "precious\n" {
		t.Error("the link's target changed")
	}
}

func TestReadAllGrowing(t *testing.T) {
	b := budget.Budget{Name: "test file", Limit: 10, Unit: budget.Bytes}
	_, err := budget.ReadAll(strings.NewReader(strings.Repeat("x", 11)), "f", b)
	if !errors.Is(err, budget.ErrOver) || !strings.Contains(err.Error(), "f: over the test file budget of 10 bytes") {
		t.Errorf("err %v", err)
	}
	got, err := budget.ReadAll(strings.NewReader("0123456789"), "f", b)
	if err != nil || string(got) != "0123456789" {
		t.Errorf("%q %v", got, err)
	}
}
