package kiosk

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/budget"
	"ningbomap/userdir"
)

// maxFailures bounds a count read back, so that counting on cannot overflow.
const maxFailures = 1 << 20

// lockState is the content of the lock's state file.
type lockState struct {
	Failures int       `json:"failures"` // wrong PINs in a row
	Until    time.Time `json:"until"`    // no PIN is taken before this (wall clock)
}

// StatePath is the file where the kiosk keeps its count of wrong PINs,
// pin-lockout.json in ningbomap's state folder (userdir.State):
// $XDG_STATE_HOME/ningbomap, or ~/.local/state/ningbomap when XDG_STATE_HOME is
// not set; on Windows %LOCALAPPDATA%\ningbomap, on macOS ~/Library/Application
// Support/ningbomap. It is "" when no such folder can be found.
func StatePath() string { return userdir.State("pin-lockout.json") }

// OpenLock returns a lock for the PIN hash, as NewLock, whose count of wrong
// PINs and wait are read from the state file at path (StatePath for the app)
// and written back, with mode 0600 through atomicfile, after every check. A
// missing file is a fresh count. A wait read back is cut to MaxWait from now,
// so a clock set back cannot lock staff out for long. A file that cannot be
// read or makes no sense is reported, and the lock then starts one wrong PIN
// short of a wait rather than with a fresh count. With path "" the count is
// kept in memory only. The file is the program's own: a link there is not
// followed (it is reported like a file that makes no sense), nor is anything
// but a regular file of at most budget.StateFile read.
func OpenLock(hash, path string, now time.Time) (*Lock, error) {
	l := &Lock{hash: hash, path: path}
	if path == "" {
		return l, nil
	}
	b, err := readState(path)
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	var st lockState
	if err == nil {
		if err = json.Unmarshal(b, &st); err == nil && st.Failures < 0 {
			err = fmt.Errorf("failures %d is negative", st.Failures)
		}
	}
	if err != nil {
		l.failures = FreeTries - 1
		return l, fmt.Errorf("pin lockout %s: %w; counting as %d wrong PINs", path, err, l.failures)
	}
	l.failures = min(st.Failures, maxFailures)
	l.until = st.Until
	if limit := now.Add(MaxWait); l.until.After(limit) {
		l.until = limit
	}
	return l, nil
}

// readState reads the state file at path, not through a link, within
// budget.StateFile.
func readState(path string) ([]byte, error) {
	f, err := budget.OpenNoFollow(path, os.O_RDONLY, 0, budget.StateFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return budget.ReadAll(f, path, budget.StateFile)
}

// save writes the count to the state file, if the lock has one. The caller
// holds l.mu.
func (l *Lock) save() error {
	if l.path == "" {
		return nil
	}
	b, err := json.Marshal(lockState{Failures: l.failures, Until: l.until.Round(0)})
	if err != nil {
		return fmt.Errorf("pin lockout: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(l.path), 0o700); err != nil {
		return fmt.Errorf("pin lockout: %w", err)
	}
	if err := atomicfile.WriteFile(l.path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("pin lockout: %w", err)
	}
	return nil
}
