package usage

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// usageFiles are the files of a small usage folder.
var usageFiles = map[string]string{
	"usage-2025-11-24.csv": header + "\n" +
		"2025-11-24,10:00:00,tengtou,open,1\n" +
		"2025-11-24,10:00:40,tengtou,dwell_seconds,40\n",
	"usage-2025-11-25.csv": header + "\n" +
		"2025-11-25,09:59:59,gaoni,open,1\n" +
		"2025-11-25,10:00:00,gaoni,open,1\n" +
		"2025-11-25,10:00:30,gaoni,dwell_seconds,30\n" +
		"2025-11-25,10:01:00,gaoni,dwell_seconds,15.5\n" +
		"2025-11-25,10:02:00,guided,tour_complete,1\n",
	"usage-2025-11-26.csv": header + "\r\n" +
		"2025-11-26,08:00:00,tengtou,open,1\r\n" +
		"\n" +
		"2025-11-26,08:00:01,tengtou,open\n" +
		"2025-11-26,08:00:02,tengtou,dwell_seconds,-4\n" +
		strings.Repeat("x", 2000) + "\n" +
		"2025-11-26,08:00:30,tengtou,dwell_seconds,29\n" +
		header + "\n" +
		"2025-11-26,09:00:00,attract,tour_complete,1\n" +
		"2025-11-26,09:10:00,attract,tour_complete,1\n" +
		"2025-11-26,09:15:00,longtou,open,1", // no line end at the end of the file
	"notes.txt":            "not a usage file\n",
	"usage-2025-11-2x.csv": "2025-11-26,08:00:00,ignored,open,1\n",
}

// writeUsageDir writes usageFiles into a new folder.
func writeUsageDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range usageFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestSummarise(t *testing.T) {
	dir := writeUsageDir(t)
	bad := filepath.Join(dir, "usage-2025-11-26.csv")
	cases := []struct {
		name  string
		since time.Time
		want  []Row
		errs  []string
	}{
		{"everything", time.Time{}, []Row{
			{Place: "gaoni", Opens: 2, DwellSeconds: 45.5, Dwells: 2},
			{Place: "tengtou", Opens: 2, DwellSeconds: 69, Dwells: 2},
			{Place: "longtou", Opens: 1},
			{Place: "attract", Tours: 2},
			{Place: "guided", Tours: 1},
		}, []string{bad + ":4: 4 fields, want 5", bad + ":5: dwell_seconds value -4", bad + ":6: line longer than 512 bytes"}},
		{"from a day on skips older files", time.Date(2025, 11, 26, 0, 0, 0, 0, time.Local), []Row{
			{Place: "longtou", Opens: 1},
			{Place: "tengtou", Opens: 1, DwellSeconds: 29, Dwells: 1},
			{Place: "attract", Tours: 2},
		}, []string{bad + ":4:"}},
		{"from a time on skips older rows", time.Date(2025, 11, 25, 10, 0, 0, 0, time.Local), []Row{
			{Place: "gaoni", Opens: 1, DwellSeconds: 45.5, Dwells: 2},
			{Place: "longtou", Opens: 1},
			{Place: "tengtou", Opens: 1, DwellSeconds: 29, Dwells: 1},
			{Place: "attract", Tours: 2},
			{Place: "guided", Tours: 1},
		}, []string{bad + ":4:"}},
		{"nothing since", time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local), []Row{}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := Summarise(dir, tc.since)
			if !sameRows(rows, tc.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", rows, tc.want)
			}
			if len(tc.errs) == 0 {
				if err != nil {
					t.Errorf("error: %v", err)
				}
				return
			}
			var le *LineError
			if !errors.As(err, &le) || le.File != bad {
				t.Errorf("error %v holds no *LineError for %s", err, bad)
			}
			for _, want := range tc.errs {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
		})
	}
}

// sameRows compares rows, with a margin for summed floats.
func sameRows(a, b []Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Place != y.Place || x.Opens != y.Opens || x.Dwells != y.Dwells || x.Tours != y.Tours ||
			x.DwellSeconds-y.DwellSeconds > 1e-9 || y.DwellSeconds-x.DwellSeconds > 1e-9 {
			return false
		}
	}
	return true
}

func TestSummariseMissingFolder(t *testing.T) {
	_, err := Summarise(filepath.Join(t.TempDir(), "none"), time.Time{})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Summarise of a missing folder: %v", err)
	}
}

func TestWriteTable(t *testing.T) {
	rows, _ := Summarise(writeUsageDir(t), time.Time{})
	names := map[string]string{"tengtou": "滕头村 Tengtou Village", "gaoni": "高泥村 Gaoni Village"}
	for i := range rows {
		rows[i].Name = names[rows[i].Place]
	}
	var b bytes.Buffer
	if err := WriteTable(&b, rows); err != nil {
		t.Fatal(err)
	}
	golden(t, "table.golden", b.Bytes())
}

func TestWriteTableEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTable(&b, nil); err != nil {
		t.Fatal(err)
	}
	want := "place   opens      dwell    average   tours\ntotal       0    0:00:00    0:00:00       0\n"
	if b.String() != want {
		t.Errorf("empty table:\n%s\nwant\n%s", b.String(), want)
	}
}

func TestClock(t *testing.T) {
	for s, want := range map[float64]string{0: "0:00:00", 34.4: "0:00:34", 34.5: "0:00:35", 3599.6: "1:00:00", 90061: "25:01:01"} {
		if got := clock(s); got != want {
			t.Errorf("clock(%v) = %q, want %q", s, got, want)
		}
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update to accept):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}
