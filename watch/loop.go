package watch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/fsnotify/fsnotify"
)

// loop is the state of the Watcher's single goroutine.
type loop struct {
	w       *Watcher
	pending map[string]bool // paths seen since the last delivered batch
	batch   Change          // built when the quiet period ended
	out     chan<- Change   // w.changes while batch waits to be received, else nil
	errs    []error         // errors waiting to be received
	timer   *time.Timer     // quiet-period timer
	retry   *time.Ticker    // non-nil while the folder is lost
}

// run is the Watcher's goroutine. It never blocks on a slow consumer: while
// a batch waits, new events cancel it and are merged into the next one.
func (w *Watcher) run() {
	defer close(w.finished)
	defer close(w.changes)
	defer close(w.errors)

	l := &loop{w: w, pending: make(map[string]bool), timer: time.NewTimer(time.Hour)}
	l.timer.Stop()
	defer l.timer.Stop()
	defer l.stopRetry()

	events, fsErrors := w.fsw.Events, w.fsw.Errors
	for {
		var errOut chan<- error
		var nextErr error
		if len(l.errs) > 0 {
			errOut, nextErr = w.errors, l.errs[0]
		}
		var retryC <-chan time.Time
		if l.retry != nil {
			retryC = l.retry.C
		}
		select {
		case <-w.done:
			return
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			l.event(ev)
		case err, ok := <-fsErrors:
			if !ok {
				fsErrors = nil
				continue
			}
			l.report(fmt.Errorf("watch: %s: %w", w.dir, err))
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				l.rescan()
			}
		case <-l.timer.C:
			l.build()
		case l.out <- l.batch:
			clear(l.pending)
			l.out, l.batch = nil, Change{}
		case errOut <- nextErr:
			l.errs = l.errs[1:]
		case <-retryC:
			l.rewatch()
		}
	}
}

// event handles one fsnotify event.
func (l *loop) event(ev fsnotify.Event) {
	name := filepath.Clean(ev.Name)
	if name == l.w.dir {
		if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
			l.lost()
		}
		return
	}
	if filepath.Dir(name) != l.w.dir || !l.w.match(filepath.Base(name)) {
		return
	}
	if !ev.Has(fsnotify.Write) && !ev.Has(fsnotify.Create) &&
		!ev.Has(fsnotify.Remove) && !ev.Has(fsnotify.Rename) {
		return // Chmod alone does not change the content.
	}
	l.touch(name)
}

// touch marks path as changed and restarts the quiet period.
func (l *loop) touch(paths ...string) {
	for _, p := range paths {
		l.pending[p] = true
	}
	l.out, l.batch = nil, Change{}
	l.timer.Reset(l.w.debounce)
}

// build turns the pending paths into a batch once the folder has been quiet.
// Each path is checked on disk now, so a file deleted and re-created counts
// as changed, not removed, and a symbolic link that points nowhere counts as
// removed. Folders are left out.
func (l *loop) build() {
	c := Change{Removed: make(map[string]bool)}
	for p := range l.pending {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			delete(l.w.known, p)
			c.Removed[p] = true
		case info.IsDir():
			delete(l.w.known, p)
			delete(l.pending, p)
			continue
		default:
			l.w.known[p] = true
			if l.w.ignore != nil && l.w.ignore(p) {
				continue
			}
		}
		c.Paths = append(c.Paths, p)
	}
	if len(c.Paths) == 0 {
		clear(l.pending)
		return
	}
	slices.Sort(c.Paths)
	l.batch, l.out = c, l.w.changes
}

// report queues err for the Errors channel, dropping it when the queue is full.
func (l *loop) report(err error) {
	if len(l.errs) < maxQueuedErrors {
		l.errs = append(l.errs, err)
	}
}

// lost handles the removal or renaming of the folder itself: the files known
// in it are reported (as removed unless they reappear) and the folder is
// looked for again every second.
func (l *loop) lost() {
	if l.retry != nil {
		return
	}
	_ = l.w.fsw.Remove(l.w.dir) // Most backends have dropped it already.
	l.report(fmt.Errorf("watch: %s: %w", l.w.dir, ErrFolderLost))
	for p := range l.w.known {
		l.touch(p)
	}
	l.retry = time.NewTicker(retryInterval)
	l.rewatch()
}

// rewatch tries to watch the folder again after it was lost. On success every
// file known before and every matching file now present is reported.
func (l *loop) rewatch() {
	info, err := os.Stat(l.w.dir)
	if err != nil || !info.IsDir() {
		return
	}
	if err := l.w.fsw.Add(l.w.dir); err != nil {
		return
	}
	l.stopRetry()
	l.rescan()
}

// rescan reports every known and present file, after events may have been
// missed. A folder that can no longer be read counts as lost.
func (l *loop) rescan() {
	set := make(map[string]bool, len(l.w.known))
	for p := range l.w.known {
		set[p] = true
	}
	if err := l.w.scan(set); err != nil {
		l.lost()
		return
	}
	for p := range set {
		l.touch(p)
	}
}

// stopRetry stops looking for a lost folder.
func (l *loop) stopRetry() {
	if l.retry != nil {
		l.retry.Stop()
		l.retry = nil
	}
}
