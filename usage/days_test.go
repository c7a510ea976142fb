package usage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// day is a calendar date of November 2025 as Day.Date holds it.
func day(d int) time.Time { return time.Date(2025, 11, d, 0, 0, 0, 0, time.UTC) }

// hours makes the 24 hourly counts with the given hour: count pairs.
func hours(pairs ...int) (h [24]int32) {
	for i := 0; i+1 < len(pairs); i += 2 {
		h[pairs[i]] = int32(pairs[i+1])
	}
	return h
}

func TestReadDays(t *testing.T) {
	dir := writeUsageDir(t)
	bad := filepath.Join(dir, "usage-2025-11-26.csv")
	d24 := Day{Date: day(24), Places: []Row{{Place: "tengtou", Opens: 1, DwellSeconds: 40, Dwells: 1}},
		Opens: hours(10, 1), Visits: hours(10, 1)}
	// gaoni opened at 09:59:59 and read until 10:01:00, then a guided tour:
	// one visit, begun at 9.
	d25 := Day{Date: day(25), Places: []Row{{Place: "gaoni", Opens: 2, DwellSeconds: 45.5, Dwells: 2}, {Place: "guided", Tours: 1}},
		Opens: hours(9, 1, 10, 1), Visits: hours(9, 1)}
	// The attract loop's passes are no visits.
	d26 := Day{Date: day(26), Places: []Row{{Place: "attract", Tours: 2}, {Place: "longtou", Opens: 1}, {Place: "tengtou", Opens: 1, DwellSeconds: 29, Dwells: 1}},
		Opens: hours(8, 1, 9, 1), Visits: hours(8, 1, 9, 1)}
	cases := []struct {
		name     string
		from, to time.Time
		want     []Day
		errs     int
	}{
		{"everything", time.Time{}, time.Time{}, []Day{d24, d25, d26}, 3},
		{"from a day", day(25), time.Time{}, []Day{d25, d26}, 3},
		{"up to a day", time.Time{}, day(25), []Day{d24, d25}, 0},
		{"one day", day(25), day(25), []Day{d25}, 0},
		{"nothing in the span", day(1), day(10), []Day{}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadDays(dir, c.from, c.to)
			if len(got) != len(c.want) {
				t.Fatalf("%d days, want %d: %+v", len(got), len(c.want), got)
			}
			for i := range got {
				g, w := got[i], c.want[i]
				if !g.Date.Equal(w.Date) || !sameRows(g.Places, w.Places) || g.Opens != w.Opens || g.Visits != w.Visits {
					t.Errorf("day %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
			errs := unjoin(err)
			if len(errs) != c.errs {
				t.Errorf("%d errors, want %d: %v", len(errs), c.errs, err)
			}
			for _, e := range errs {
				var le *LineError
				if !errors.As(e, &le) || le.File != bad {
					t.Errorf("error %v is not a line of %s", e, bad)
				}
			}
		})
	}
}

func TestReadDaysMissingFolder(t *testing.T) {
	if _, err := ReadDays(filepath.Join(t.TempDir(), "none"), time.Time{}, time.Time{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing folder: %v", err)
	}
}

// TestReadDaysAgreesWithSummarise checks that the dashboard's reading and
// the stats command's count the same, on every kind of line, odd forms of
// the general path and rows of another day included.
func TestReadDaysAgreesWithSummarise(t *testing.T) {
	dir := writeUsageDir(t)
	os.WriteFile(filepath.Join(dir, "usage-2025-11-27.csv"), []byte(header+"\n"+
		"2025-11-27,8:00:00,tengtou,open,1\n"+ // an hour of one digit: the general path
		"2025-11-27,08:00:01.5,tengtou,dwell_seconds,1e1\n"+
		"2025-11-28,23:59:59,gaoni,open,1\n"+ // a row of the next day
		"2025-11-27,08:00:02,tengtou,open,2\n"), 0o644)
	rows, _ := Summarise(dir, time.Time{})
	days, _ := ReadDays(dir, time.Time{}, time.Time{})
	var all Row
	for _, d := range days {
		for _, r := range d.Places {
			all.Add(r)
		}
	}
	if sum := Sum(rows); all.Opens != sum.Opens || all.Dwells != sum.Dwells || all.Tours != sum.Tours || all.DwellSeconds != sum.DwellSeconds {
		t.Errorf("days add up to %+v, Summarise to %+v", all, sum)
	}
	last := days[len(days)-1]
	if !last.Date.Equal(day(28)) || last.Opens[23] != 1 || last.Visits[23] != 1 {
		t.Errorf("the row of the 28th in the file of the 27th: %+v", last)
	}
	// Read for 10 s up to 08:00:01: the visit began at 07:59:51.
	if d := days[len(days)-2]; d.Opens[8] != 3 || d.Visits[7] != 1 || d.Visits[8] != 0 {
		t.Errorf("the 27th: %+v, want 3 opens at 8 and 1 visit at 7", d)
	}
}

func TestVisits(t *testing.T) {
	at := func(h, m, s int) uint64 { return uint64(h*3600 + m*60 + s) }
	span := func(a, b uint64) uint64 { return a<<32 | b }
	point := func(a uint64) uint64 { return span(a, a) }
	cases := []struct {
		name  string
		spans []uint64
		want  [24]int32
	}{
		{"none", nil, [24]int32{}},
		{"one touch", []uint64{point(at(10, 0, 0))}, hours(10, 1)},
		{"a pause of exactly the gap is one visit", []uint64{point(at(10, 0, 0)), point(at(10, 2, 0))}, hours(10, 1)},
		{"a second longer is two", []uint64{point(at(10, 0, 0)), point(at(10, 2, 1))}, hours(10, 2)},
		{"reading bridges a pause", []uint64{point(at(10, 0, 0)), span(at(10, 0, 0), at(10, 5, 0)), point(at(10, 6, 30))}, hours(10, 1)},
		{"out of order", []uint64{point(at(15, 0, 0)), point(at(9, 0, 0)), point(at(9, 1, 0))}, hours(9, 1, 15, 1)},
		{"a visit over the hour counts where it began", []uint64{point(at(10, 59, 0)), point(at(11, 0, 30)), point(at(11, 2, 0))}, hours(10, 1)},
		{"late at night", []uint64{point(at(23, 59, 59))}, hours(23, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := visits(c.spans); got != c.want {
				t.Errorf("visits = %v, want %v", got, c.want)
			}
		})
	}
}

// FuzzQuickAgrees checks that every line the quick path takes, the parser
// takes too, with the same values.
func FuzzQuickAgrees(f *testing.F) {
	for _, text := range usageFiles {
		for _, line := range strings.Split(text, "\n") {
			f.Add(line)
		}
	}
	for _, s := range []string{"2025-11-26,14:03:07,a,open,1.0", "2025-11-26,14:03:07,a,open,1.5", "2025-11-26,14:03:07,a,open,1000001",
		"2025-11-26,14:03:07,a,dwell_seconds,86400.1", "2025-11-26,14:03:07,A,open,1", "2025-11-26,14:03:07,,open,1",
		"2025-11-26,14:03:07,a,open,1,", "2025-11-26,14:03:07,a,tour_complete,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		q, ok := quickParse([]byte(line))
		if !ok {
			return
		}
		r, err := newParser().parse([]byte(line))
		if err != nil {
			t.Fatalf("%q: quick path took it, the parser refuses: %v", line, err)
		}
		if string(q.date) != r.Date || string(q.place) != r.Place || q.event != r.Event || q.value != r.Value || q.secs != clockSeconds(r.Clock) {
			t.Fatalf("%q: quick %+v, parser %+v", line, q, r)
		}
	})
}
