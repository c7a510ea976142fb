//go:build !unix

package geo

import "testing"

// cpuTimer reports nothing where getrusage is missing; see cputime_unix_test.go.
type cpuTimer struct{}

func startCPU() cpuTimer { return cpuTimer{} }

func (cpuTimer) report(*testing.B) {}
