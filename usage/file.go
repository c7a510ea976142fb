package usage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"ningbomap/userdir"
)

// DefaultDir is where usage files go: usage in ningbomap's data folder
// (userdir.Data): $XDG_DATA_HOME/ningbomap/usage, or
// ~/.local/share/ningbomap/usage when XDG_DATA_HOME is not set; on Windows
// %LOCALAPPDATA%\ningbomap\usage (counts belong to this machine, so not in the
// roaming profile), on macOS ~/Library/Application Support/ningbomap/usage. It
// is "" when no such folder can be found.
func DefaultDir() string { return userdir.Data("usage") }

// noDefaultDir explains, in the system's own terms, why DefaultDir is "".
func noDefaultDir() error {
	if runtime.GOOS == "windows" {
		return errors.New("usage log: no data folder: %LOCALAPPDATA% is not set")
	}
	return errors.New("usage log: no data folder: set XDG_DATA_HOME or HOME")
}

// fileName is the name of the usage file of a date "2006-01-02".
func fileName(date string) string { return "usage-" + date + ".csv" }

// fileDate returns the date of a usage file name, or "" for another file.
func fileDate(name string) string {
	date, ok := strings.CutPrefix(name, "usage-")
	date, ok2 := strings.CutSuffix(date, ".csv")
	if _, err := time.Parse(dateLayout, date); !ok || !ok2 || err != nil {
		return ""
	}
	return date
}

// writeRows appends rows, in order, to the daily files of their dates in dir,
// starting a new file with the header line. Each file gets one write and one
// sync. It returns the rows that are not in the files (to be tried again), the
// number of torn last lines it dropped while repairing the files, and why
// some rows could not be written. A row is never both written and returned.
func writeRows(dir string, rows []record) (failed []record, torn int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return rows, 0, fmt.Errorf("usage log: %w", err)
	}
	var errs []error
	for len(rows) > 0 {
		date := rows[0].Date
		var same, rest []record
		for _, r := range rows {
			if r.Date == date {
				same = append(same, r)
			} else {
				rest = append(rest, r)
			}
		}
		written, dropped, err := appendFile(filepath.Join(dir, fileName(date)), same)
		torn += dropped
		if err != nil {
			errs = append(errs, err)
		}
		failed = append(failed, same[written:]...)
		rows = rest
	}
	return failed, torn, errors.Join(errs...)
}
