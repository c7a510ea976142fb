package edit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/data"
	"ningbomap/userdir"
)

// A recovery file keeps the edits of a data folder that are not saved yet, so that a
// crash, a power cut or a killed process loses none of them: the app writes it a moment
// after each edit, Save removes it, and the next edit session offers to restore it. It
// lives outside the data folder (RecoveryPath), one file per folder, and holds the
// changed layer files whole.

// recoveryVersion is the format of recovery files this package writes and reads.
const recoveryVersion = 1

// maxRecovery is the largest recovery file read (the layers of an exhibition are far
// smaller; photos are copied into the data folder when added, not kept here).
const maxRecovery = 64 << 20

// Recovery is a recovery file as read: the data folder it belongs to, when it was
// written, and the changed layer files (Name is the file's base name in that folder).
type Recovery struct {
	Dir     string
	Written time.Time
	Files   []data.File
}

type recoveryFile struct {
	Version int             `json:"version"`
	Dir     string          `json:"dir"`
	Written time.Time       `json:"written"`
	Files   []recoveryLayer `json:"files"`
}

// recoveryLayer is one layer file, its content kept as text so that it comes back byte
// for byte.
type recoveryLayer struct {
	Name string `json:"name"`
	Data string `json:"data"`
}

// RecoveryPath is the recovery file of the data folder dir: recovery/HASH.json in
// ningbomap's data folder (userdir.Data, beside DefaultDir), or "" when there is none.
func RecoveryPath(dir string) string {
	if userdir.Data() == "" {
		return ""
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	sum := sha256.Sum256([]byte(filepath.Clean(dir)))
	return userdir.Data("recovery", hex.EncodeToString(sum[:8])+".json")
}

// KeepRecovery writes the layers that differ from what is saved into the recovery file
// (Options.Recovery), whole or not at all; with nothing unsaved it removes that file.
//
// While a recovery file from an earlier session waits for an answer (PendingRecovery
// offered it, and neither Recover, DiscardRecovery nor Save has run since), KeepRecovery
// leaves it alone.
func (e *Editor) KeepRecovery() error {
	if e.opt.Recovery == "" || e.waiting {
		return nil
	}
	files, err := e.unsaved()
	if err != nil {
		return err
	}
	rf := recoveryFile{Version: recoveryVersion, Dir: e.dir, Written: e.now().UTC()}
	for _, f := range files {
		rf.Files = append(rf.Files, recoveryLayer{Name: filepath.Base(f.Name), Data: string(f.Data)})
	}
	if len(rf.Files) == 0 {
		return e.DiscardRecovery()
	}
	b, err := json.Marshal(rf)
	if err != nil {
		return fmt.Errorf("edit: recovery: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(e.opt.Recovery), 0o755); err != nil {
		return fmt.Errorf("edit: recovery: %w", err)
	}
	if err := atomicfile.WriteFile(e.opt.Recovery, b, 0o644); err != nil {
		return fmt.Errorf("edit: recovery: %w", err)
	}
	return nil
}

// DiscardRecovery removes the recovery file (Options.Recovery), if there is one.
func (e *Editor) DiscardRecovery() error {
	if e.opt.Recovery == "" {
		return nil
	}
	if err := os.Remove(e.opt.Recovery); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("edit: recovery: %w", err)
	}
	e.waiting = false
	return nil
}

// PendingRecovery reads the recovery file (Options.Recovery). It returns nil when there
// is none, or when it holds nothing that differs from what the folder holds now (the
// next KeepRecovery may then replace it). A recovery it returns, or one it cannot read,
// waits for an answer: KeepRecovery leaves the file alone until Recover, DiscardRecovery
// or Save.
func (e *Editor) PendingRecovery() (*Recovery, error) {
	e.waiting = false
	if e.opt.Recovery == "" {
		return nil, nil
	}
	b, err := os.ReadFile(e.opt.Recovery)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		e.waiting = true
		return nil, fmt.Errorf("edit: recovery: %w", err)
	}
	r, err := ParseRecovery(b)
	if err != nil {
		e.waiting = true
		return nil, fmt.Errorf("edit: recovery %s: %w", e.opt.Recovery, err)
	}
	for _, f := range r.Files {
		if saved := e.files[filepath.Join(e.dir, f.Name)]; saved == nil || !bytes.Equal(saved.saved, f.Data) {
			e.waiting = true
			return r, nil
		}
	}
	return nil, nil
}

// ParseRecovery reads a recovery file's content, refusing one of another format, with a
// file name that is not a plain .geojson name, or with the same file twice.
func ParseRecovery(b []byte) (*Recovery, error) {
	if len(b) > maxRecovery {
		return nil, fmt.Errorf("%d bytes, over the %d MB a recovery file may hold", len(b), maxRecovery>>20)
	}
	var rf recoveryFile
	if err := json.Unmarshal(b, &rf); err != nil {
		return nil, err
	}
	if rf.Version != recoveryVersion {
		return nil, fmt.Errorf("version %d, want %d", rf.Version, recoveryVersion)
	}
	r := &Recovery{Dir: rf.Dir, Written: rf.Written}
	seen := map[string]bool{}
	for i, f := range rf.Files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || strings.ContainsAny(f.Name, `/\:`) ||
			!strings.HasSuffix(f.Name, ".geojson") || seen[f.Name] {
			return nil, fmt.Errorf("files[%d]: name %q: not a layer file of its own", i, f.Name)
		}
		if len(f.Data) == 0 {
			return nil, fmt.Errorf("files[%d] (%s): no data", i, f.Name)
		}
		seen[f.Name] = true
		r.Files = append(r.Files, data.File{Name: f.Name, Data: []byte(f.Data)})
	}
	return r, nil
}

// Recover puts the layers of r in place of the edited ones, as one edit (Undo takes it
// back). It is refused when r belongs to another data folder, names a layer the content
// does not have, or adds a problem (a *Refused); the content then stays as it was.
func (e *Editor) Recover(r *Recovery) error {
	if filepath.Clean(r.Dir) != filepath.Clean(e.dir) {
		return fmt.Errorf("edit: recovery is of %s, not %s", r.Dir, e.dir)
	}
	byName := map[string]int{}
	for i, l := range e.cur.layers {
		byName[filepath.Base(l.File)] = i
	}
	recovered := map[int]*data.Layer{}
	for _, f := range r.Files {
		i, ok := byName[f.Name]
		if !ok {
			return fmt.Errorf("edit: recovery: %s: no such layer in %s", f.Name, e.dir)
		}
		l, _ := data.ReadLayer(data.File{Name: e.cur.layers[i].File, Data: f.Data}, e.cur.ds.Districts)
		if l == nil {
			return fmt.Errorf("edit: recovery: %s: the layer does not load", f.Name)
		}
		recovered[i] = l
	}
	err := e.apply(func(d *draft) error {
		for i, l := range recovered {
			d.replace(i, l)
		}
		return nil
	})
	if err == nil {
		e.waiting = false // the recovered edits are this session's unsaved edits now
	}
	return err
}
