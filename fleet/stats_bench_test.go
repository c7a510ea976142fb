//go:build unix

package fleet

import (
	"ningbomap/internal/usagegen"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStatsFleet counts a year of usage of 50 kiosks, 200 rows a day
// each (3.65 million rows, about 130 MB). Besides the wall time it reports
// the processor time per count (cpu-ms/op), which does not depend on how
// busy a shared machine is.
func BenchmarkStatsFleet(b *testing.B) {
	fleet := b.TempDir()
	opens, _ := usagegen.Fleet(b, fleet, 50, 365, 200, 1)
	b.ReportAllocs()
	start := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		u, err := Stats(fleet, time.Time{}, "")
		if err != nil || len(u.Skips) != 0 || u.Total.Opens != opens {
			b.Fatalf("Stats: %d opens, want %d; %v %v", u.Total.Opens, opens, err, u.Skips)
		}
	}
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// cpuTime is the processor time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
