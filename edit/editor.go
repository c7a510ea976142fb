// Package edit is the content editor beneath the map's edit mode: changes to
// the places of a dataset (card fields, figures, photos, position, new and
// deleted places, tour order), each checked with the rules of `ningbomap
// check` and refused with the field's problem when it breaks one; undo and
// redo back to the start; and atomic saving into the data folder. It
// imports no UI toolkit: the UI calls an Editor and shows Dataset.
package edit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"ningbomap/data"
	"ningbomap/watch"
)

// Options configures an Editor. The zero value is ready to use.
type Options struct {
	// Own, when set, records every file the Editor saves, so that the
	// data folder's watcher (watch.Options.Ignore = Own.Owns) does not
	// reload the map for the Editor's own saves.
	Own *watch.Own
	// Recovery, when set, is the file that keeps unsaved edits (see
	// RecoveryPath, KeepRecovery); Save removes it once nothing is unsaved.
	Recovery string
	// Now, when set, is the clock that tells typing runs apart (see TypingRun);
	// nil is time.Now.
	Now func() time.Time
}

// Editor holds the places being edited, their history and the data folder
// they are saved into. Its methods are not safe for concurrent use: call
// them from the UI goroutine.
type Editor struct {
	dir      string
	opt      Options
	cur      state
	undo     []state
	redo     []state
	baseline map[string]bool   // problems present when opened: not held against edits
	saved    map[string][]byte // file → the layer as last saved (or as opened)
	disk     map[string][]byte // file → its content on disk when opened or last saved; absent: no file
	field    string            // the field being typed into by the edit under way ("": none)
	last     run               // the typing run of the last edit kept
	waiting  bool              // a recovery file of an earlier session awaits an answer
}

// state is one version of the content: the layers (owned by the state, never
// changed once it is recorded) and the dataset they load as.
type state struct {
	layers []*data.Layer
	ds     *data.Dataset
}

// Open starts editing the content of dir (the --data folder) laid over the
// embedded data, as the map shows it. With dir "" the folder is DefaultDir():
// when it does not exist yet it is created, seeded with the embedded layers,
// by the first save or photo added. Problems the content already has are
// returned (joined *data.FeatureError, as data.LoadDir gives them) but do
// not block editing; only new problems make an edit fail.
func Open(dir string, opt Options) (*Editor, error) {
	if dir == "" {
		dir = DefaultDir()
		if dir == "" {
			return nil, errors.New("edit: no data folder and no user data folder to create one in")
		}
	}
	ds, loadErr := data.LoadDir(dir)
	if _, err := os.Stat(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("edit: %w", err)
	} else if err != nil {
		ds, loadErr = data.LoadEmbedded()
	}
	e := &Editor{dir: dir, opt: opt, saved: map[string][]byte{}, disk: map[string][]byte{}, baseline: map[string]bool{}}
	layers := cloneLayers(ds.Layers)
	files, err := e.encode(layers)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		e.saved[f.Name] = f.Data
		if layers[i].File != f.Name {
			continue // not loaded from the folder: a file there by that name is not ours
		}
		if b, err := os.ReadFile(f.Name); err == nil {
			e.disk[f.Name] = b
		}
	}
	ds, checkErr := data.LoadFiles(files...)
	for _, p := range problems(checkErr) {
		e.baseline[problemKey(p)] = true
	}
	e.cur = state{layers: layers, ds: ds}
	return e, loadErr
}

// Dir returns the data folder edits are saved into (it may not exist until
// the first save: see Created).
func (e *Editor) Dir() string { return e.dir }

// Dataset returns the content as edited, for the map and the cards. It is
// replaced, not changed, by each edit, undo and redo: keep no pointers into
// it across them.
func (e *Editor) Dataset() *data.Dataset { return e.cur.ds }

// CanUndo and CanRedo report whether Undo and Redo have anything to do.
func (e *Editor) CanUndo() bool { return len(e.undo) > 0 }

// CanRedo reports whether an undone edit can be done again.
func (e *Editor) CanRedo() bool { return len(e.redo) > 0 }

// Undo goes back one edit; it returns false when there is none (the content
// is as it was when opened).
func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	e.redo = append(e.redo, e.cur)
	e.cur = e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	return true
}

// Redo does the last undone edit again; it returns false when there is none.
func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	e.undo = append(e.undo, e.cur)
	e.cur = e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	return true
}

// apply runs change on a copy of the content and keeps the copy when it
// adds no problem; otherwise it returns a *Refused naming them and the
// content stays as it was.
func (e *Editor) apply(change func(layers []*data.Layer) error) error {
	layers := cloneLayers(e.cur.layers)
	if err := change(layers); err != nil {
		return err
	}
	files, err := e.encode(layers)
	if err != nil {
		return err
	}
	ds, checkErr := data.LoadFiles(files...)
	var added []*data.FeatureError
	for _, p := range problems(checkErr) {
		if !e.baseline[problemKey(p)] {
			added = append(added, p)
		}
	}
	if len(added) > 0 {
		return &Refused{Problems: added}
	}
	now := e.now()
	if !e.joinsRun(now) {
		e.undo = append(e.undo, e.cur)
	}
	e.redo = nil
	e.cur = state{layers: layers, ds: ds}
	e.last = run{field: e.field, at: now, depth: len(e.undo)}
	return nil
}

// encode writes each layer in the layer-file format under the name it is
// saved as, places in tour order.
func (e *Editor) encode(layers []*data.Layer) ([]data.File, error) {
	files := make([]data.File, 0, len(layers))
	for _, l := range layers {
		sort.SliceStable(l.Sites, func(i, j int) bool { return l.Sites[i].Tour < l.Sites[j].Tour })
		b, err := data.EncodeLayer(l)
		if err != nil {
			return nil, fmt.Errorf("edit: %w", err)
		}
		files = append(files, data.File{Name: e.layerFile(l), Data: b})
	}
	return files, nil
}

// layerFile is the file layer l is saved as: its own file when it came from
// the data folder, else LAYERID.geojson in the folder.
func (e *Editor) layerFile(l *data.Layer) string {
	if l.File != "" && filepath.Clean(filepath.Dir(l.File)) == filepath.Clean(e.dir) {
		return l.File
	}
	return filepath.Join(e.dir, l.ID+".geojson")
}

// problems unwraps a joined error from data into its FeatureErrors; any
// other error becomes a FeatureError about the whole content.
func problems(err error) []*data.FeatureError {
	if err == nil {
		return nil
	}
	list := []error{err}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		list = u.Unwrap()
	}
	out := make([]*data.FeatureError, 0, len(list))
	for _, e := range list {
		var fe *data.FeatureError
		if !errors.As(e, &fe) {
			fe = &data.FeatureError{Err: e}
		}
		out = append(out, fe)
	}
	return out
}

// problemKey identifies a problem independently of where its feature sits in
// its file, which deleting a place changes.
func problemKey(p *data.FeatureError) string {
	return p.ID + "\x00" + p.Field + "\x00" + fmt.Sprint(p.Err)
}
