//go:build unix

package crs

import (
	"syscall"
	"testing"
	"time"
)

// processCPU is the processor time the process has used so far, all
// threads, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the metric "cpu-ns/op", the processor time per operation
// since start: on a machine shared with other work wall time depends on
// the share the scheduler gives, processor time much less.
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}
