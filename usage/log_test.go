package usage

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// stepClock is a clock that moves one second on every reading, from start.
type stepClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Second)
	return c.now
}

// readFile returns the text of a file of dir.
func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLogWritesDailyFiles(t *testing.T) {
	dir := t.TempDir()
	clock := &stepClock{now: time.Date(2025, 11, 26, 23, 59, 57, 0, time.Local)}
	l, err := New(dir, Options{Now: clock.Now, FlushEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	mustDo(t, l.Opened("tengtou"))                        // 23:59:58
	mustDo(t, l.Dwelt("tengtou", 34240*time.Millisecond)) // 23:59:59
	mustDo(t, l.TourCompleted(AttractTour))               // 00:00:00 the next day
	mustDo(t, l.Flush())
	mustDo(t, l.Opened("gaoni")) // 00:00:01
	mustDo(t, l.Close())

	want1 := header + "\n2025-11-26,23:59:58,tengtou,open,1\n2025-11-26,23:59:59,tengtou,dwell_seconds,34.2\n"
	want2 := header + "\n2025-11-27,00:00:00,attract,tour_complete,1\n2025-11-27,00:00:01,gaoni,open,1\n"
	if got := readFile(t, dir, "usage-2025-11-26.csv"); got != want1 {
		t.Errorf("first day:\n%s\nwant\n%s", got, want1)
	}
	if got := readFile(t, dir, "usage-2025-11-27.csv"); got != want2 {
		t.Errorf("second day:\n%s\nwant\n%s", got, want2)
	}
	if err := l.Opened("gaoni"); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Record after Close: %v", err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestLogRefusesBadRows(t *testing.T) {
	l, err := New(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cases := []struct {
		name  string
		place string
		ev    Event
		value float64
	}{
		{"comma in the id", "a,b", Open, 1},
		{"newline in the id", "a\nb", Open, 1},
		{"empty id", "", Open, 1},
		{"unknown event", "a", Event("click"), 1},
		{"negative dwell", "a", DwellSeconds, -3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := l.Record(tc.place, tc.ev, tc.value); err == nil {
				t.Errorf("Record(%q, %s, %v) took it", tc.place, tc.ev, tc.value)
			}
		})
	}
}

func TestLogIsSafeForConcurrentUse(t *testing.T) {
	dir := t.TempDir()
	l, err := New(dir, Options{FlushEvery: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	const writers, each = 8, 300
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				place := fmt.Sprintf("place-%d", w)
				mustDo(t, l.Opened(place))
				mustDo(t, l.Dwelt(place, time.Second))
				if i%50 == 0 {
					mustDo(t, l.Flush())
				}
			}
		}()
	}
	wg.Wait()
	mustDo(t, l.Close())
	rows, err := Summarise(dir, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != writers {
		t.Fatalf("%d places, want %d", len(rows), writers)
	}
	for _, r := range rows {
		if r.Opens != each || r.Dwells != each || r.DwellSeconds != each {
			t.Errorf("%s: %d opens, %d dwells, %v s; want %d each", r.Place, r.Opens, r.Dwells, r.DwellSeconds, each)
		}
	}
}

func TestLogKeepsRowsWhileTheDiskFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "usage")
	l, err := New(dir, Options{FlushEvery: time.Hour, MaxPending: 3})
	if err != nil {
		t.Fatal(err)
	}
	// A file where the folder should be makes every write fail.
	mustDo(t, os.Remove(dir))
	mustDo(t, os.WriteFile(dir, nil, 0o644))
	for _, p := range []string{"a", "b"} {
		mustDo(t, l.Opened(p))
	}
	if err := l.Flush(); err == nil {
		t.Fatal("Flush into a file succeeded")
	}
	for _, p := range []string{"c", "d"} {
		mustDo(t, l.Opened(p))
	}
	if got := l.Dropped(); got != 1 {
		t.Errorf("%d rows dropped, want 1 (the buffer holds 3)", got)
	}
	mustDo(t, os.Remove(dir))
	mustDo(t, l.Close())
	rows, err := Summarise(dir, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s:%d", r.Place, r.Opens))
	}
	if strings.Join(got, " ") != "a:1 b:1 c:1" {
		t.Errorf("written after the disk came back: %v, want a:1 b:1 c:1", got)
	}
}

func TestLogWritesInTheBackground(t *testing.T) {
	dir := t.TempDir()
	l, err := New(dir, Options{FlushEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for range kickAt {
		mustDo(t, l.Opened("baiyu"))
	}
	// A full batch wakes the writer without waiting an hour.
	deadline := time.Now().Add(10 * time.Second)
	for {
		rows, _ := Summarise(dir, time.Time{})
		if len(rows) == 1 && rows[0].Opens == kickAt {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s the background writer has written %+v", rows)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestDefaultDir(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("XDG folders are for Linux and BSD")
	}
	cases := []struct{ name, xdg, home, want string }{
		{"XDG_DATA_HOME", "/srv/data", "/home/kiosk", "/srv/data/ningbomap/usage"},
		{"relative XDG_DATA_HOME is ignored", "data", "/home/kiosk", "/home/kiosk/.local/share/ningbomap/usage"},
		{"home", "", "/home/kiosk", "/home/kiosk/.local/share/ningbomap/usage"},
		{"neither", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("XDG_DATA_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			if got := DefaultDir(); got != tc.want {
				t.Errorf("DefaultDir() = %q, want %q", got, tc.want)
			}
		})
	}
}

// mustDo fails the test on err.
func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Error(err)
	}
}
