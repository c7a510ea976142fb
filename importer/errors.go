package importer

import (
	"errors"
	"fmt"
	"strconv"

	"ningbomap/budget"
)

// Sentinel errors. Every problem an import reports wraps one of them, so the
// app can tell kinds apart with errors.Is while showing the full message.
var (
	// ErrTooLarge: the file is over Options.MaxBytes; the message names the
	// size and the limit.
	ErrTooLarge = errors.New("file too large")
	// ErrFormat: the file is none of the importable formats.
	ErrFormat = errors.New("unsupported file format")
	// ErrSyntax: the file is not well-formed JSON, XML, CSV or zip.
	ErrSyntax = errors.New("malformed")
	// ErrTruncated: the file ends in the middle of its content.
	ErrTruncated = errors.New("file ends unexpectedly (truncated?)")
	// ErrGeometry: a geometry is missing, empty, or of a type that cannot
	// be shown.
	ErrGeometry = errors.New("unusable geometry")
	// ErrCoordinate: a coordinate is not a number, not finite, or outside
	// longitude −180..180 / latitude −90..90.
	ErrCoordinate = errors.New("invalid coordinate")
	// ErrEmpty: the file holds nothing to show (no features, placemarks,
	// waypoints or rows), or none of its features could be loaded.
	ErrEmpty = errors.New("nothing to show")
	// ErrNoCoordinates: a CSV file has no longitude/latitude columns.
	ErrNoCoordinates = errors.New("no coordinate columns")
	// ErrEncoding: the text fits none of the encodings (UTF-8, UTF-16,
	// GB18030, Big5, windows-1252), or names an encoding that is not known.
	ErrEncoding = errors.New("unreadable text encoding")
	// ErrWarning marks a problem that leaves the feature or the file
	// loaded: an empty part skipped, a degenerate line or ring dropped or
	// repaired, a text encoding that was a close guess. Warnings also wrap
	// a sentinel that says what they are about (ErrGeometry,
	// ErrAmbiguousEncoding, …); see Warnings.
	ErrWarning = errors.New("warning")
	// ErrAmbiguousEncoding: the text encoding was detected, but another
	// encoding fits about as well; the message names both.
	ErrAmbiguousEncoding = errors.New("ambiguous text encoding")
)

// Error is one problem in an imported file. Line and Feature are 0 when
// unknown; Feature counts the file's features (placemarks, waypoints, rows)
// from 1, the skipped ones included.
type Error struct {
	File    string // the file's base name
	Line    int    // line in the file, from 1
	Feature int    // feature number, from 1
	Field   string // member, column or element at fault
	Err     error  // what is wrong; wraps one of the sentinel errors
}

// Error formats the problem as "file:line: feature N: field: problem",
// leaving out the parts that are unknown.
func (e *Error) Error() string {
	b := make([]byte, 0, 96)
	b = append(b, e.File...)
	if e.Line > 0 {
		if len(b) > 0 {
			b = append(b, ':')
		}
		b = strconv.AppendInt(b, int64(e.Line), 10)
	}
	sep := func() {
		if len(b) > 0 {
			b = append(b, ": "...)
		}
	}
	if e.Feature > 0 {
		sep()
		b = append(b, "feature "...)
		b = strconv.AppendInt(b, int64(e.Feature), 10)
	}
	if e.Field != "" {
		sep()
		b = append(b, e.Field...)
	}
	sep()
	if e.Err != nil {
		// A problem quoting a value of megabytes would cost as much to show.
		msg, _ := budget.Cut(e.Err.Error(), budget.Problem)
		b = append(b, msg...)
	} else {
		b = append(b, "unknown problem"...)
	}
	return string(b)
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// maxProblems is how many problems one file reports in full; the rest are
// counted in a last line, so that a file with 100,000 bad rows still gives
// a readable message.
const maxProblems = 50

// problems collects the problems of one file, and keeps its budgets.
type problems struct {
	file    string
	errs    []error
	dropped int

	maxFeatures, maxVertices int  // this file's budgets
	vertices                 int  // kept so far
	full                     bool // a budget is spent: the decoders stop
	folderCut                bool // a folder name was cut, and said so
}

// add records err at line and feature (0 when unknown) for field.
func (p *problems) add(line, feature int, field string, err error) {
	if len(p.errs) >= maxProblems {
		p.dropped++
		return
	}
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Feature: feature, Field: field, Err: err})
}

// addLine records err on line (0 when unknown), for results of xmlProblem.
func (p *problems) addLine(line int, err error) { p.add(line, 0, "", err) }

// addErr records err; an *Error that does not name its file gets p's.
func (p *problems) addErr(err error) {
	if e, ok := err.(*Error); ok && e.File == "" {
		e.File = p.file
		if len(p.errs) >= maxProblems {
			p.dropped++
			return
		}
		p.errs = append(p.errs, e)
		return
	}
	p.add(0, 0, "", err)
}

// addf records a problem wrapping sentinel with a formatted detail.
func (p *problems) addf(line, feature int, field string, sentinel error, format string, args ...any) {
	p.add(line, feature, field, fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...)))
}

// fileLevel reports whether a problem concerns the whole file rather than
// one feature.
func (p *problems) fileLevel() bool {
	for _, err := range p.errs {
		if e, ok := err.(*Error); ok && e.Feature == 0 {
			return true
		}
	}
	return false
}

// count returns the number of problems recorded, the unlisted ones included.
func (p *problems) count() int { return len(p.errs) + p.dropped }

// err joins the problems, or returns nil when there are none.
func (p *problems) err() error {
	if p.dropped > 0 {
		errs := append(p.errs[:len(p.errs):len(p.errs)], &Error{File: p.file,
			Err: fmt.Errorf("%d more problems not listed", p.dropped)})
		return errors.Join(errs...)
	}
	return errors.Join(p.errs...)
}

// Warnings splits the problems an import returned into warnings (those
// wrapping ErrWarning, which leave their feature loaded) and the rest.
func Warnings(err error) (warnings, others []error) {
	if err == nil {
		return nil, nil
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	for _, e := range errs {
		if errors.Is(e, ErrWarning) {
			warnings = append(warnings, e)
		} else {
			others = append(others, e)
		}
	}
	return warnings, others
}
