package kiosk

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"
)

// Error is a problem with the configuration file: where it is and what is
// wrong. Path is "" for a configuration that was not read from a file, Line is
// 0 when the place is not known, Key is "" when no single key is at fault.
type Error struct {
	Path string
	Line int
	Key  string
	Err  error
}

// Error formats the problem as "path:line: key: problem", leaving out what is
// not known.
func (e *Error) Error() string {
	where := e.Path
	if where == "" {
		where = "kiosk config"
	}
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, e.Line)
	}
	if e.Key != "" {
		return fmt.Sprintf("%s: %s: %v", where, e.Key, e.Err)
	}
	return fmt.Sprintf("%s: %v", where, e.Err)
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// tomlError is an error of the TOML library shown by its message alone,
// since Error already names the file, line and key.
type tomlError struct {
	msg string
	err error
}

// Error returns the library's message.
func (e tomlError) Error() string { return e.msg }

// Unwrap returns the library's error.
func (e tomlError) Unwrap() error { return e.err }

// decodeProblem matches the library's decoding errors, which carry their
// place in the message: `toml: line 2 (last key "idle_seconds"): …`.
var decodeProblem = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

// tomlProblem turns an error of the TOML library into an *Error for path,
// with the line and key when the library gives them.
func tomlProblem(path string, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &Error{Path: path, Line: pe.Position.Line, Err: tomlError{pe.Message, err}}
	}
	if m := decodeProblem.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Path: path, Line: line, Key: m[2], Err: tomlError{m[3], err}}
	}
	return &Error{Path: path, Err: err}
}
