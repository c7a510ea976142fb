//go:build !unix

package budget

import (
	"io/fs"
	"os"
)

// noFollow is 0 where the system has no such flag: OpenNoFollow's Lstat
// check stands alone.
const noFollow = 0

// openFile opens path (the checks on the open file follow).
func openFile(path string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(path, flag, perm)
}
