package fleet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// StaleAfter is how long a kiosk may stay silent before the office marks it
// stale: it writes its status every minute.
const StaleAfter = 5 * time.Minute

// KioskState is one kiosk as the office sees it.
type KioskState struct {
	ID       string
	Status   *Status // nil when the kiosk wrote none, or it cannot be read
	LastSeen time.Time
	Stale    bool   // silent for more than StaleAfter (or never heard of)
	Behind   bool   // shows something else than the newest published bundle
	Trouble  string // its last problem, or what is wrong with its folder; "" for none
}

// OK reports whether the kiosk is alive, up to date and without trouble.
func (k KioskState) OK() bool { return !k.Stale && !k.Behind && k.Trouble == "" }

// Fleet is the office's view of every kiosk.
type Fleet struct {
	Newest *Bundle // the newest signed bundle in publish/; nil for none
	Kiosks []KioskState
}

// OK reports whether every kiosk is OK.
func (f Fleet) OK() bool {
	for _, k := range f.Kiosks {
		if !k.OK() {
			return false
		}
	}
	return true
}

// Statuses reads publish/ and every kiosk's status.json in fleetDir, at
// time now. A kiosk folder whose status cannot be read is a kiosk in
// trouble, and the others are still read.
func Statuses(fleetDir string, now time.Time) (Fleet, error) {
	var f Fleet
	newest, err := newestPublished(filepath.Join(fleetDir, PublishDir))
	if err != nil {
		return f, err
	}
	f.Newest = newest
	ids, skips, err := kioskIDs(fleetDir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return f, err
	}
	for _, id := range ids {
		f.Kiosks = append(f.Kiosks, kioskState(fleetDir, id, newest, now))
	}
	for _, s := range skips {
		f.Kiosks = append(f.Kiosks, KioskState{ID: "?", Stale: true, Trouble: s.Error()})
	}
	return f, nil
}

// kioskState reads the state of kiosk id.
func kioskState(fleetDir, id string, newest *Bundle, now time.Time) KioskState {
	k := KioskState{ID: id, Stale: true}
	dir := KioskDir(fleetDir, id)
	var troubles []string
	s, err := ReadStatus(filepath.Join(dir, StatusFile))
	switch {
	case errors.Is(err, os.ErrNotExist):
		troubles = append(troubles, "no status.json yet")
	case err != nil:
		troubles = append(troubles, err.Error())
	case s.Kiosk != id:
		troubles = append(troubles, fmt.Sprintf("its status.json names kiosk %q: two kiosks share a folder?", s.Kiosk))
	default:
		k.Status, k.LastSeen = &s, s.Written
		k.Stale = now.Sub(s.Written) > StaleAfter
		k.Behind = newest != nil && (s.Shown == nil || s.Shown.Hash != newest.Hash)
		if p := s.Problem; p != nil {
			troubles = append(troubles, fmt.Sprintf("%s: %s", p.Reason, p.File))
		}
	}
	if conflicts, _ := filepath.Glob(filepath.Join(dir, "*.sync-conflict-*")); len(conflicts) > 0 {
		troubles = append(troubles, fmt.Sprintf("sync conflict copy %s: does another kiosk use the id %q?", filepath.Base(conflicts[0]), id))
	}
	k.Trouble = strings.Join(troubles, "; ")
	return k
}

// newestPublished is the newest signed bundle in dir (the office's own
// publish/ folder, so signatures are not checked here); nil for none.
func newestPublished(dir string) (*Bundle, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("fleet: %w", err)
	}
	var newest *Bundle
	for _, e := range entries {
		if !isBundleName(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		b, _, _, err := readHead(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if newest == nil || b.Published.After(newest.Published) || b.Published.Equal(newest.Published) && b.File > newest.File {
			newest = &b
		}
	}
	return newest, nil
}
