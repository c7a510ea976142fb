package fleet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/bundle"
)

// markerFile, in the exhibition folder, names the bundle installed there. It
// goes when anything else replaces the folder (bundle.Install swaps the
// whole folder), so it never names content it does not describe.
const markerFile = ".fleet-bundle.json"

// installNewest installs the newest candidate newer than the installed
// bundle, trying the next one when it is refused. It returns what it
// installed (nil for nothing), whether that is new content for the app (not
// the same content published again) and the problems met.
func (k *Kiosk) installNewest(dir string, now time.Time) (*Installed, bool, []Problem) {
	k.mu.Lock()
	base := k.installed
	k.mu.Unlock()
	var problems []Problem
	for _, sf := range k.candidates() {
		if base != nil && !sf.head.Published.After(base.Published) {
			break
		}
		if base != nil && sf.head.Hash == base.Hash {
			// The same exhibition published again: nothing to install.
			in := &Installed{Bundle: *sf.head, InstalledAt: base.InstalledAt}
			if err := writeMarker(k.opt.Dest, in); err != nil {
				problems = append(problems, problemOf(sf.name, err, now))
				return nil, false, problems
			}
			k.adopt(base, in)
			return in, false, problems
		}
		in, err := k.install(filepath.Join(dir, sf.name), now)
		if err == nil {
			return in, true, problems
		}
		p := problemOf(sf.name, err, now)
		if p.Reason != ReasonInstall {
			sf.refused = &p // the file is bad: not tried again
		} else if k.sameProblem(p) {
			continue // the disk still fails: reported already
		}
		problems = append(problems, p)
	}
	return nil, false, problems
}

// adopt makes in the shown bundle too when the shown one was base (the
// same content under a newer name).
func (k *Kiosk) adopt(base, in *Installed) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.shown == base {
		k.shown = in
	}
}

// sameProblem reports whether p is the problem already reported.
func (k *Kiosk) sameProblem(p Problem) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.problem != nil && k.problem.File == p.File && k.problem.Reason == p.Reason && k.problem.Detail == p.Detail
}

// install copies the bundle at path to a private folder beside the
// exhibition folder (so that nothing can change it between the checks and
// the install), checks its signature against the fleet's key and installs
// it with bundle.Install, which checks every file against the manifest and
// the layers themselves and leaves the folder as it was on any problem.
func (k *Kiosk) install(path string, now time.Time) (*Installed, error) {
	dest := filepath.Clean(k.opt.Dest)
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return nil, fmt.Errorf("fleet kiosk: %w", err)
	}
	stage, err := os.MkdirTemp(filepath.Dir(dest), ".fleet-incoming-*")
	if err != nil {
		return nil, fmt.Errorf("fleet kiosk: %w", err)
	}
	defer os.RemoveAll(stage)
	staged := filepath.Join(stage, filepath.Base(path))
	if err := copyFile(path, staged, k.opt.MaxBundle); err != nil {
		return nil, err
	}
	b, sig, manifest, err := readHead(staged)
	if err == nil {
		err = checkSignature(staged, sig, k.opt.Key, manifest)
	}
	if err != nil {
		return nil, err
	}
	if err := bundle.Install(staged, dest); err != nil {
		var be *bundle.Error
		if errors.As(err, &be) {
			be.Bundle = path // name the file in publish/, not the private copy
		}
		return nil, refused(path, err)
	}
	in := &Installed{Bundle: b, InstalledAt: now.UTC()}
	// Installed even when the marker cannot be written: the next start then
	// takes the folder for content from elsewhere and installs the newest
	// bundle again.
	_ = writeMarker(dest, in)
	return in, nil
}

// copyFile copies src to a new file dst, refusing more than limit bytes.
func copyFile(src, dst string, limit int64) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("fleet kiosk: %w", err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("fleet kiosk: %w", err)
	}
	n, err := io.Copy(out, io.LimitReader(in, limit+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("fleet kiosk: copying %s: %w", src, err)
	}
	if n > limit {
		return &RefusedError{File: filepath.Base(src), Reason: ReasonBroken, Err: fmt.Errorf("more than %d bytes", limit)}
	}
	return nil
}

// writeMarker records in the exhibition folder dir the bundle installed there.
func writeMarker(dir string, in *Installed) error {
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, markerFile), append(b, '\n'), 0o644)
}

// readMarker reads the bundle recorded in the exhibition folder dir.
func readMarker(dir string) (*Installed, error) {
	b, err := readSmall(filepath.Join(dir, markerFile), maxStatus)
	if err != nil {
		return nil, err
	}
	var in Installed
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, err
	}
	if in.File == "" || len(in.Hash) != 64 || in.Published.IsZero() {
		return nil, errors.New("incomplete marker")
	}
	return &in, nil
}
