//go:build unix

package kiosk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"ningbomap/budget"
	"ningbomap/internal/hostile"
)

// TestHostileStateFiles gives the lock and the configuration files that
// must not be read: each is refused at once, naming the file.
func TestHostileStateFiles(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.json")
	os.WriteFile(target, []byte(`{"failures": 0}`), 0o600)
	tests := []struct {
		name  string
		make  func(p string) error
		is    error
		state bool // the lock's state file (else the configuration)
	}{
		{"lockout linked to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }, budget.ErrLink, true},
		{"lockout linked to a file", func(p string) error { return os.Symlink(target, p) }, budget.ErrLink, true},
		{"lockout a named pipe", func(p string) error { return syscall.Mkfifo(p, 0o600) }, budget.ErrNotRegular, true},
		{"lockout too large", func(p string) error { return os.WriteFile(p, make([]byte, 1<<20), 0o600) }, budget.ErrOver, true},
		{"configuration linked to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }, budget.ErrNotRegular, false},
		{"configuration a named pipe", func(p string) error { return syscall.Mkfifo(p, 0o600) }, budget.ErrNotRegular, false},
		{"configuration too large", func(p string) error { return os.WriteFile(p, make([]byte, 2<<20), 0o600) }, budget.ErrOver, false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.Repeat("x", i+1))
			if err := tc.make(p); err != nil {
				t.Fatal(err)
			}
			var err error
			hostile.Within(t, 5*time.Second, "reading", func() {
				if tc.state {
					var l *Lock
					l, err = OpenLock("", p, time.Now())
					if err == nil || l.failures != FreeTries-1 {
						t.Errorf("lock read it: %v", err)
					}
					return
				}
				_, err = Load(p)
			})
			if !errors.Is(err, tc.is) || !strings.Contains(err.Error(), p) {
				t.Errorf("err %v, want %v naming %s", err, tc.is, p)
			}
		})
	}
}
