// Package cputime reports the processor time a benchmark's operations take,
// for benchmarks run on a machine shared with other work. It is for tests
// only.
package cputime

import (
	"testing"
	"time"
)

// Timer reports, when stopped, the processor time per operation as the
// metric "cpu-ns/op". On a shared machine wall time depends on the share
// the scheduler gives; processor time does not. It counts every thread of
// the process, the garbage collector's included.
type Timer struct{ start time.Duration }

// Start starts a timer.
func Start() Timer { return Timer{process()} }

// Report adds the processor time per operation since Start to b's results.
func (t Timer) Report(b *testing.B) {
	if d := process(); b.N > 0 && d > 0 {
		b.ReportMetric(float64(d-t.start)/float64(b.N), "cpu-ns/op")
	}
}
