package usage

import (
	"errors"
	"fmt"
	"io"

	"ningbomap/atomicfile"
)

// ErrInsideSource is the error of an output inside the folder the figures
// were read from: it could replace a usage file, and a fleet folder is
// copied to every machine of the fleet.
var ErrInsideSource = errors.New("the output lies inside the folder the usage was read from")

// SaveCSV writes the table of f (see WriteCSV) as a new file in the folder
// dir, named name(1) (or name(2)… when taken: it never replaces a file),
// whole or not at all, and returns its path. It refuses a folder inside
// source, the usage or fleet folder f was read from ("" for none).
func SaveCSV(dir string, name func(n int) string, f Figures, kiosk, source string) (string, error) {
	if source != "" && atomicfile.Inside(dir, source) {
		return "", fmt.Errorf("usage: %s: %w %s", dir, ErrInsideSource, source)
	}
	return atomicfile.WriteNew(dir, name, 0o644, func(w io.Writer) error { return f.WriteCSV(w, kiosk) })
}
