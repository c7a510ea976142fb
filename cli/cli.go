// Package cli is ningbomap's command line: the map window's flags and the
// sub-commands, one file each (check.go, render.go, export.go, bundle.go,
// stats.go, kioskpin.go, help.go; the window in window.go, --version in
// version.go), listed in the table of commands.go.
//
//	ningbomap [--lang zh|en] [--size 1280x800] [--data DIR|FILE.zip] [--view LON,LAT,ZOOM] ...
//	ningbomap --kiosk [--config FILE] [--usage-dir DIR]
//	ningbomap COMMAND [ARGS...]
//	ningbomap --version
//
// A command returns nil, or an error made by fail with its exit status: 0 ok,
// 1 a problem found or the work failed, 2 bad usage. Run prints the error, once,
// and returns the status.
package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// Exit statuses of every command.
const (
	exitOK      = 0 // done
	exitProblem = 1 // a problem found (check), or the work failed
	exitUsage   = 2 // bad usage: unknown command or flag, missing argument
)

// Run runs the command args name, or the map window when args start with a flag
// (or are empty), and returns the exit status.
func Run(args []string) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
			printVersion(os.Stdout)
			return exitOK
		}
		return report("", runWindow(args))
	}
	if c, ok := lookup(args[0]); ok {
		return report(c.name, c.run(args[1:]))
	}
	return report("", unknownCommand(args[0]))
}

// exitError ends a command with an exit status; err (nil when the message was
// printed already, or there is none) says why.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// fail ends a command with exit status code (exitProblem or exitUsage; exitOK
// after --help) and err, which Run prints on standard error. A nil err prints
// nothing: the flag package, or the command, reported the problem already.
func fail(code int, err error) error {
	return &exitError{code: code, err: err}
}

// report prints err of command name ("" for the map window) as
// "ningbomap NAME: err" on standard error and returns the exit status it carries:
// exitOK for nil, exitProblem for an error not made by fail. An error of the
// package of the same name (bundle, stats) already starts with "NAME: " and is
// not prefixed twice.
func report(name string, err error) int {
	if err == nil {
		return exitOK
	}
	code := exitProblem
	var e *exitError
	if errors.As(err, &e) {
		code = e.code
		if e.err == nil {
			return code
		}
	}
	prefix, msg := "ningbomap", err.Error()
	if name != "" {
		prefix += " " + name
		msg = strings.TrimPrefix(msg, name+": ")
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", prefix, msg)
	return code
}
