// Package bundle carries an exhibition from one machine to another as one
// zip file: the layer files of a data folder, the photos they use, at most
// one basemap tile file, and a manifest with each file's size and SHA-256.
// Reading a bundle trusts nothing in it: paths that leave the folder,
// absolute paths, links, duplicate entries (names compared in Unicode NFC,
// case folded), zip bombs (caps on entries, sizes and compression ratio),
// files missing from or not listed in the manifest, sizes and checksum
// mismatches, and any file that is not part of an exhibition are refused
// with a message naming the bundle and the entry; installing extracts into
// a new folder, checks every file with the budgets of loading (layers,
// photos, the tile file) and swaps it in only when everything checked out.
package bundle

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"ningbomap/budget"
)

// ManifestName is the manifest's entry in a bundle.
const ManifestName = "manifest.json"

// Format names the manifest format.
const Format = "ningbomap-bundle"

// Limits on what a bundle may hold; a bundle beyond them is refused before
// anything is extracted. The sizes are budget.BundleEntry, BundleBasemap and
// BundleTotal.
const (
	MaxEntries       = 10_000
	MaxManifestBytes = 4 << 20 // the manifest
	MaxRatio         = 100     // uncompressed/compressed, for entries over RatioFloor
	RatioFloor       = 1 << 20 // small entries may compress as well as they like
)

// Manifest lists the files of a bundle. Basemap, when not "", names the one
// tile file (MBTiles or PMTiles, in the folder's top level) among Files.
type Manifest struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Basemap string `json:"basemap,omitempty"`
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
	ErrSize       = errors.New("size mismatch")
	ErrNotPart    = errors.New("not part of an exhibition (layer files, the photos they name, one basemap tile file)")
	ErrInside     = errors.New("the bundle lies inside the folder it would replace; move it elsewhere first")
)

// foldName is the form in which names are compared: NFC, case folded, so
// that "café.png" written in NFC and in NFD, or in two cases, are one name
// (as they are on macOS and Windows).
func foldName(name string) string { return strings.ToLower(norm.NFC.String(name)) }

// kind is what a file of a bundle is.
type kind int

// Kinds of files.
const (
	kindOther kind = iota
	kindLayer
	kindPhoto
	kindBasemap
)

// kindOf classifies path ('/' separated) for a manifest whose basemap is
// basemap: a layer file at the top, the declared tile file at the top, or a
// photo — anything else, which a place must then name as a photo and which
// must be a readable image within the photo budgets (checked once the
// layers are read). A tile file the manifest does not declare is kindOther.
func kindOf(p, basemap string) kind {
	ext := strings.ToLower(path.Ext(p))
	top := !strings.Contains(p, "/")
	tile := ext == ".mbtiles" || ext == ".pmtiles"
	switch {
	case top && ext == ".geojson":
		return kindLayer
	case top && tile && p == basemap:
		return kindBasemap
	case tile:
		return kindOther
	}
	return kindPhoto
}

// isImage reports whether p is named as a JPEG, PNG or WebP image.
func isImage(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".jpg", ".jpeg", ".png", ".webp":
		return true
	}
	return false
}

// maxBytes is the size budget of a file of kind k.
func (k kind) maxBytes() budget.Budget {
	if k == kindBasemap {
		return budget.BundleBasemap
	}
	return budget.BundleEntry
}

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
