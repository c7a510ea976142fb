package procstart

import (
	"testing"
	"time"
)

func TestSince(t *testing.T) {
	init := time.Now().Add(-time.Second)
	// stat is /proc/PID/stat for a process named name that started at ticks (field 22).
	stat := func(name, ticks string) string {
		return "4242 (" + name + ") S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 " + ticks + " 23 24"
	}
	for _, tc := range []struct {
		name     string
		stat, up string
		want     time.Duration // 0: from init, about a second
	}{
		{"started 2.5 s ago", stat("ningbomap", "1000"), "12.50 40.0", 2500 * time.Millisecond},
		{"a name with spaces and a paren", stat("a b) c", "100"), "1.25 2.0", 250 * time.Millisecond},
		{"no name", "4242 S 1 2", "1.0 2.0", 0},
		{"too few fields", "4242 (x) S 1 2", "1.0 2.0", 0},
		{"not a number", stat("x", "abc"), "1.0 2.0", 0},
		{"empty uptime", stat("x", "100"), "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := since([]byte(tc.stat), []byte(tc.up), init)
			if tc.want == 0 {
				if got < time.Second || got > 10*time.Second {
					t.Errorf("got %v, want about a second (from init)", got)
				}
				return
			}
			if d := got - tc.want; d > time.Millisecond || d < -time.Millisecond {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	if d := Since(); d <= 0 || d > time.Hour {
		t.Errorf("this process started %v ago", d)
	}
}
