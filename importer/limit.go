package importer

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// readAll reads r to the end, refusing more than max bytes (0: no limit).
func readAll(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if n := sizeHint(r); n > 0 && (max <= 0 || n <= max) {
		buf.Grow(int(n) + bytes.MinRead)
	}
	if max <= 0 {
		if _, err := buf.ReadFrom(r); err != nil {
			return nil, fmt.Errorf("reading: %w", err)
		}
		return buf.Bytes(), nil
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: over the %s limit", ErrTooLarge, size(max))
	}
	return buf.Bytes(), nil
}

// sizeHint returns the number of bytes r holds when r can tell (an
// *os.File, a *bytes.Reader, …), or 0.
func sizeHint(r io.Reader) int64 {
	switch r := r.(type) {
	case interface{ Len() int }:
		return int64(r.Len())
	case interface{ Stat() (os.FileInfo, error) }:
		if st, err := r.Stat(); err == nil && st.Mode().IsRegular() {
			return st.Size()
		}
	}
	return 0
}

// tooLarge is the error for a file of n bytes over the limit max.
func tooLarge(n, max int64) error {
	return fmt.Errorf("%w: %s is over the %s limit", ErrTooLarge, size(n), size(max))
}

// size writes a byte count for people: "812 bytes", "1.5 KiB", "64 MiB".
func size(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	v, suffix := float64(n)/unit, "KiB"
	for _, s := range []string{"MiB", "GiB", "TiB"} {
		if v < unit {
			break
		}
		v, suffix = v/unit, s
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), suffix)
	}
	return fmt.Sprintf("%.1f %s", v, suffix)
}
