package e2e

import (
	"fmt"
	"strconv"
	"strings"
)

// parseVmRSS reads the resident memory, in MB, from the text of
// /proc/PID/status ("VmRSS:   123456 kB"). A missing or unreadable figure is
// an error, never 0, so that a memory bound cannot pass by not measuring.
func parseVmRSS(status string) (float64, error) {
	for _, line := range strings.Split(status, "\n") {
		v, ok := strings.CutPrefix(line, "VmRSS:")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("VmRSS line %q: want \"VmRSS: N kB\"", line)
		}
		kb, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil || kb == 0 {
			return 0, fmt.Errorf("VmRSS line %q: %q is not a positive number of kB", line, f[0])
		}
		return float64(kb) / 1024, nil
	}
	return 0, fmt.Errorf("no VmRSS line in /proc status")
}

// parseMemoryLine reads the app's trace line of the Go runtime's memory,
// "trace: memory inuse 61.3 sys 91.1" (MB), as printed with NINGBOMAP_TRACE=1.
// Any other shape, or a figure that is not a positive number, is an error.
func parseMemoryLine(line string) (inuse, sys float64, err error) {
	f := strings.Fields(line)
	if len(f) != 6 || f[0] != "trace:" || f[1] != "memory" || f[2] != "inuse" || f[4] != "sys" {
		return 0, 0, fmt.Errorf("memory trace line %q: want \"trace: memory inuse MB sys MB\"", line)
	}
	inuse, err1 := strconv.ParseFloat(f[3], 64)
	sys, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil || !(inuse > 0) || !(sys > 0) {
		return 0, 0, fmt.Errorf("memory trace line %q: the figures are not positive numbers", line)
	}
	return inuse, sys, nil
}
