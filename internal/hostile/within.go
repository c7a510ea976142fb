package hostile

import (
	"testing"
	"time"
)

// Within runs fn and fails t when it is still running after d: what names
// the work in the failure ("Load", "Install on a named pipe"), for inputs
// that must be refused at once rather than read for ever (a named pipe, a
// device).
func Within(t testing.TB, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s blocked: still running after %v", what, d)
	}
}
