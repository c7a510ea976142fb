package budget

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Problems the checks report; test them with errors.Is.
var (
	ErrOver       = errors.New("over budget")
	ErrNotRegular = errors.New("not a regular file")
	ErrLink       = errors.New("is a link")
)

// Error is an input over one of its budgets: File names it, Budget says
// which limit, Got how much it has or claims (in the budget's unit; 0 when
// reading stopped at the limit and the whole is not known).
type Error struct {
	File   string
	Budget Budget
	Got    int64
	Detail string // what was counted, when it is not plain: "20000×20000 pixels, 16-bit, interlaced"
}

// Error returns "FILE: DETAIL: 1.5 GB is over the photo file budget of 50
// MB", or "FILE: DETAIL: over the … budget of …" when Got is not known.
func (e *Error) Error() string {
	var b strings.Builder
	for _, s := range []string{e.File, e.Detail} {
		if s != "" {
			b.WriteString(s + ": ")
		}
	}
	if e.Got > 0 {
		b.WriteString(e.Budget.Amount(e.Got) + " is ")
	}
	fmt.Fprintf(&b, "over the %s budget of %s", e.Budget.Name, e.Budget.Amount(e.Budget.Limit))
	return b.String()
}

// Unwrap returns ErrOver.
func (e *Error) Unwrap() error { return ErrOver }

// Check returns an *Error when got is over b's limit, nil otherwise.
func (b Budget) Check(file string, got int64) error {
	if got > b.Limit {
		return &Error{File: file, Budget: b, Got: got}
	}
	return nil
}

// kind names a file mode that is not a regular file: "a named pipe (FIFO)".
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file (" + m.Type().String() + ")"
}

// notRegular is the error for path, whose mode m is not a regular file's.
func notRegular(path string, m fs.FileMode) error {
	return &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w: %s", ErrNotRegular, kind(m))}
}
