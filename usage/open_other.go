//go:build !unix

package usage

import "os"

// openFile opens a usage file for reading.
func openFile(path string) (*os.File, error) { return os.Open(path) }
