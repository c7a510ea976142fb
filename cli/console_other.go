//go:build !windows

package cli

// AttachConsole does nothing outside Windows: the standard streams are already the
// terminal's.
func AttachConsole() {}
