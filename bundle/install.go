package bundle

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/atomicfile"
	"ningbomap/data"
	"ningbomap/tiles"
)

// Install checks the bundle zipPath and puts its files in the data folder
// dest: it extracts everything into a new folder beside dest, checks every
// checksum, the layers and their photos (as `ningbomap check` does, with the
// same budgets) and the basemap tile file (tiles.Verify), refuses any photo
// no place names, and only then swaps the new folder in; the previous
// content is kept as DEST.previous (replacing an older one only once the
// swap has succeeded). Any problem leaves dest and DEST.previous exactly as
// they were and removes the new folder.
//
// The bundle file itself is never touched: a bundle that lies inside dest
// or DEST.previous, which the swap would move or delete, is refused
// (ErrInside) before anything is done.
func Install(zipPath, dest string) error {
	dest = filepath.Clean(dest)
	prev := dest + ".previous"
	if in, ok := atomicfile.Within(zipPath, dest, prev); ok {
		return &Error{Bundle: zipPath, Err: fmt.Errorf("%w (%s)", ErrInside, in)}
	}
	r, closeFile, err := openFile(zipPath)
	if err != nil {
		return err
	}
	defer closeFile()
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
	if err := r.checkExtracted(tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swap(tmp, dest, prev, zipPath); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("bundle: install into %s: %w", dest, err)
	}
	return nil
}

// extract writes every file of the manifest under dir, through atomicfile,
// checking each size and checksum.
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

// checkExtracted checks the extracted folder dir as loading would: its
// layers and photos (data.LoadPaths, with the budgets), that every photo
// is named by a place, and the basemap (tiles.Verify).
func (r *reader) checkExtracted(dir string) error {
	ds, err := data.LoadPaths(dir)
	if err != nil {
		return &Error{Bundle: r.name, Err: fmt.Errorf("its layers do not pass the checks:\n%w", err)}
	}
	named := map[string]bool{}
	abs, _ := filepath.Abs(dir)
	for _, s := range append([]*data.Site{ds.Overview}, ds.Sites...) {
		if s == nil {
			continue
		}
		for _, p := range s.Photos {
			full, _ := filepath.Abs(s.PhotoPath(p))
			if rel, err := filepath.Rel(abs, full); err == nil {
				named[foldName(filepath.ToSlash(rel))] = true
			}
		}
	}
	for _, mf := range r.manifest.Files {
		if kindOf(mf.Path, r.manifest.Basemap) == kindPhoto && !named[foldName(mf.Path)] {
			return &Error{Bundle: r.name, Entry: mf.Path, Err: fmt.Errorf("%w: a photo no place names", ErrNotPart)}
		}
	}
	if b := r.manifest.Basemap; b != "" {
		if _, err := tiles.Verify(filepath.Join(dir, filepath.FromSlash(b))); err != nil {
			return &Error{Bundle: r.name, Entry: b, Err: fmt.Errorf("its basemap cannot be drawn: %w", err)}
		}
	}
	return nil
}

// rename is os.Rename; tests make it fail.
var rename = os.Rename

// swap moves the folder tmp to dest, keeping what was at dest as prev. The
// older prev is first moved aside (not deleted), and everything moves back
// when a later step fails, so a failed swap leaves dest and prev as they
// were; the older prev is deleted only once the swap has succeeded. Moves
// are renames within one folder.
func swap(tmp, dest, prev, keep string) error {
	if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
		return rename(tmp, dest)
	} else if err != nil {
		return err
	}
	old := ""
	if _, err := os.Lstat(prev); err == nil {
		if old, err = asideName(prev); err != nil {
			return err
		}
		if err := rename(prev, old); err != nil {
			return err
		}
	}
	restorePrev := func() error {
		if old == "" {
			return nil
		}
		return rename(old, prev)
	}
	if err := rename(dest, prev); err != nil {
		return errors.Join(err, restorePrev())
	}
	if err := rename(tmp, dest); err != nil {
		return errors.Join(err, rename(prev, dest), restorePrev())
	}
	if old != "" {
		os.RemoveAll(old) // best effort: a leftover is hidden and removed next time
	}
	removeAside(prev, keep)
	return nil
}

// asideName returns a free hidden name beside prev for the older previous
// content while a swap is under way: ".NAME.old-N".
func asideName(prev string) (string, error) {
	dir, base := filepath.Split(prev)
	for n := 1; n < 1000; n++ {
		p := filepath.Join(dir, fmt.Sprintf(".%s.old-%d", base, n))
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			return p, nil
		}
	}
	return "", fmt.Errorf("no free name beside %s", prev)
}

// removeAside removes what failed removals left beside prev, but not a
// folder that holds keep (the bundle being installed).
func removeAside(prev, keep string) {
	dir, base := filepath.Split(prev)
	ents, _ := os.ReadDir(filepath.Clean(dir))
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "."+base+".old-") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if _, holds := atomicfile.Within(keep, p); !holds {
			os.RemoveAll(p)
		}
	}
}
