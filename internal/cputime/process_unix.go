//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// process is the processor time the process has used so far, in user and
// system mode, on all its threads.
func process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
