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
	files, err := e.unsaved()
	return err != nil || len(files) > 0
}

// unsavedLayer is a layer that differs from what is saved, as its file.
type unsavedLayer struct {
	layer *data.Layer
	data.File
}

// unsaved returns the layers that differ from what is saved, written out.
// Only the layers edits changed are written to compare.
func (e *Editor) unsaved() ([]unsavedLayer, error) {
	var out []unsavedLayer
	for _, l := range e.cur.layers {
		f := e.files[l.File]
		if f == nil { // not a file the Editor opened: nothing of it is saved
			f = &file{}
			e.files[l.File] = f
		}
		if f.savedAs == l {
			continue
		}
		b, err := data.EncodeLayer(l)
		if err != nil {
			return nil, fmt.Errorf("edit: %w", err)
		}
		if bytes.Equal(f.saved, b) {
			f.savedAs = l // edited back to what is saved
			continue
		}
		out = append(out, unsavedLayer{l, data.File{Name: l.File, Data: b}})
	}
	return out, nil
}

// ErrConflict is returned by Save for a file that changed on disk since the
// Editor opened or last saved it (edited by hand meanwhile, or a broken
// file the map could not load): the Editor does not overwrite it.
var ErrConflict = errors.New("changed on disk since it was opened; not overwritten")

// Save writes every layer that changed since it was opened or last saved
// into the data folder, each file through atomicfile (a crash leaves the old
// file or the new one), telling Options.Record of each first. The folder is
// created and seeded with the embedded layers when it does not exist. A
// file changed on disk by someone else meanwhile is not overwritten
// (ErrConflict; open the folder again to edit what is there now). It
// returns the files written.
func (e *Editor) Save() ([]string, error) {
	if err := e.ensureDir(); err != nil {
		return nil, err
	}
	files, err := e.unsaved()
	if err != nil {
		return nil, err
	}
	var written []string
	var errs []error
	for _, u := range files {
		f := e.files[u.Name]
		if now, err := os.ReadFile(u.Name); err == nil {
			if f.onDisk && !bytes.Equal(now, f.disk) || !f.onDisk && !e.seeded(u.Name, now) {
				errs = append(errs, fmt.Errorf("edit: save: %s: %w", u.Name, ErrConflict))
				continue
			}
		}
		e.record(u.Name, u.Data)
		if err := atomicfile.WriteFile(u.Name, u.Data, 0o644); err != nil {
			errs = append(errs, fmt.Errorf("edit: save: %w", err))
			continue
		}
		f.saved, f.savedAs, f.disk, f.onDisk = u.Data, u.layer, u.Data, true
		written = append(written, u.Name)
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
		e.record(name, f.Data)
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

// record tells Options.Record of a file about to be written.
func (e *Editor) record(name string, content []byte) {
	if e.opt.Record != nil {
		e.opt.Record(name, content)
	}
}
