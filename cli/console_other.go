//go:build !windows

package main

// attachConsole does nothing outside Windows: the standard streams are already the
// terminal's.
func attachConsole() {}
