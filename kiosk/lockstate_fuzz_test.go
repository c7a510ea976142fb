package kiosk

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpenLock reads arbitrary state files: OpenLock must not panic, must
// never wait longer than MaxWait, and must never count fewer wrong PINs than
// the file does (nor a negative number).
func FuzzOpenLock(f *testing.F) {
	f.Add([]byte(`{"failures":4,"until":"2025-11-26T09:01:00Z"}`))
	f.Add([]byte(`{"failures":0,"until":"0001-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"failures":1e9,"until":"9999-12-31T23:59:59Z"}`))
	f.Add([]byte(`{"until":"2025-11-26T09:01:00+08:00"}`))
	f.Add([]byte(`null`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "pin-lockout.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		l, err := OpenLock("", path, t0)
		if l == nil {
			t.Fatalf("no lock (%v)", err)
		}
		if w := l.Wait(t0); w < 0 || w > MaxWait {
			t.Fatalf("wait %v from %q", w, data)
		}
		if l.failures < 0 || l.failures > maxFailures || (err != nil && l.failures != FreeTries-1) {
			t.Fatalf("%d failures from %q (%v)", l.failures, data, err)
		}
	})
}
