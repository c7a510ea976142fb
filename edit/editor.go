// Package edit is the content editor beneath the map's edit mode: changes to
// the places of a dataset (card fields, figures, photos, position, new and
// deleted places, tour order), each checked with the rules of `ningbomap
// check` and refused with the field's problem when it breaks one; undo and
// redo back to the start; and atomic saving into the data folder. It
// imports no UI toolkit: the UI calls an Editor and shows Dataset.
//
// The content is held as values, never as files: an edit copies the place
// it changes (and the list of its layer), re-checks that layer in memory
// (data.CheckLayer) and what spans layers (Dataset.WithLayers), and shares
// everything else with the version before it. Files are written only when
// saving or keeping the recovery file, and only for the layers that differ
// from what is saved.
package edit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"ningbomap/data"
)

// Options configures an Editor. The zero value is ready to use.
type Options struct {
	// Record, when set, hears of every file the Editor is about to write
	// into the data folder (its name and content), before it writes it, so
	// that the folder's watcher can tell the Editor's own saves from
	// others' (watch.Own.Record does that).
	Record func(name string, content []byte)
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
	baseline map[string]bool // problems present when opened: not held against edits
	files    map[string]*file
	field    string // the field being typed into by the edit under way ("": none)
	last     run    // the typing run of the last edit kept
	waiting  bool   // a recovery file of an earlier session awaits an answer
}

// state is one version of the content: the layers, each with its places in
// tour order, numbered and named as its file will have them (never changed
// once recorded: a later version copies what it changes), and the dataset
// they make.
type state struct {
	layers []*data.Layer
	ds     *data.Dataset
}

// file is what the Editor knows of one layer file of the data folder.
type file struct {
	saved   []byte      // the layer as last saved (or as opened), as WriteLayer writes it
	savedAs *data.Layer // a version of the layer known to write as saved (nil: none)
	disk    []byte      // the file on disk when opened or last saved
	onDisk  bool        // the Editor knows the file's content on disk (disk is it)
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
	e := &Editor{dir: dir, opt: opt, files: map[string]*file{}, baseline: map[string]bool{}}
	d := newDraft(nil)
	for _, l := range ds.Layers {
		name := e.layerFile(l)
		f := &file{}
		if l.File == name { // loaded from the folder: a file there by another layer's name is not ours
			if b, err := os.ReadFile(name); err == nil {
				f.disk, f.onDisk = b, true
			}
		}
		e.files[name] = f
		c := *l
		c.File = name
		d.add(&c)
	}
	d.finish()
	for _, l := range d.layers {
		b, err := data.EncodeLayer(l)
		if err != nil {
			return nil, fmt.Errorf("edit: %w", err)
		}
		e.files[l.File].saved, e.files[l.File].savedAs = b, l
	}
	var problems []*data.FeatureError
	e.cur.ds, problems = e.check(ds, d)
	for _, p := range problems {
		e.baseline[problemKey(p)] = true
	}
	e.cur.layers = d.layers
	return e, loadErr
}

// Dir returns the data folder edits are saved into (it may not exist until
// the first save: see Created).
func (e *Editor) Dir() string { return e.dir }

// Dataset returns the content as edited, for the map and the cards. It is
// replaced, not changed, by each edit, undo and redo; the places an edit
// does not touch stay the same values in the next Dataset (see Diff). Treat
// it as read-only.
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

// apply runs change on a draft of the content and keeps the result when it
// adds no problem; otherwise it returns a *Refused naming them and the
// content stays as it was. An edit that changes nothing is not kept.
func (e *Editor) apply(change func(d *draft) error) error {
	d := newDraft(e.cur.layers)
	if err := change(d); err != nil {
		return err
	}
	if !d.changed() {
		return nil
	}
	d.finish()
	ds, problems := e.check(e.cur.ds, d)
	var added []*data.FeatureError
	for _, p := range problems {
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
	e.cur = state{layers: d.layers, ds: ds}
	e.last = run{field: e.field, at: now, depth: len(e.undo)}
	return nil
}

// check checks the layers d changed, each on its own, and all of d's layers
// together; base gives the districts and the rest the Dataset keeps.
func (e *Editor) check(base *data.Dataset, d *draft) (*data.Dataset, []*data.FeatureError) {
	var errs []error
	for _, l := range d.touched() {
		errs = append(errs, data.CheckLayer(l, base.Districts))
	}
	ds, err := base.WithLayers(d.layers)
	return ds, problems(errors.Join(append(errs, err)...))
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
		if u, ok := e.(interface{ Unwrap() []error }); ok { // a layer's problems, joined
			out = append(out, problems(errors.Join(u.Unwrap()...))...)
			continue
		}
		var fe *data.FeatureError
		if !errors.As(e, &fe) {
			fe = &data.FeatureError{Err: e}
		}
		out = append(out, fe)
	}
	return slices.Clip(out)
}

// problemKey identifies a problem independently of where its feature sits in
// its file, which deleting a place changes.
func problemKey(p *data.FeatureError) string {
	return p.ID + "\x00" + p.Field + "\x00" + fmt.Sprint(p.Err)
}
