package usage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/budget"
)

// FuzzReadRecords feeds arbitrary bytes to the usage file reader. It must not
// panic, every record it accepts must print back to a line it reads the same
// way, and every line it rejects must be reported with a line number inside
// the input. The seed corpus is in testdata/fuzz/FuzzReadRecords.
func FuzzReadRecords(f *testing.F) {
	for _, text := range usageFiles {
		f.Add([]byte(text))
	}
	f.Add([]byte(""))
	f.Add([]byte("\n\n\r\n"))
	f.Add([]byte("2025-11-26,08:00:00,a,open,1"))
	f.Add([]byte("2025-11-26,08:00:00,a,dwell_seconds,0x1p-2\n"))
	f.Add([]byte("2025-11-26,08:00:00,a,dwell_seconds,1e3\n2025-02-29,08:00:00,a,open,1\n"))
	f.Add([]byte(strings.Repeat("2025-11-26,08:00:00,a,open,1", 40)))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		var got []record
		err := readRecords(bytes.NewReader(data), "f.csv", func(r record) { got = append(got, r) })
		if len(got) > lines {
			t.Fatalf("%d records from %d lines", len(got), lines)
		}
		for _, r := range got {
			line := r.append(nil)
			back, err := parseRecord(strings.TrimSuffix(string(line), "\n"))
			if err != nil || back != r {
				t.Fatalf("record %+v prints as %q, which reads as %+v, %v", r, line, back, err)
			}
			if len(line) > maxLineSize {
				t.Fatalf("accepted a line of %d bytes", len(line))
			}
		}
		listed := 0
		for _, e := range unjoin(err) {
			var le *LineError
			var se *SkippedError
			if errors.As(e, &se) {
				if se.File != "f.csv" || se.Lines < 1 || listed != budget.ProblemsListed.Int() {
					t.Fatalf("%v after %d lines listed", se, listed)
				}
				continue
			}
			if !errors.As(e, &le) {
				t.Fatalf("error %v is not a *LineError", e)
			}
			listed++
			if le.File != "f.csv" || le.Line < 1 || le.Line > lines {
				t.Fatalf("error at %s:%d for input of %d lines", le.File, le.Line, lines)
			}
		}
	})
}

// unjoin splits an errors.Join result into its errors.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// BenchmarkReadRecords reads a day of busy kiosk use: 5,000 rows.
func BenchmarkReadRecords(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(header + "\n")
	r := record{Date: "2025-11-26", Clock: "14:03:07", Place: "tengtou-academy", Event: DwellSeconds, Value: 34.2}
	for range 5000 {
		buf.Write(r.append(nil))
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := readRecords(bytes.NewReader(data), "b.csv", func(record) { n++ }); err != nil || n != 5000 {
			b.Fatal(n, err)
		}
	}
}

// FuzzRepairEnd repairs files of arbitrary content: the result must be the
// content as it was, or cut at its last line end, or with its last line
// completed, and a completed line must read as a row, the header or a blank
// line.
func FuzzRepairEnd(f *testing.F) {
	for _, text := range usageFiles {
		f.Add([]byte(text))
		f.Add([]byte(text[:len(text)*2/3]))
	}
	f.Add([]byte("date,ti"))
	f.Add([]byte("x\n2025-11-26,08:00:00,a,dwell_seconds,3"))
	f.Fuzz(func(t *testing.T, data []byte) {
		name := filepath.Join(t.TempDir(), "usage-2025-11-26.csv")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		file, err := os.OpenFile(name, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		size, torn, err := repairEnd(file)
		file.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if int64(len(got)) != size {
			t.Fatalf("size %d, file has %d bytes", size, len(got))
		}
		switch {
		case len(got) == 0:
		case got[len(got)-1] != '\n':
			t.Fatalf("repaired file does not end in a newline: %q", got)
		case torn == 0 && !bytes.Equal(got, data) && !bytes.Equal(got, append(bytes.Clone(data), '\n')):
			t.Fatalf("%q became %q without a torn line", data, got)
		case torn == 1 && (!bytes.HasPrefix(data, got) || bytes.Contains(data[len(got):], []byte("\n"))):
			t.Fatalf("%q cut to %q: not at its last line end", data, got)
		}
		if torn == 0 && len(got) == len(data)+1 { // completed: the line must read
			body := got[:len(got)-1]
			last := body[bytes.LastIndexByte(body, '\n')+1:]
			if _, bad := parseLine(last, len(last) > maxLineSize); bad != nil {
				t.Fatalf("repaired last line %q does not read: %v", last, bad)
			}
		}
	})
}
