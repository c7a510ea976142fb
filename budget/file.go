package budget

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
)

// Open opens path for reading when it is a regular file, links resolved, of
// at most b bytes. A named pipe, a device, a folder or a link to one is
// refused without reading (opening a pipe would wait for a writer; a device
// such as /dev/zero never ends); so is a file over b. The file is opened
// so that it cannot block even if it was swapped for a pipe after the check.
func Open(path string, b Budget) (*os.File, error) {
	if err := Regular(path, b); err != nil {
		return nil, err
	}
	f, err := openFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	return checkOpened(f, path, b)
}

// OpenNoFollow opens path with flag (os.O_RDONLY, os.O_RDWR|os.O_CREATE …,
// mode perm for a new file) when it is a regular file that is not a link,
// of at most b bytes: for files the program keeps for itself (usage counts,
// the PIN lockout), which a link could otherwise turn against another file.
func OpenNoFollow(path string, flag int, perm fs.FileMode, b Budget) (*os.File, error) {
	if info, err := os.Lstat(path); err == nil {
		if info.Mode()&fs.ModeSymlink != 0 {
			return nil, &fs.PathError{Op: "open", Path: path, Err: fmt.Errorf("%w; links are not followed here", ErrLink)}
		}
		if !info.Mode().IsRegular() {
			return nil, notRegular(path, info.Mode())
		}
	}
	f, err := openFile(path, flag|noFollow, perm)
	if err != nil {
		return nil, err
	}
	if noFollow == 0 { // no flag for it: look again, now that it is open
		if info, err := os.Lstat(path); err != nil || info.Mode()&fs.ModeSymlink != 0 {
			f.Close()
			return nil, &fs.PathError{Op: "open", Path: path, Err: fmt.Errorf("%w; links are not followed here", ErrLink)}
		}
	}
	return checkOpened(f, path, b)
}

// checkOpened checks, on the open file f, that it is regular and within b;
// it closes f when not.
func checkOpened(f *os.File, path string, b Budget) (*os.File, error) {
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = notRegular(path, info.Mode())
	}
	if err == nil {
		err = b.Check(path, info.Size())
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// ReadFile reads the regular file path (see Open), refusing more than b
// bytes even when the file grows while it is read.
func ReadFile(path string, b Budget) ([]byte, error) {
	f, err := Open(path, b)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, path, b)
}

// ReadAll reads r to its end, refusing more than b bytes; file names it in
// the error.
func ReadAll(r io.Reader, file string, b Budget) ([]byte, error) {
	var buf bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Size() <= b.Limit {
			buf.Grow(int(info.Size()) + bytes.MinRead)
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(r, b.Limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if n > b.Limit {
		return nil, &Error{File: file, Budget: b}
	}
	return buf.Bytes(), nil
}

// Regular reports, without opening it, why path cannot be read as a regular
// file within b (nil when it can): for checks that only look.
func Regular(path string, b Budget) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return notRegular(path, info.Mode())
	}
	return b.Check(path, info.Size())
}

// OpenRegular opens path for reading when it is a regular file, links
// resolved, of any size (see Open): for files read in parts, such as tile
// files.
func OpenRegular(path string) (*os.File, error) {
	return Open(path, Budget{Name: "file size", Limit: math.MaxInt64, Unit: Bytes})
}
