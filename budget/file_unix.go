//go:build unix

package budget

import (
	"io/fs"
	"os"
	"syscall"
)

// noFollow makes an open fail on a link (ELOOP) rather than follow it.
const noFollow = syscall.O_NOFOLLOW

// openFile opens path without blocking: a named pipe opened for reading
// would otherwise wait for a writer before any check could refuse it. A
// regular file ignores O_NONBLOCK.
func openFile(path string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(path, flag|syscall.O_NONBLOCK, perm)
}
