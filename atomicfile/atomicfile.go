// Package atomicfile writes files whole or not at all: the content goes to a temporary
// file in the destination's folder, is synced to disk, and is renamed over the
// destination. A crash or power cut at any moment leaves either the old file or the new
// one, never a torn file, and a failed write leaves an existing destination as it was.
//
//	err := atomicfile.Write("ningbo.kml", 0o644, func(w io.Writer) error {
//		return enc.Encode(w)
//	})
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// beforeRename, when set (tests), runs between the sync of the temporary file and the
// rename; an error from it aborts the write as a crash at that moment would.
var beforeRename func(tmp string) error

// Write calls fill with a writer to a temporary file beside path, syncs it and renames it
// to path with permissions perm. When fill or any step fails, the temporary file is
// removed and path is untouched.
//
// An existing path must be a regular file, and it keeps its own permissions (a 0600 file
// stays 0600): a link, a device, a named pipe or a folder at path is never replaced
// (ErrNotRegular), since renaming over it would destroy the link, or the device's name,
// instead of writing where it points.
func Write(path string, perm os.FileMode, fill func(w io.Writer) error) (err error) {
	if info, err := os.Lstat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("write %s: %w", path, notRegular(info.Mode()))
		}
		perm = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = fill(f); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if beforeRename != nil {
		if err = beforeRename(tmp); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// SetTestHook makes every Write call hook between the sync of its temporary file and
// the rename, and returns a function that removes the hook. An error from hook aborts
// the write as a crash at that moment would (the temporary file is removed, the
// destination untouched). It is for tests of other packages that must show a save
// interrupted before the rename leaves the old file intact; it is not safe to call
// while writes are running.
func SetTestHook(hook func(tmp string) error) (restore func()) {
	old := beforeRename
	beforeRename = hook
	return func() { beforeRename = old }
}

// WriteFile writes b to path atomically (see Write).
func WriteFile(path string, b []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// SameFile reports whether a and b name the same existing file, after resolving links.
// A path that does not exist is never the same as another.
func SameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return false
	}
	return os.SameFile(fa, fb)
}

// ErrSameFile is returned by callers that refuse to write over the file they read.
var ErrSameFile = errors.New("the output is the input file")

// ErrNotRegular is returned by Write for a path that exists and is not a regular file:
// a link, a device, a named pipe, a folder.
var ErrNotRegular = errors.New("not a regular file; not replaced")

// notRegular names what a mode is, wrapping ErrNotRegular.
func notRegular(m os.FileMode) error {
	kind := "not a regular file"
	switch {
	case m&os.ModeSymlink != 0:
		kind = "a link"
	case m.IsDir():
		kind = "a folder"
	case m&os.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&os.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%s: %w", kind, ErrNotRegular)
}

// syncDir syncs a folder so a rename in it survives a power cut (best effort: not every
// system can sync a folder).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// WriteNew writes a new file in dir whose name is name(1), or name(2), name(3)… when
// those exist, never replacing a file; it returns the path written. The content is
// written and synced first and then published with a hard link, which fails rather than
// replace a file made meanwhile by another writer.
func WriteNew(dir string, name func(n int) string, perm os.FileMode, fill func(w io.Writer) error) (path string, err error) {
	f, err := os.CreateTemp(dir, ".new.tmp-*")
	if err != nil {
		return "", fmt.Errorf("write in %s: %w", dir, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	err = fill(f)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("write in %s: %w", dir, err)
	}
	for n := 1; n <= 10000; n++ {
		p := filepath.Join(dir, name(n))
		err := os.Link(tmp, p)
		if err == nil {
			syncDir(dir)
			return p, nil
		}
		if errors.Is(err, os.ErrExist) {
			continue
		}
		// No hard links here (some file systems): claim the name, then rename over it.
		g, cerr := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(cerr, os.ErrExist) {
			continue
		}
		if cerr != nil {
			return "", fmt.Errorf("write %s: %w", p, cerr)
		}
		g.Close()
		if err := os.Rename(tmp, p); err != nil {
			os.Remove(p)
			return "", fmt.Errorf("write %s: %w", p, err)
		}
		syncDir(dir)
		return p, nil
	}
	return "", fmt.Errorf("write in %s: no free file name", dir)
}
