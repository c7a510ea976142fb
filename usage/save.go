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

// SaveCSV writes the table of f (see WriteCSV) to path whole or not at all,
// refusing a path inside source, the usage or fleet folder f was read from
// ("" for none).
func SaveCSV(path string, f Figures, kiosk, source string) error {
	if source != "" && atomicfile.Inside(path, source) {
		return fmt.Errorf("usage: %s: %w %s", path, ErrInsideSource, source)
	}
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return f.WriteCSV(w, kiosk) })
}
