package fleet

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// seenFile is what the kiosk knows of one version (size and time) of a file
// in publish/.
type seenFile struct {
	name      string
	info      os.FileInfo // this version: a file renamed into place is another, even with the same size and time
	size      int64
	mod       time.Time
	firstSeen time.Time // when this version was first seen
	head      *Bundle   // readable and signed by the fleet's key (so far as its head tells)
	seenHead  *Bundle   // readable and signed, by whatever key
	refused   *Problem  // refused for good: this version will not be tried again
}

// Poll looks at publish/ once: it reports new conflict copies, refuses
// bundles that are unsigned, signed by another key, tampered or broken
// (a file that is not yet a readable zip only once it has stayed unchanged
// for Settle: it may still be arriving), installs the newest good bundle
// newer than the one installed (trying older ones, still newer, when the
// newest is refused), then calls Ready and Problem and writes the status
// when anything changed. Bundles older than the one installed are never
// installed: a kiosk does not go back.
func (k *Kiosk) Poll() error {
	k.pollMu.Lock()
	defer k.pollMu.Unlock()
	now := k.opt.Now()
	dir := filepath.Join(k.opt.Fleet, PublishDir)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("fleet kiosk: %w", err)
	}
	var fresh []Problem // problems to report
	present := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		switch {
		case isSyncTemp(name):
			continue
		case isConflictCopy(name):
			present[name] = true
			if k.seen[name] == nil {
				p := Problem{File: name, Reason: ReasonConflict, At: now.UTC(),
					Detail: "a sync conflict copy: publish/ has one writer, the office; it is ignored (remove it there)"}
				k.seen[name] = &seenFile{name: name, refused: &p}
				fresh = append(fresh, p)
			}
			continue
		case !isBundleName(name):
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		present[name] = true
		sf := k.seen[name]
		if sf == nil || sf.info == nil || !os.SameFile(sf.info, info) || sf.size != info.Size() || !sf.mod.Equal(info.ModTime()) {
			sf = &seenFile{name: name, info: info, size: info.Size(), mod: info.ModTime(), firstSeen: now}
			k.seen[name] = sf
			if p := k.look(sf, filepath.Join(dir, name)); p != nil {
				fresh = append(fresh, *p)
			}
		}
		if p := k.settle(sf, now); p != nil {
			fresh = append(fresh, *p)
		}
	}
	for name := range k.seen {
		if !present[name] {
			delete(k.seen, name)
		}
	}
	installed, ready, more := k.installNewest(dir, now)
	fresh = append(fresh, more...)
	changed := k.update(fresh, present, installed)
	var errs []error
	if changed {
		errs = append(errs, k.WriteStatus())
	}
	for _, p := range fresh {
		if k.opt.Problem != nil {
			k.opt.Problem(p)
		}
	}
	if ready && k.opt.Ready != nil {
		k.opt.Ready(installed.Bundle)
	}
	return errors.Join(errs...)
}

// look reads the head of a new file version: a bundle that is readable but
// unsigned, or signed by another key, or whose signature does not match, is
// refused at once; one that is not yet readable waits (see settle).
func (k *Kiosk) look(sf *seenFile, path string) *Problem {
	if sf.size > k.opt.MaxBundle {
		return k.refuse(sf, &RefusedError{File: sf.name, Reason: ReasonBroken,
			Err: fmt.Errorf("%d bytes, more than a bundle may hold (%d)", sf.size, k.opt.MaxBundle)}, sf.firstSeen)
	}
	b, sig, manifest, err := readHead(path)
	var re *RefusedError
	if errors.As(err, &re) && re.Reason == ReasonBroken {
		return nil // perhaps still arriving
	}
	if err == nil {
		sf.seenHead = &b
		err = checkSignature(path, sig, k.opt.Key, manifest)
	}
	if err != nil {
		return k.refuse(sf, err, sf.firstSeen)
	}
	sf.head = &b
	return nil
}

// settle refuses, as broken, a file version that was never readable and has
// not changed for Settle.
func (k *Kiosk) settle(sf *seenFile, now time.Time) *Problem {
	if sf.head != nil || sf.seenHead != nil || sf.refused != nil || now.Sub(sf.firstSeen) < k.opt.Settle {
		return nil
	}
	_, _, _, err := readHead(filepath.Join(k.opt.Fleet, PublishDir, sf.name))
	if err == nil {
		return nil // readable after all: looked at again when its size or time changes
	}
	return k.refuse(sf, fmt.Errorf("%w (unchanged for %v: not a sync in progress)", err, k.opt.Settle), now)
}

// refuse marks the file version as refused for good and returns the problem.
func (k *Kiosk) refuse(sf *seenFile, err error, at time.Time) *Problem {
	p := problemOf(sf.name, err, at)
	sf.refused = &p
	return &p
}

// problemOf describes a refusal.
func problemOf(name string, err error, at time.Time) Problem {
	reason := reasonOf(err)
	var re *RefusedError
	if errors.As(err, &re) {
		reason, err = re.Reason, re.Err
	}
	return Problem{File: name, Reason: reason, Detail: err.Error(), At: at.UTC()}
}

// candidates are the files that may be installed, newest first.
func (k *Kiosk) candidates() []*seenFile {
	var out []*seenFile
	for _, sf := range k.seen {
		if sf.head != nil && sf.refused == nil {
			out = append(out, sf)
		}
	}
	slices.SortFunc(out, func(a, b *seenFile) int {
		return cmp.Or(b.head.Published.Compare(a.head.Published), cmp.Compare(b.name, a.name))
	})
	return out
}

// update records what this poll found and reports whether the status changed.
func (k *Kiosk) update(fresh []Problem, present map[string]bool, installed *Installed) bool {
	var newest *Bundle
	for _, sf := range k.seen {
		if h := sf.seenHead; h != nil && (newest == nil || h.Published.After(newest.Published) ||
			h.Published.Equal(newest.Published) && h.File > newest.File) {
			newest = h
		}
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	changed := len(fresh) > 0 || installed != nil || !sameBundle(newest, k.newest)
	k.newest = newest
	if installed != nil {
		k.installed = installed
	}
	if len(fresh) > 0 {
		p := fresh[len(fresh)-1]
		k.problem = &p
	}
	if k.problem != nil && !present[k.problem.File] {
		// The file is gone: the last problem still standing, if any.
		k.problem = nil
		for _, sf := range k.seen {
			if p := sf.refused; p != nil && (k.problem == nil || p.At.After(k.problem.At)) {
				k.problem = p
			}
		}
		changed = true
	}
	return changed
}

// sameBundle reports whether a and b are both nil or the same bundle.
func sameBundle(a, b *Bundle) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}
