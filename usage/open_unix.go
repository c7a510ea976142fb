//go:build unix

package usage

import (
	"os"
	"syscall"
)

// openFile opens a usage file for reading. os.Open tries to register every
// file with the runtime's poller, three more system calls that a regular
// file does not need; the dashboard opens thousands of small files, so it
// opens them directly and wraps them with os.NewFile, which leaves a
// blocking descriptor out of the poller.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
