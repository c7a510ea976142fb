package data

import (
	"errors"
	"fmt"
	"strings"

	"ningbomap/budget"
)

// Sentinel problems wrapped by FeatureError.Err; test them with errors.Is.
var (
	ErrMissing   = errors.New("missing")
	ErrInvalid   = errors.New("invalid")
	ErrUnknown   = errors.New("unknown")
	ErrDuplicate = errors.New("duplicate")
	ErrOutside   = errors.New("outside")
	ErrLength    = errors.New("length out of bounds")
)

// LangError is a text left empty in one language or both; it wraps ErrMissing.
type LangError struct {
	Langs string // "zh", "en" or "zh and en"
}

func (e *LangError) Error() string { return e.Langs + " " + ErrMissing.Error() }

// Unwrap returns ErrMissing.
func (e *LangError) Unwrap() error { return ErrMissing }

// LengthError is a text shorter or longer than its bounds; it wraps ErrLength.
type LengthError struct {
	N, Min, Max int
	Unit        string // "characters" (Chinese) or "words" (English)
}

func (e *LengthError) Error() string {
	return fmt.Sprintf("%v: %d %s, want %d–%d", ErrLength, e.N, e.Unit, e.Min, e.Max)
}

// Unwrap returns ErrLength.
func (e *LengthError) Unwrap() error { return ErrLength }

// FormatError is a value not written the way it must be; it wraps ErrInvalid.
type FormatError struct {
	Value, Want string // what was written, and the form wanted ("YYYY-MM-DD")
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("%v: %q: want %s", ErrInvalid, e.Value, e.Want)
}

// Unwrap returns ErrInvalid.
func (e *FormatError) Unwrap() error { return ErrInvalid }

// FeatureError is one problem in a content file, in the shape of
// fs.PathError: where it is and what is wrong.
//
// Index counts the features of the file from 1 (the first feature is
// feature 1), so that an editor can find it by counting; Index 0 means the
// problem concerns the file as a whole (its JSON, its "layer" member).
// Field is the property concerned, as a path with array positions also
// counted from 1: "story", "indicators[2].unit". ID is the feature's id
// when it is known.
type FeatureError struct {
	File  string
	Index int
	ID    string
	Field string
	Err   error
}

// Error returns "file: feature N (id): field: problem", leaving out the
// parts that are not known.
func (e *FeatureError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Index > 0 {
		fmt.Fprintf(&b, ": feature %d", e.Index)
		if e.ID != "" {
			fmt.Fprintf(&b, " (%s)", e.ID)
		}
	} else if e.ID != "" {
		fmt.Fprintf(&b, ": %s", e.ID)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	if e.Err != nil {
		// A problem quoting a value of megabytes would cost as much to show.
		msg, _ := budget.Cut(e.Err.Error(), budget.Problem)
		b.WriteString(msg)
	} else {
		b.WriteString("unspecified problem")
	}
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *FeatureError) Unwrap() error { return e.Err }

// report collects the problems of one feature (or of a file, with index 0).
type report struct {
	file  string
	index int
	id    string
	errs  *[]error
	fatal bool // the feature cannot be loaded
}

// add records a problem with field.
func (r *report) add(field string, err error) {
	*r.errs = append(*r.errs, &FeatureError{File: r.file, Index: r.index, ID: r.id, Field: field, Err: err})
}

// addf records a problem built by fmt.Errorf (wrap a sentinel with %w).
func (r *report) addf(field, format string, args ...any) {
	r.add(field, fmt.Errorf(format, args...))
}

// fail records a problem that keeps the feature from loading.
func (r *report) fail(field string, err error) {
	r.fatal = true
	r.add(field, err)
}
