// Package watch reports changed files of one folder, debounced and filtered,
// so that a data folder edited while the app runs can be reloaded without a
// restart.
//
// Editors save files in many ways: writing in place several times, writing a
// temporary file and renaming it over the target, deleting and re-creating,
// or leaving backup files behind (file~, .swp, vim's 4913 probe). A Watcher
// collapses all of these into one Change per quiet period that names only
// the files that matter.
package watch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultDebounce is the quiet time used when Options.Debounce is zero.
const DefaultDebounce = 200 * time.Millisecond

// retryInterval is how often a lost folder is looked for again.
const retryInterval = time.Second

// maxQueuedErrors bounds the errors kept for a consumer that does not read
// Errors; later errors are dropped until the queue drains.
const maxQueuedErrors = 16

// ErrNotFolder is returned by New when the path exists but is not a folder.
var ErrNotFolder = errors.New("not a folder")

// ErrFolderLost is sent on Errors (wrapped, with the path) when the watched
// folder is removed or renamed. The Watcher keeps looking for a folder at the
// same path every second and resumes watching it when it reappears.
var ErrFolderLost = errors.New("watched folder removed or renamed")

// Options tunes a Watcher. The zero value is ready to use.
type Options struct {
	// Debounce is the quiet time before a batch is reported; zero or
	// negative means DefaultDebounce.
	Debounce time.Duration
	// Match reports which file names (base names, not paths) count;
	// nil means DefaultMatch.
	Match func(name string) bool
	// Ignore, when set, is asked about each changed file (full path) once
	// the folder is quiet; a file it returns true for is left out of the
	// batch, and a batch left empty is not sent. Own.Owns fits: the
	// program's own saves are then not reported back to it.
	Ignore func(path string) bool
}

// Change is one batch: the files (full paths, sorted) that were written,
// created, renamed into the folder or removed since the last batch. Removed
// holds true for those of them that no longer exist; it is never nil.
type Change struct {
	Paths   []string
	Removed map[string]bool
}

// Watcher reports changed files of one folder (not recursive), debounced.
// Its methods are safe for concurrent use.
type Watcher struct {
	dir      string
	debounce time.Duration
	match    func(string) bool
	ignore   func(string) bool
	fsw      *fsnotify.Watcher
	changes  chan Change
	errors   chan error
	done     chan struct{}
	finished chan struct{}

	closeOnce sync.Once
	closeErr  error

	// known holds the matching files believed to exist; only the loop
	// goroutine touches it after New returns.
	known map[string]bool
}

// New starts watching dir. It fails when dir is not a readable folder or
// the system watcher cannot be created.
func New(dir string, opt Options) (*Watcher, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("watch: %s: %w", abs, ErrNotFolder)
	}
	w := &Watcher{
		dir:      abs,
		debounce: opt.Debounce,
		match:    opt.Match,
		ignore:   opt.Ignore,
		changes:  make(chan Change),
		errors:   make(chan error),
		done:     make(chan struct{}),
		finished: make(chan struct{}),
		known:    make(map[string]bool),
	}
	if w.debounce <= 0 {
		w.debounce = DefaultDebounce
	}
	if w.match == nil {
		w.match = DefaultMatch
	}
	if err := w.scan(w.known); err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	if err := fsw.Add(abs); err != nil {
		return nil, errors.Join(fmt.Errorf("watch: %w", err), fsw.Close())
	}
	w.fsw = fsw
	go w.run()
	return w, nil
}

// Dir returns the absolute path of the watched folder.
func (w *Watcher) Dir() string { return w.dir }

// Changes returns the channel of batches, one per quiet period. A consumer
// that falls behind never blocks the Watcher: later changes are merged into
// the batch still waiting to be received. Close closes the channel.
func (w *Watcher) Changes() <-chan Change { return w.changes }

// Errors returns the channel of watcher errors: fsnotify errors such as an
// event queue overflow (after which the folder is rescanned) and
// ErrFolderLost. Close closes the channel.
func (w *Watcher) Errors() <-chan error { return w.errors }

// Close stops watching and closes both channels before it returns. It is
// idempotent; every call returns the result of the first.
func (w *Watcher) Close() error {
	w.closeOnce.Do(func() {
		close(w.done)
		<-w.finished
		w.closeErr = w.fsw.Close()
		if w.closeErr != nil {
			w.closeErr = fmt.Errorf("watch: close: %w", w.closeErr)
		}
	})
	return w.closeErr
}

// scan adds the matching files now in the folder to set. It fails when the
// folder cannot be read.
func (w *Watcher) scan(set map[string]bool) error {
	entries, err := os.ReadDir(w.dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.IsDir() && w.match(e.Name()) {
			set[filepath.Join(w.dir, e.Name())] = true
		}
	}
	return nil
}
