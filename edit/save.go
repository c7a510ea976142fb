package edit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"ningbomap/atomicfile"
	"ningbomap/data"
	"ningbomap/userdir"
)

// DefaultDir is the data folder used when the app has no --data folder:
// exhibition in ningbomap's data folder (userdir.Data: $XDG_DATA_HOME/ningbomap or
// ~/.local/share/ningbomap on Linux, %LOCALAPPDATA%\ningbomap on Windows,
// ~/Library/Application Support/ningbomap on macOS). It returns "" when there is
// no such folder.
func DefaultDir() string { return userdir.Data("exhibition") }

// Created reports whether the data folder exists (it does not when the app
// started without one and nothing has been saved yet).
func (e *Editor) Created() bool {
	info, err := os.Stat(e.dir)
	return err == nil && info.IsDir()
}

// Dirty reports whether some layer differs from what is on disk.
func (e *Editor) Dirty() bool {
	files, err := e.encode(cloneLayers(e.cur.layers))
	if err != nil {
		return true
	}
	for _, f := range files {
		if !bytes.Equal(e.saved[f.Name], f.Data) {
			return true
		}
	}
	return false
}

// ErrConflict is returned by Save for a file that changed on disk since the
// Editor opened or last saved it (edited by hand meanwhile, or a broken
// file the map could not load): the Editor does not overwrite it.
var ErrConflict = errors.New("changed on disk since it was opened; not overwritten")

// Save writes every layer that changed since it was opened or last saved
// into the data folder, each file through atomicfile (a crash leaves the old
// file or the new one), recording each in Options.Own first. The folder is
// created and seeded with the embedded layers when it does not exist. A
// file changed on disk by someone else meanwhile is not overwritten
// (ErrConflict; open the folder again to edit what is there now). It
// returns the files written.
func (e *Editor) Save() ([]string, error) {
	if err := e.ensureDir(); err != nil {
		return nil, err
	}
	files, err := e.encode(cloneLayers(e.cur.layers))
	if err != nil {
		return nil, err
	}
	var written []string
	var errs []error
	for _, f := range files {
		if bytes.Equal(e.saved[f.Name], f.Data) {
			continue
		}
		if now, err := os.ReadFile(f.Name); err == nil {
			if was, ok := e.disk[f.Name]; ok && !bytes.Equal(now, was) || !ok && !e.seeded(f.Name, now) {
				errs = append(errs, fmt.Errorf("edit: save: %s: %w", f.Name, ErrConflict))
				continue
			}
		}
		if e.opt.Own != nil {
			e.opt.Own.Record(f.Name, f.Data)
		}
		if err := atomicfile.WriteFile(f.Name, f.Data, 0o644); err != nil {
			errs = append(errs, fmt.Errorf("edit: save: %w", err))
			continue
		}
		e.saved[f.Name] = f.Data
		e.disk[f.Name] = f.Data
		written = append(written, f.Name)
	}
	if len(errs) == 0 {
		errs = append(errs, e.DiscardRecovery()) // the folder holds every edit now
	}
	return written, errors.Join(errs...)
}

// ensureDir creates the data folder, seeded with the embedded layer files,
// when it does not exist. Seeding writes each file through atomicfile and
// never overwrites a file already there.
func (e *Editor) ensureDir() error {
	if e.Created() {
		return nil
	}
	if err := os.MkdirAll(e.dir, 0o755); err != nil {
		return fmt.Errorf("edit: create data folder: %w", err)
	}
	for _, f := range data.EmbeddedLayers() {
		name := filepath.Join(e.dir, filepath.Base(f.Name))
		if _, err := os.Lstat(name); err == nil {
			continue
		}
		if e.opt.Own != nil {
			e.opt.Own.Record(name, f.Data)
		}
		if err := atomicfile.WriteFile(name, f.Data, 0o644); err != nil {
			return fmt.Errorf("edit: seed data folder: %w", err)
		}
	}
	return nil
}

// seeded reports whether content is the embedded layer file that seeding
// put at name (a file that was not there when the Editor opened).
func (e *Editor) seeded(name string, content []byte) bool {
	for _, f := range data.EmbeddedLayers() {
		if filepath.Base(f.Name) == filepath.Base(name) && bytes.Equal(f.Data, content) {
			return true
		}
	}
	return false
}
