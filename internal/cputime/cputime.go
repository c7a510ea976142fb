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
type Timer struct{ start, paused, at time.Duration }

// Start starts a timer.
func Start() Timer { return Timer{start: process()} }

// Pause stops counting (with b.StopTimer), until Resume.
func (t *Timer) Pause() { t.at = process() }

// Resume counts again after Pause.
func (t *Timer) Resume() { t.paused += process() - t.at }

// Report adds the processor time per operation since Start, the paused
// stretches left out, to b's results.
func (t Timer) Report(b *testing.B) {
	if d := process(); b.N > 0 && d > 0 {
		b.ReportMetric(float64(d-t.start-t.paused)/float64(b.N), "cpu-ns/op")
	}
}
