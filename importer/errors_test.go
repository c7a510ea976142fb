package importer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestErrorText(t *testing.T) {
	problem := fmt.Errorf("%w: latitude 95 is outside -90..90", ErrCoordinate)
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"all parts", &Error{File: "a.csv", Line: 7, Feature: 6, Field: "lat", Err: problem},
			"a.csv:7: feature 6: lat: invalid coordinate: latitude 95 is outside -90..90"},
		{"no line", &Error{File: "a.kml", Feature: 2, Err: problem},
			"a.kml: feature 2: invalid coordinate: latitude 95 is outside -90..90"},
		{"no feature", &Error{File: "a.geojson", Line: 3, Err: ErrTruncated},
			"a.geojson:3: file ends unexpectedly (truncated?)"},
		{"file only", &Error{File: "a.gpx", Err: ErrEmpty}, "a.gpx: nothing to show"},
		{"no file", &Error{Line: 2, Err: ErrEncoding}, "2: unreadable text encoding"},
		{"field only", &Error{Field: "type", Err: ErrFormat}, "type: unsupported file format"},
		{"nil error", &Error{File: "a.csv"}, "a.csv: unknown problem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestErrorUnwrap(t *testing.T) {
	err := error(&Error{File: "a.csv", Err: fmt.Errorf("%w: detail", ErrNoCoordinates)})
	if !errors.Is(err, ErrNoCoordinates) {
		t.Error("errors.Is(err, ErrNoCoordinates) = false")
	}
	var e *Error
	if !errors.As(errors.Join(err), &e) || e.File != "a.csv" {
		t.Errorf("errors.As through Join: %v", e)
	}
}

func TestProblemsCap(t *testing.T) {
	p := &problems{file: "big.csv", maxFeatures: 10, maxVertices: 10}
	for i := 1; i <= maxProblems+25; i++ {
		p.addf(i+1, i, "lat", ErrCoordinate, "row %d", i)
	}
	if got := p.count(); got != maxProblems+25 {
		t.Errorf("count() = %d, want %d", got, maxProblems+25)
	}
	msg := p.err().Error()
	if n := strings.Count(msg, "\n") + 1; n != maxProblems+1 {
		t.Errorf("message has %d lines, want %d", n, maxProblems+1)
	}
	if !strings.HasSuffix(msg, "big.csv: 25 more problems not listed") {
		t.Errorf("message ends %q", msg[strings.LastIndex(msg, "\n")+1:])
	}
	if (&problems{}).err() != nil {
		t.Error("no problems: err() != nil")
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"}, {1023, "1023 bytes"}, {1024, "1 KiB"}, {1536, "1.5 KiB"},
		{64 << 20, "64 MiB"}, {80<<20 + 512<<10, "80.5 MiB"}, {3 << 30, "3 GiB"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := size(tt.n); got != tt.want {
				t.Errorf("size(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}
