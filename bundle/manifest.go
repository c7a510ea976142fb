// Package bundle carries an exhibition from one machine to another as one
// zip file: the layer files of a data folder, the photos they use and a
// manifest with each file's SHA-256. Reading a bundle trusts nothing in it:
// paths that leave the folder, absolute paths, links, duplicate entries,
// zip bombs (caps on entries, sizes and compression ratio), files missing
// from or not listed in the manifest, and checksum mismatches are refused
// with a message naming the bundle and the entry; installing extracts into
// a new folder and swaps it in only when everything checked out.
package bundle

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

// ManifestName is the manifest's entry in a bundle.
const ManifestName = "manifest.json"

// Format names the manifest format.
const Format = "ningbomap-bundle"

// Limits on what a bundle may hold; a bundle beyond them is refused before
// anything is extracted.
const (
	MaxEntries    = 10_000
	MaxEntryBytes = 64 << 20 // a layer file or a photo (photos are at most 50 MB)
	MaxTotalBytes = 4 << 30  // all entries together, uncompressed
	MaxRatio      = 100      // uncompressed/compressed, for entries over RatioFloor
	RatioFloor    = 1 << 20  // small entries may compress as well as they like
)

// Manifest lists the files of a bundle.
type Manifest struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Files   []File `json:"files"`
}

// File is one file of a bundle: its path in the data folder ('/'
// separated), its size and the hex SHA-256 of its content.
type File struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Sentinel problems wrapped by Error; test them with errors.Is.
var (
	ErrUnsafePath = errors.New("unsafe path")
	ErrLink       = errors.New("links are not allowed")
	ErrTooLarge   = errors.New("too large")
	ErrDuplicate  = errors.New("duplicate entry")
	ErrMissing    = errors.New("missing")
	ErrUnlisted   = errors.New("not in the manifest")
	ErrChecksum   = errors.New("checksum mismatch")
)

// Error is a problem with a bundle, naming the bundle and, when it concerns
// one, the entry.
type Error struct {
	Bundle string
	Entry  string
	Err    error
}

// Error returns "bundle NAME: entry ENTRY: problem".
func (e *Error) Error() string {
	if e.Entry == "" {
		return fmt.Sprintf("bundle %s: %v", e.Bundle, e.Err)
	}
	return fmt.Sprintf("bundle %s: entry %q: %v", e.Bundle, e.Entry, e.Err)
}

// Unwrap returns the problem.
func (e *Error) Unwrap() error { return e.Err }

// safePath reports whether name is a clean relative '/' path that stays in
// the folder: no "..", no absolute path or drive letter, no backslash, no
// empty, "." or hidden-temporary part, no control character.
func safePath(name string) bool {
	if name == "" || path.IsAbs(name) || strings.ContainsAny(name, `\:`) || path.Clean(name) != name {
		return false
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}
