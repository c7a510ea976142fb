package usage

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// Options tune a Log; the zero value gives the defaults.
type Options struct {
	Now        func() time.Time // clock for the rows' date and time; time.Now
	FlushEvery time.Duration    // how long rows may wait in memory; 5 s
	MaxPending int              // rows kept in memory while the disk fails; 10,000, further rows are dropped
}

// Log appends usage rows to daily files usage-YYYY-MM-DD.csv in a folder.
// Recording only adds a row to memory under a short lock; a background
// goroutine writes the rows out every few seconds, and Flush and Close write
// them at once. It is safe for concurrent use.
type Log struct {
	dir  string
	opt  Options
	kick chan struct{} // asks the writer to flush now
	stop chan struct{}
	done chan struct{}

	mu      sync.Mutex // guards the fields below
	pending []record
	dropped int
	torn    int
	mended  int // last lines completed when the log opened
	closed  bool

	writeMu sync.Mutex // one writer at a time
}

// kickAt is the number of rows in memory at which the background writer
// flushes without waiting for its next turn.
const kickAt = 1000

// New opens the usage log in dir (DefaultDir when ""), making the folder if
// needed, repairs the end of its files (see TornLines) and starts its
// background writer. Close it on exit.
func New(dir string, opt Options) (*Log, error) {
	if dir == "" {
		dir = DefaultDir()
		if dir == "" {
			return nil, noDefaultDir()
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("usage log: %w", err)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 5 * time.Second
	}
	if opt.MaxPending <= 0 {
		opt.MaxPending = 10000
	}
	l := &Log{dir: dir, opt: opt, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	// A file the repair cannot fix now is fixed before the next row is appended to
	// it, so a failure here does not keep the log from opening.
	l.torn, l.mended, _ = repairDir(dir)
	go l.run()
	return l, nil
}

// Dir is the folder the log writes to.
func (l *Log) Dir() string { return l.dir }

// Opened records that the card of place was opened.
func (l *Log) Opened(place string) error { return l.Record(place, Open, 1) }

// Dwelt records that the card of place was open for d, to a tenth of a second.
func (l *Log) Dwelt(place string, d time.Duration) error {
	return l.Record(place, DwellSeconds, float64(d.Round(100*time.Millisecond))/float64(time.Second))
}

// TourCompleted records a tour seen to the end: GuidedTour or AttractTour.
func (l *Log) TourCompleted(tour string) error { return l.Record(tour, TourComplete, 1) }

// Record adds a row for place at the log's current time. It never waits for
// the disk. It fails for a place id that is not [a-z0-9-]{1,64}, a value that
// does not fit the event, or a closed log; a row that finds the memory buffer
// full is dropped and counted (see Dropped).
func (l *Log) Record(place string, ev Event, value float64) error {
	r := newRecord(l.opt.Now(), place, ev, value)
	if err := checkPlace(place); err != nil {
		return fmt.Errorf("usage log: %w", err)
	}
	if err := r.checkValue(); err != nil {
		return fmt.Errorf("usage log: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.closed:
		return errors.New("usage log: closed")
	case len(l.pending) >= l.opt.MaxPending:
		l.dropped++
	default:
		l.pending = append(l.pending, r)
		if len(l.pending) == kickAt {
			select {
			case l.kick <- struct{}{}:
			default:
			}
		}
	}
	return nil
}

// Dropped is the number of rows lost because the memory buffer was full
// while the disk failed.
func (l *Log) Dropped() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.dropped
}

// TornLines is the number of torn last lines dropped from the usage files
// since the log was opened: rows cut short by a crash or power cut in the
// middle of a write, which did not read as a row. (A cut-short row that still
// reads as one, such as a dwell time that lost its last digits, is completed
// and kept; it can only count less than was recorded.) The app may report a
// non-zero count once; nothing else needs doing.
func (l *Log) TornLines() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.torn
}

// Flush writes the rows held in memory now and syncs the files. On failure
// the rows that did not reach a file are kept for the next try and the error
// is returned; rows that did are never written again.
func (l *Log) Flush() error {
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	l.mu.Lock()
	rows := l.pending
	l.pending = nil
	l.mu.Unlock()
	if len(rows) == 0 {
		return nil
	}
	failed, torn, err := writeRows(l.dir, rows)
	l.requeue(failed, torn)
	return err
}

// requeue puts rows that could not be written back in front of the newer
// ones, within the buffer's limit, and counts torn lines.
func (l *Log) requeue(rows []record, torn int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.torn += torn
	if len(rows) == 0 {
		return
	}
	all := append(rows, l.pending...)
	if over := len(all) - l.opt.MaxPending; over > 0 {
		l.dropped += over
		all = all[over:]
	}
	l.pending = all
}

// Close stops the background writer and writes what is left, returning the
// error if that fails. Rows recorded after Close fail; Close may be called
// again to retry the write.
func (l *Log) Close() error {
	l.mu.Lock()
	already := l.closed
	l.closed = true
	l.mu.Unlock()
	if !already {
		close(l.stop)
		<-l.done
	}
	return l.Flush()
}

// run is the background writer: it flushes every FlushEvery until Close.
func (l *Log) run() {
	defer close(l.done)
	tick := time.NewTicker(l.opt.FlushEvery)
	defer tick.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-tick.C:
		case <-l.kick:
		}
		_ = l.Flush() // failed rows stay in memory; the next Flush or Close retries and reports
	}
}
