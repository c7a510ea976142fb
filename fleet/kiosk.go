package fleet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// KioskOptions configure a Kiosk. Fleet, Key, ID and Dest are required.
type KioskOptions struct {
	Fleet   string    // the fleet folder (fleet in the kiosk configuration)
	Key     PublicKey // the fleet's public key (fleet_key); bundles signed by any other are refused
	ID      string    // this kiosk's id (kiosk_id): its folder is FLEET/kiosks/ID
	Dest    string    // the exhibition folder bundles install into: edit.DefaultDir(), where --data FILE.zip installs
	Version string    // the app's version, for the status

	Now         func() time.Time // clock; time.Now
	Rescan      time.Duration    // Run: full rescan of publish/, since synced folders can miss events; 30 s
	StatusEvery time.Duration    // Run: status.json is rewritten this often; 1 min
	Settle      time.Duration    // an unreadable bundle unchanged this long is reported as broken; 2 min
	MaxBundle   int64            // larger files in publish/ are refused before copying; 4 GiB

	// Ready is called, on the goroutine that polls, after a bundle was
	// installed into Dest: the app reloads Dest at its next idle moment and
	// then calls Switched.
	Ready func(Bundle)
	// Problem is called, on the goroutine that polls, for every bundle
	// refused and every conflict copy found (once per file).
	Problem func(Problem)
}

// Kiosk is the kiosk's side of a fleet: it finds the newest complete bundle
// in FLEET/publish, verifies it, installs it into the exhibition folder and
// reports; it writes FLEET/kiosks/ID/status.json. The app drives it: Run in
// a goroutine (or Poll and WriteStatus from its own timers), Touched on
// every input, Switched once it shows an installed bundle. Its methods are
// safe for concurrent use.
type Kiosk struct {
	opt     KioskOptions
	started time.Time
	touch   atomic.Int64 // unix nanoseconds of the last touch; 0 for none

	pollMu sync.Mutex // one Poll at a time; guards seen
	seen   map[string]*seenFile

	writeMu sync.Mutex // one status write at a time

	mu        sync.Mutex // guards the fields below and status writes
	shown     *Installed
	installed *Installed
	newest    *Bundle
	problem   *Problem
}

// NewKiosk checks opt and reads which bundle the exhibition folder holds (a
// marker the kiosk left there at its last install).
func NewKiosk(opt KioskOptions) (*Kiosk, error) {
	var errs []error
	if opt.Fleet == "" {
		errs = append(errs, errors.New("no fleet folder"))
	}
	if len(opt.Key) == 0 {
		errs = append(errs, errors.New("no fleet key: without one every bundle would be refused"))
	}
	if !ValidKioskID(opt.ID) {
		errs = append(errs, fmt.Errorf("kiosk id %q: want 1 to 64 letters, digits, '-', '_' or '.'", opt.ID))
	}
	if opt.Dest == "" {
		errs = append(errs, errors.New("no exhibition folder to install into"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("fleet kiosk: %w", err)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	opt.Rescan = cmpOr(opt.Rescan, 30*time.Second)
	opt.StatusEvery = cmpOr(opt.StatusEvery, time.Minute)
	opt.Settle = cmpOr(opt.Settle, 2*time.Minute)
	if opt.MaxBundle <= 0 {
		opt.MaxBundle = 4 << 30
	}
	k := &Kiosk{opt: opt, started: opt.Now(), seen: map[string]*seenFile{}}
	if m, err := readMarker(opt.Dest); err == nil {
		k.shown, k.installed = m, m
	}
	return k, nil
}

// cmpOr returns d, or def when d is not positive.
func cmpOr(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// Dir is this kiosk's folder in the fleet folder; only this kiosk writes there.
func (k *Kiosk) Dir() string { return KioskDir(k.opt.Fleet, k.opt.ID) }

// UsageDir is where the app's usage log writes (usage.New(k.UsageDir(), …)),
// so that the office counts this kiosk's visitors.
func (k *Kiosk) UsageDir() string { return KioskUsageDir(k.opt.Fleet, k.opt.ID) }

// Dest is the exhibition folder bundles install into: the app's data folder.
func (k *Kiosk) Dest() string { return k.opt.Dest }

// Touched records a visitor's touch at t, for the status. It is cheap
// (one atomic store): call it from every input handler.
func (k *Kiosk) Touched(t time.Time) { k.touch.Store(t.UnixNano()) }

// Switched records that the app now shows the bundle b (after Ready, at its
// idle moment), and writes the status.
func (k *Kiosk) Switched(b Bundle) error {
	k.mu.Lock()
	if k.installed != nil && k.installed.Bundle == b {
		k.shown = k.installed
	} else {
		k.shown = &Installed{Bundle: b, InstalledAt: k.opt.Now()}
	}
	k.mu.Unlock()
	return k.WriteStatus()
}

// Status is the kiosk's status now.
func (k *Kiosk) Status() Status {
	now := k.opt.Now()
	k.mu.Lock()
	s := Status{Kiosk: k.opt.ID, Version: k.opt.Version, Written: now.UTC(), Started: k.started.UTC(),
		Uptime: now.Sub(k.started).Seconds(), Shown: k.shown, Installed: k.installed,
		NewestSeen: k.newest, Problem: k.problem}
	k.mu.Unlock()
	if ns := k.touch.Load(); ns != 0 {
		t := time.Unix(0, ns).UTC()
		s.LastTouch = &t
	}
	s.FreeDisk = freeDisk(existing(k.opt.Dest))
	return s
}

// WriteStatus writes the status to FLEET/kiosks/ID/status.json, atomically.
func (k *Kiosk) WriteStatus() error {
	k.writeMu.Lock()
	defer k.writeMu.Unlock()
	return writeStatus(k.Dir(), k.Status())
}

// existing is path, or the nearest folder above it that exists: the disk the
// exhibition folder will be on before the first bundle makes it.
func existing(path string) string {
	p := filepath.Clean(path)
	for {
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(p)
		if up == p {
			return p
		}
		p = up
	}
}
