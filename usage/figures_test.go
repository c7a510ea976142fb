package usage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func TestNewFigures(t *testing.T) {
	days, _ := ReadDays(writeUsageDir(t), time.Time{}, time.Time{})
	// A second kiosk with one day, a Sunday.
	other := []Day{{Date: day(30), Places: []Row{{Place: "tengtou", Opens: 3}, {Place: "guided", Tours: 2}},
		Opens: hours(14, 3), Visits: hours(14, 2)}}
	cases := []struct {
		name     string
		from, to time.Time
		sets     [][]Day
		opens    int // over the places
		visits   int
		guided   int
		attract  int
		first    time.Time
		days     int
		places   []string // most opened first
	}{
		{"one kiosk, everything", time.Time{}, time.Time{}, [][]Day{days}, 5, 4, 1, 2, day(24), 3, []string{"gaoni", "tengtou", "longtou"}},
		{"two kiosks", time.Time{}, time.Time{}, [][]Day{days, other}, 8, 6, 3, 2, day(24), 7, []string{"tengtou", "gaoni", "longtou"}},
		{"a span with empty days at both ends", day(20), day(28), [][]Day{days}, 5, 4, 1, 2, day(20), 9, []string{"gaoni", "tengtou", "longtou"}},
		{"one day", day(25), day(25), [][]Day{days, other}, 2, 1, 1, 0, day(25), 1, []string{"gaoni"}},
		{"the ends given the wrong way round", day(25), day(24), [][]Day{days}, 3, 2, 1, 0, day(24), 2, []string{"gaoni", "tengtou"}},
		{"nothing", day(1), day(3), [][]Day{days}, 0, 0, 0, 0, day(1), 3, nil},
		{"no usage at all", time.Time{}, time.Time{}, nil, 0, 0, 0, 0, time.Time{}, 0, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := NewFigures(c.from, c.to, c.sets...)
			if f.Total.Opens != c.opens || f.Visits != c.visits || f.Guided != c.guided || f.Attract != c.attract {
				t.Errorf("opens %d visits %d guided %d attract %d, want %d %d %d %d",
					f.Total.Opens, f.Visits, f.Guided, f.Attract, c.opens, c.visits, c.guided, c.attract)
			}
			if !f.From.Equal(c.first) || len(f.Days) != c.days {
				t.Errorf("from %v with %d days, want %v and %d", f.From, len(f.Days), c.first, c.days)
			}
			var places []string
			for _, r := range f.Places {
				places = append(places, r.Place)
			}
			if !equalStrings(places, c.places) {
				t.Errorf("places %v, want %v", places, c.places)
			}
			var daily, hourly, weekly, opens int
			for _, d := range f.Days {
				daily += d.Visits
				opens += d.Opens
			}
			for h := range 24 {
				hourly += f.Hours[h]
				for w := range 7 {
					weekly += f.WeekHours[w][h]
				}
			}
			if daily != f.Visits || hourly != f.Visits || weekly != f.Visits || opens != f.Total.Opens {
				t.Errorf("visits: %d by day, %d by hour, %d by week and hour, total %d; opens by day %d",
					daily, hourly, weekly, f.Visits, opens)
			}
			weeks := 0
			for _, n := range f.Weeks {
				weeks += n
			}
			if weeks != len(f.Days) {
				t.Errorf("weekdays count %d days, the span has %d", weeks, len(f.Days))
			}
			if f.Empty() != (c.opens == 0 && c.visits == 0 && c.guided == 0 && c.attract == 0) {
				t.Errorf("Empty() = %v", f.Empty())
			}
		})
	}
	// 30 November 2025 was a Sunday: the second kiosk's visits are in the last row.
	f := NewFigures(time.Time{}, time.Time{}, other)
	if f.WeekHours[6][14] != 2 || f.Weeks[6] != 1 {
		t.Errorf("a Sunday's visits: %v, weeks %v", f.WeekHours, f.Weeks)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFiguresWriteCSV(t *testing.T) {
	days, _ := ReadDays(writeUsageDir(t), time.Time{}, time.Time{})
	f := NewFigures(time.Time{}, time.Time{}, days)
	f.Places[0].Name = "高泥村"
	var b bytes.Buffer
	if err := f.WriteCSV(&b, "all"); err != nil {
		t.Fatal(err)
	}
	want := "from,to,kiosk,place,opens,dwell_seconds,dwells,average_seconds,tours,name\n" +
		"2025-11-24,2025-11-26,all,gaoni,2,45.5,2,22.8,0,高泥村\n" +
		"2025-11-24,2025-11-26,all,tengtou,2,69,2,34.5,0,\n" +
		"2025-11-24,2025-11-26,all,longtou,1,0,0,0,0,\n" +
		"2025-11-24,2025-11-26,all,guided,0,0,0,0,1,(guided tour)\n" +
		"2025-11-24,2025-11-26,all,attract,0,0,0,0,2,(attract loop)\n" +
		"2025-11-24,2025-11-26,all,total,5,114.5,4,28.6,3,\n"
	if b.String() != want {
		t.Errorf("csv:\n%s\nwant\n%s", b.String(), want)
	}
}

func TestSaveCSV(t *testing.T) {
	src := writeUsageDir(t)
	days, _ := ReadDays(src, time.Time{}, time.Time{})
	f := NewFigures(time.Time{}, time.Time{}, days)
	input := filepath.Join(src, "usage-2025-11-24.csv")
	before, _ := os.ReadFile(input)
	same := func(int) string { return "usage-2025-11-24.csv" }
	if _, err := SaveCSV(src, same, f, "all", src); !errors.Is(err, ErrInsideSource) {
		t.Errorf("saving into the usage folder: %v", err)
	}
	if after, _ := os.ReadFile(input); !bytes.Equal(before, after) {
		t.Error("the input changed")
	}
	out := t.TempDir()
	name := func(n int) string {
		if n == 1 {
			return "visitors.csv"
		}
		return "visitors-" + strconv.Itoa(n) + ".csv"
	}
	for _, want := range []string{"visitors.csv", "visitors-2.csv"} {
		path, err := SaveCSV(out, name, f, "all", src)
		if err != nil || filepath.Base(path) != want {
			t.Fatalf("saved %s, %v; want %s", path, err, want)
		}
		if b, _ := os.ReadFile(path); !bytes.HasPrefix(b, []byte("from,to,kiosk,place")) {
			t.Errorf("saved %q", b)
		}
	}
}
