package e2e

import "testing"

// TestMemoryReadings runs without X: the readings the memory bounds rest on
// fail loudly instead of reading as 0 (which passes any bound).
func TestMemoryReadings(t *testing.T) {
	rss := []struct {
		name, status string
		mb           float64
		ok           bool
	}{
		{"usual", "Name:\tningbomap\nVmPeak:\t 400000 kB\nVmRSS:\t  204800 kB\nThreads: 9\n", 200, true},
		{"missing", "Name:\tningbomap\n", 0, false},
		{"not a number", "VmRSS:\t  lots kB\n", 0, false},
		{"other unit", "VmRSS:\t  200 MB\n", 0, false},
		{"zero", "VmRSS:\t  0 kB\n", 0, false},
		{"empty", "VmRSS:\n", 0, false},
	}
	for _, tc := range rss {
		t.Run("VmRSS "+tc.name, func(t *testing.T) {
			mb, err := parseVmRSS(tc.status)
			if (err == nil) != tc.ok || mb != tc.mb {
				t.Errorf("parseVmRSS = %v, %v; want %v, ok %v", mb, err, tc.mb, tc.ok)
			}
		})
	}
	lines := []struct {
		name, line string
		inuse, sys float64
		ok         bool
	}{
		{"usual", "trace: memory inuse 61.3 sys 91.1", 61.3, 91.1, true},
		{"renamed field", "trace: memory heap 61.3 sys 91.1", 0, 0, false},
		{"extra field", "trace: memory inuse 61.3 sys 91.1 MB", 0, 0, false},
		{"not a number", "trace: memory inuse 61.3 sys ?", 0, 0, false},
		{"NaN", "trace: memory inuse NaN sys NaN", 0, 0, false},
		{"zero", "trace: memory inuse 0 sys 0", 0, 0, false},
	}
	for _, tc := range lines {
		t.Run("trace "+tc.name, func(t *testing.T) {
			inuse, sys, err := parseMemoryLine(tc.line)
			if (err == nil) != tc.ok || inuse != tc.inuse || sys != tc.sys {
				t.Errorf("parseMemoryLine = %v, %v, %v; want %v, %v, ok %v", inuse, sys, err, tc.inuse, tc.sys, tc.ok)
			}
		})
	}
}
