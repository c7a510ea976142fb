package bundle

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"ningbomap/atomicfile"
	"ningbomap/data"
)

// Install checks the bundle zipPath and puts its files in the data folder
// dest: it extracts everything into a new folder beside dest, checks every
// checksum and the layers themselves (as `ningbomap check` does), and only
// then swaps the new folder in; the previous content is kept as
// DEST.previous (replacing an older one). Any problem leaves dest as it was
// and removes the new folder. The bundle file itself is never changed.
func Install(zipPath, dest string) error {
	f, err := os.Open(zipPath)
	if err != nil {
		return &Error{Bundle: zipPath, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return &Error{Bundle: zipPath, Err: err}
	}
	r, err := open(zipPath, f, info.Size())
	if err != nil {
		return err
	}
	dest = filepath.Clean(dest)
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".new-*")
	if err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	if err := r.extract(tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := data.Check(tmp); err != nil {
		os.RemoveAll(tmp)
		return &Error{Bundle: zipPath, Err: fmt.Errorf("its layers do not pass the checks:\n%w", err)}
	}
	if err := swap(tmp, dest); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("bundle: install into %s: %w", dest, err)
	}
	return nil
}

// extract writes every file of the manifest under dir, through atomicfile,
// checking each checksum.
func (r *reader) extract(dir string) error {
	for _, mf := range r.manifest.Files {
		target := filepath.Join(dir, filepath.FromSlash(mf.Path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return fmt.Errorf("bundle: %w", err)
		}
		err := atomicfile.Write(target, 0o644, func(w io.Writer) error { return r.copy(mf, w) })
		if err != nil {
			return err
		}
	}
	return nil
}

// swap moves the folder tmp to dest, moving what was at dest to
// dest.previous first, and back when the second move fails.
func swap(tmp, dest string) error {
	prev := dest + ".previous"
	_, err := os.Lstat(dest)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return os.Rename(tmp, dest)
	case err != nil:
		return err
	}
	if err := os.RemoveAll(prev); err != nil {
		return err
	}
	if err := os.Rename(dest, prev); err != nil {
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		return errors.Join(err, os.Rename(prev, dest))
	}
	return nil
}
