//go:build unix

package hostile

import (
	"syscall"
	"testing"
)

// Mkfifo makes a named pipe at path, failing t when it cannot: a file that
// a reader opening it would wait on for ever.
func Mkfifo(t testing.TB, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
}
