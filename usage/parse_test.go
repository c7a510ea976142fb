package usage

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// referenceRecord is the plain reading of a line that the parser's quick
// path must agree with: split, time.Parse, strconv.ParseFloat.
func referenceRecord(line string) (record, error) {
	f := strings.Split(line, ",")
	if len(f) != 5 {
		return record{}, fmt.Errorf("%d fields, want 5 (%s)", len(f), header)
	}
	r := record{Date: f[0], Clock: f[1], Place: f[2], Event: Event(f[3])}
	if _, err := time.Parse(dateLayout+" "+timeLayout, r.Date+" "+r.Clock); err != nil {
		return r, fmt.Errorf("date and time %q %q: want YYYY-MM-DD and HH:MM:SS", r.Date, r.Clock)
	}
	if err := checkPlace(r.Place); err != nil {
		return r, err
	}
	v, err := strconv.ParseFloat(f[4], 64)
	if err != nil {
		return r, fmt.Errorf("value %q is not a number", f[4])
	}
	r.Value = v
	return r, r.checkValue()
}

// FuzzParseAgrees checks that the parser accepts exactly the lines the
// reference reading accepts, with the same record and the same message.
func FuzzParseAgrees(f *testing.F) {
	for _, s := range []string{
		"2025-11-26,14:03:07,tengtou,open,1", "2025-11-26,14:03:41,x,dwell_seconds,34.2",
		"2024-02-29,00:00:00,a,dwell_seconds,0.1", "2025-02-29,00:00:00,a,open,1", "2025-11-26,8:03:07,a,open,1",
		"2025-11-26,14:03:07.5,a,open,1", "2025-11-26,14:03:07,a,dwell_seconds,1e3", "2025-11-26,14:03:07,a,dwell_seconds,0x1p-2",
		"2025-11-26,14:03:07,a,dwell_seconds,.5", "2025-11-26,14:03:07,a,dwell_seconds,5.", "2025-11-26,14:03:07,a,dwell_seconds,1234567890.123456",
		"2025-11-31,14:03:07,a,open,1", "0000-01-01,00:00:00,a,open,1", "2025-11-26,24:00:00,a,open,1", "2025-11-26,14:03:07,a,open,+1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		want, werr := referenceRecord(line)
		got, gerr := newParser().parse([]byte(line))
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("%q: parser error %v, reference %v", line, gerr, werr)
		}
		if werr == nil && got != want {
			t.Fatalf("%q: parser %+v, reference %+v", line, got, want)
		}
	})
}

// BenchmarkParse reads a typical row.
func BenchmarkParse(b *testing.B) {
	p := newParser()
	line := []byte("2025-11-26,14:03:41,tengtou,dwell_seconds,34.2")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.parse(line); err != nil {
			b.Fatal(err)
		}
	}
}
