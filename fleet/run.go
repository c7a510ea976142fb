package fleet

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long Run waits after a change in publish/ before it
// polls: a sync tool renames a finished file into place, often several in
// a row.
const debounce = time.Second

// Run polls publish/ at start, after every change there (file-system
// events), and every Rescan (a synced folder can miss events, and the
// folder may not exist yet), and writes the status every StatusEvery, until
// ctx is done; then it writes the status once more. Problems with the folder
// itself go to report (which may be nil). Run it in its own goroutine.
func (k *Kiosk) Run(ctx context.Context, report func(error)) {
	if report == nil {
		report = func(error) {}
	}
	note := func(err error) {
		if err != nil {
			report(err)
		}
	}
	w, events := k.watch(report)
	defer func() {
		if w != nil {
			w.Close()
		}
	}()
	note(k.Poll())
	note(k.WriteStatus())
	rescan := time.NewTicker(k.opt.Rescan)
	defer rescan.Stop()
	status := time.NewTicker(k.opt.StatusEvery)
	defer status.Stop()
	var settle <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			note(k.WriteStatus())
			return
		case <-events:
			if settle == nil {
				settle = time.After(debounce)
			}
		case <-settle:
			settle = nil
			note(k.Poll())
		case <-rescan.C:
			if w == nil {
				w, events = k.watch(report)
			}
			note(k.Poll())
		case <-status.C:
			note(k.WriteStatus())
		}
	}
}

// watch starts watching publish/; without it (no folder yet, or no watcher
// on this system) Run relies on its rescans and tries again at the next.
func (k *Kiosk) watch(report func(error)) (*fsnotify.Watcher, <-chan fsnotify.Event) {
	dir := filepath.Join(k.opt.Fleet, PublishDir)
	if _, err := os.Stat(dir); err != nil {
		return nil, nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		report(err)
		return nil, nil
	}
	if err := w.Add(dir); err != nil {
		w.Close()
		report(err)
		return nil, nil
	}
	go func() {
		for err := range w.Errors {
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				report(err)
			}
		}
	}()
	return w, w.Events
}
