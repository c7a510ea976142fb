//go:build unix

package geo

import (
	"syscall"
	"testing"
	"time"
)

// processCPU is the processor time the process has used so far, in user and
// system mode, on all its threads (the garbage collector's included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuTimer reports, when stopped, the processor time per operation as the
// metric "cpu-ns/op". On a machine shared with other work, wall time depends on
// the share the scheduler gives, and a peer measured at another moment gets
// another share; processor time does not, so bench/run.sh judges the peer bars
// by it.
type cpuTimer struct{ start time.Duration }

func startCPU() cpuTimer { return cpuTimer{processCPU()} }

func (c cpuTimer) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-c.start)/float64(b.N), "cpu-ns/op")
	}
}
