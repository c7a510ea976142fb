package fleet

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteTable prints the fleet as a table, one row per kiosk:
//
//	newest published: exhibition-20251126T140307Z-3f2a9c1b7d4e.zip (2025-11-26 22:03)
//	kiosk     last seen                  state         shown                                         problem
//	hall-a-1  2025-11-26 22:05 (1m ago)  ok            exhibition-20251126T140307Z-3f2a9c1b7d4e.zip
//	hall-b    2025-11-26 20:00 (2h ago)  STALE,BEHIND  exhibition-20251120T090000Z-0c1d2e3f4a5b.zip
//
// Times are local; state is "ok" or what is wrong: STALE, BEHIND, TROUBLE.
func (f Fleet) WriteTable(w io.Writer, now time.Time) error {
	bw := bufio.NewWriter(w)
	if f.Newest != nil {
		fmt.Fprintf(bw, "newest published: %s (%s)\n", f.Newest.File, f.Newest.Published.Local().Format("2006-01-02 15:04"))
	} else {
		fmt.Fprintln(bw, "newest published: none")
	}
	rows := [][]string{{"kiosk", "last seen", "state", "shown", "problem"}}
	for _, k := range f.Kiosks {
		seen := "never"
		if !k.LastSeen.IsZero() {
			seen = fmt.Sprintf("%s (%s ago)", k.LastSeen.Local().Format("2006-01-02 15:04"), ago(now.Sub(k.LastSeen)))
		}
		shown := "-"
		if k.Status != nil && k.Status.Shown != nil {
			shown = k.Status.Shown.File
		}
		if s := k.Status; k.Behind && s != nil && s.Installed != nil && f.Newest != nil && s.Installed.Hash == f.Newest.Hash {
			shown += " (newest installed, switches when idle)"
		}
		rows = append(rows, []string{k.ID, seen, k.state(), shown, k.Trouble})
	}
	widths := make([]int, 4)
	for _, r := range rows {
		for i := range widths {
			widths[i] = max(widths[i], len(r[i]))
		}
	}
	for _, r := range rows {
		line := fmt.Sprintf("%-*s  %-*s  %-*s  %-*s  %s", widths[0], r[0], widths[1], r[1], widths[2], r[2], widths[3], r[3], r[4])
		fmt.Fprintln(bw, strings.TrimRight(line, " "))
	}
	return bw.Flush()
}

// state names what is wrong with the kiosk, or "ok".
func (k KioskState) state() string {
	var s []string
	if k.Stale {
		s = append(s, "STALE")
	}
	if k.Behind {
		s = append(s, "BEHIND")
	}
	if k.Trouble != "" {
		s = append(s, "TROUBLE")
	}
	if len(s) == 0 {
		return "ok"
	}
	return strings.Join(s, ",")
}

// ago formats a duration roughly: 45s, 12m, 3h, 2d.
func ago(d time.Duration) string {
	switch {
	case d < 0:
		return "0s"
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}
