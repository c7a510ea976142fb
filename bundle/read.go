package bundle

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"ningbomap/budget"
)

// reader is a bundle whose structure has been checked: safe, unique names,
// regular files within the caps, each a part of an exhibition, and a
// manifest that lists exactly its files with their sizes. Contents are
// checked against the manifest as they are read.
type reader struct {
	name     string
	manifest Manifest
	entries  map[string]*zip.File // by path, manifest excluded
}

// openFile opens the bundle file name (a regular file, within
// budget.BundleTotal) and checks its structure.
func openFile(name string) (*reader, func() error, error) {
	f, err := budget.Open(name, budget.BundleTotal)
	if err != nil {
		return nil, nil, &Error{Bundle: name, Err: err}
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, &Error{Bundle: name, Err: err}
	}
	r, err := open(name, f, info.Size())
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return r, f.Close, nil
}

// Verify checks the bundle at name completely, checksums included, without
// extracting it.
func Verify(name string) error {
	r, closeFile, err := openFile(name)
	if err != nil {
		return err
	}
	defer closeFile()
	for _, mf := range r.manifest.Files {
		if err := r.copy(mf, io.Discard); err != nil {
			return err
		}
	}
	return nil
}

// open reads and checks the structure of a bundle of size bytes.
func open(name string, ra io.ReaderAt, size int64) (*reader, error) {
	fail := func(entry string, err error) error { return &Error{Bundle: name, Entry: entry, Err: err} }
	zr, err := zip.NewReader(ra, size)
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return nil, fail("", fmt.Errorf("not a readable zip file: %w", err))
	}
	if len(zr.File) > MaxEntries {
		return nil, fail("", fmt.Errorf("%w: %d entries, at most %d", ErrTooLarge, len(zr.File), MaxEntries))
	}
	r := &reader{name: name, entries: map[string]*zip.File{}}
	var manifest *zip.File
	seen := map[string]bool{}
	var total uint64
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") && f.Mode().IsDir() {
			if !safePath(strings.TrimSuffix(f.Name, "/")) {
				return nil, fail(f.Name, ErrUnsafePath)
			}
			continue
		}
		limit := uint64(budget.BundleBasemap.Limit) // the kind is known once the manifest is read
		if f.Name == ManifestName {
			limit = MaxManifestBytes
		}
		switch {
		case !safePath(f.Name):
			return nil, fail(f.Name, fmt.Errorf("%w: want a relative path inside the folder", ErrUnsafePath))
		case f.Mode()&os.ModeSymlink != 0:
			return nil, fail(f.Name, ErrLink)
		case !f.Mode().IsRegular():
			return nil, fail(f.Name, fmt.Errorf("%w: not a regular file (%v)", ErrLink, f.Mode()))
		case seen[foldName(f.Name)]:
			return nil, fail(f.Name, fmt.Errorf("%w (names are compared in Unicode NFC, case folded)", ErrDuplicate))
		case f.UncompressedSize64 > limit:
			return nil, fail(f.Name, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, f.UncompressedSize64, limit))
		case f.UncompressedSize64 > RatioFloor && f.UncompressedSize64 > MaxRatio*f.CompressedSize64:
			return nil, fail(f.Name, fmt.Errorf("%w: compressed %d to 1, at most %d to 1 (a zip bomb?)",
				ErrTooLarge, f.UncompressedSize64/max(f.CompressedSize64, 1), MaxRatio))
		}
		seen[foldName(f.Name)] = true
		total += f.UncompressedSize64
		if total > uint64(budget.BundleTotal.Limit) {
			return nil, fail(f.Name, fmt.Errorf("%w: more than %d bytes in all", ErrTooLarge, uint64(budget.BundleTotal.Limit)))
		}
		if f.Name == ManifestName {
			manifest = f
			continue
		}
		r.entries[f.Name] = f
	}
	if manifest == nil {
		return nil, fail(ManifestName, ErrMissing)
	}
	var b bytes.Buffer
	if err := readLimited(manifest, MaxManifestBytes, &b); err != nil {
		return nil, fail(ManifestName, err)
	}
	if r.manifest, err = parseManifest(name, b.Bytes(), r.entries); err != nil {
		return nil, err
	}
	return r, nil
}

// parseManifest decodes a manifest and checks that it lists exactly the
// bundle's entries, each once, with safe paths, its size and a SHA-256, and
// that every file is a part of an exhibition of the size budget of its kind
// (kindOf): a layer file, a photo, or the one tile file it declares.
func parseManifest(name string, b []byte, entries map[string]*zip.File) (Manifest, error) {
	fail := func(entry string, err error) error { return &Error{Bundle: name, Entry: entry, Err: err} }
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, fail(ManifestName, fmt.Errorf("invalid manifest: %w", err))
	}
	if m.Format != Format || m.Version != 1 {
		return m, fail(ManifestName, fmt.Errorf("not a ningbomap bundle manifest (format %q, version %d)", m.Format, m.Version))
	}
	if m.Basemap != "" && kindOf(m.Basemap, m.Basemap) != kindBasemap {
		return m, fail(m.Basemap, fmt.Errorf("manifest: basemap: %w: want an .mbtiles or .pmtiles file at the top of the folder", ErrNotPart))
	}
	if len(m.Files) > MaxEntries {
		return m, fail(ManifestName, fmt.Errorf("%w: %d files, at most %d", ErrTooLarge, len(m.Files), MaxEntries))
	}
	listed := map[string]bool{}
	basemap := false
	for _, mf := range m.Files {
		e := entries[mf.Path]
		k := kindOf(mf.Path, m.Basemap)
		switch {
		case !safePath(mf.Path) || mf.Path == ManifestName:
			return m, fail(mf.Path, fmt.Errorf("manifest: %w", ErrUnsafePath))
		case listed[foldName(mf.Path)]:
			return m, fail(mf.Path, fmt.Errorf("manifest: %w", ErrDuplicate))
		case k == kindOther:
			return m, fail(mf.Path, ErrNotPart)
		case e == nil:
			return m, fail(mf.Path, fmt.Errorf("%w: listed in the manifest but not in the bundle", ErrMissing))
		case len(mf.SHA256) != 2*sha256.Size:
			return m, fail(mf.Path, fmt.Errorf("manifest: %w: %q is not a SHA-256", ErrChecksum, mf.SHA256))
		case mf.Size < 0 || uint64(mf.Size) != e.UncompressedSize64:
			return m, fail(mf.Path, fmt.Errorf("%w: the manifest says %d bytes, the bundle holds %d", ErrSize, mf.Size, e.UncompressedSize64))
		case mf.Size > k.maxBytes().Limit:
			return m, fail(mf.Path, fmt.Errorf("%w: %w", ErrTooLarge, &budget.Error{Budget: k.maxBytes(), Got: mf.Size}))
		}
		listed[foldName(mf.Path)] = true
		basemap = basemap || k == kindBasemap
	}
	if m.Basemap != "" && !basemap {
		return m, fail(m.Basemap, fmt.Errorf("%w: the manifest's basemap is not among its files", ErrMissing))
	}
	for p := range entries {
		if !listed[foldName(p)] {
			return m, fail(p, ErrUnlisted)
		}
	}
	return m, nil
}

// copy writes the content of the manifest's file mf to w, checking its size
// and checksum; on a mismatch w has received the bad content and the error
// says so.
func (r *reader) copy(mf File, w io.Writer) error {
	f := r.entries[mf.Path]
	h := sha256.New()
	cw := &counter{w: io.MultiWriter(w, h)}
	if err := readLimited(f, kindOf(mf.Path, r.manifest.Basemap).maxBytes().Limit, cw); err != nil {
		return &Error{Bundle: r.name, Entry: mf.Path, Err: err}
	}
	if cw.n != mf.Size {
		return &Error{Bundle: r.name, Entry: mf.Path, Err: fmt.Errorf("%w: %d bytes read, the manifest says %d", ErrSize, cw.n, mf.Size)}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != strings.ToLower(mf.SHA256) {
		return &Error{Bundle: r.name, Entry: mf.Path, Err: fmt.Errorf("%w: SHA-256 %s, manifest says %s", ErrChecksum, got, mf.SHA256)}
	}
	return nil
}

// counter counts the bytes written through it.
type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// readLimited copies an entry to w, refusing more bytes than the entry
// declares (a lying header) or than max.
func readLimited(f *zip.File, max int64, w io.Writer) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	limit := int64(min(f.UncompressedSize64, uint64(max)))
	n, err := io.Copy(w, io.LimitReader(rc, limit+1))
	if err != nil {
		return err
	}
	if n > limit {
		return fmt.Errorf("%w: more data than its declared %d bytes", ErrTooLarge, limit)
	}
	return nil
}
