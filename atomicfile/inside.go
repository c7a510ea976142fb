package atomicfile

import (
	"path/filepath"
	"strings"
)

// Inside reports whether path lies in (or is) the folder dir, comparing
// absolute, link-resolved paths as far as they exist. Writers use it to
// refuse an output inside a folder they read (a usage folder, a synced
// fleet folder) or a secret inside a folder that is copied elsewhere.
func Inside(path, dir string) bool {
	p, d := resolve(path), resolve(dir)
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// resolve makes path absolute and resolves its links as far as it exists.
func resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if r, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(r, filepath.Base(abs))
	}
	return abs
}
