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
)

// reader is a bundle whose structure has been checked: safe, unique names,
// regular files within the caps, and a manifest that lists exactly its
// files. Contents are checked against the manifest as they are read.
type reader struct {
	name     string
	manifest Manifest
	entries  map[string]*zip.File // by path, manifest excluded
}

// Verify checks the bundle at name completely, checksums included, without
// extracting it.
func Verify(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return &Error{Bundle: name, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return &Error{Bundle: name, Err: err}
	}
	r, err := open(name, f, info.Size())
	if err != nil {
		return err
	}
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
		switch {
		case !safePath(f.Name):
			return nil, fail(f.Name, fmt.Errorf("%w: want a relative path inside the folder", ErrUnsafePath))
		case f.Mode()&os.ModeSymlink != 0:
			return nil, fail(f.Name, ErrLink)
		case !f.Mode().IsRegular():
			return nil, fail(f.Name, fmt.Errorf("%w: not a regular file (%v)", ErrLink, f.Mode()))
		case seen[strings.ToLower(f.Name)]:
			return nil, fail(f.Name, ErrDuplicate)
		case f.UncompressedSize64 > MaxEntryBytes:
			return nil, fail(f.Name, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, f.UncompressedSize64, MaxEntryBytes))
		case f.UncompressedSize64 > RatioFloor && f.UncompressedSize64 > MaxRatio*f.CompressedSize64:
			return nil, fail(f.Name, fmt.Errorf("%w: compressed %d to 1, at most %d to 1 (a zip bomb?)",
				ErrTooLarge, f.UncompressedSize64/max(f.CompressedSize64, 1), MaxRatio))
		}
		seen[strings.ToLower(f.Name)] = true
		total += f.UncompressedSize64
		if total > MaxTotalBytes {
			return nil, fail(f.Name, fmt.Errorf("%w: more than %d bytes in all", ErrTooLarge, uint64(MaxTotalBytes)))
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
	if err := r.readManifest(manifest); err != nil {
		return nil, err
	}
	return r, nil
}

// readManifest decodes the manifest and checks that it lists exactly the
// bundle's files, each once, with safe paths.
func (r *reader) readManifest(f *zip.File) error {
	fail := func(entry string, err error) error { return &Error{Bundle: r.name, Entry: entry, Err: err} }
	var b bytes.Buffer
	if err := readLimited(f, &b); err != nil {
		return fail(ManifestName, err)
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r.manifest); err != nil {
		return fail(ManifestName, fmt.Errorf("invalid manifest: %w", err))
	}
	if r.manifest.Format != Format || r.manifest.Version != 1 {
		return fail(ManifestName, fmt.Errorf("not a ningbomap bundle manifest (format %q, version %d)", r.manifest.Format, r.manifest.Version))
	}
	listed := map[string]bool{}
	for _, mf := range r.manifest.Files {
		switch {
		case !safePath(mf.Path) || mf.Path == ManifestName:
			return fail(mf.Path, fmt.Errorf("manifest: %w", ErrUnsafePath))
		case listed[mf.Path]:
			return fail(mf.Path, fmt.Errorf("manifest: %w", ErrDuplicate))
		case r.entries[mf.Path] == nil:
			return fail(mf.Path, fmt.Errorf("%w: listed in the manifest but not in the bundle", ErrMissing))
		case len(mf.SHA256) != 2*sha256.Size:
			return fail(mf.Path, fmt.Errorf("manifest: %w: %q is not a SHA-256", ErrChecksum, mf.SHA256))
		}
		listed[mf.Path] = true
	}
	for name := range r.entries {
		if !listed[name] {
			return fail(name, ErrUnlisted)
		}
	}
	return nil
}

// copy writes the content of the manifest's file mf to w, checking its size
// and checksum; on a mismatch w has received the bad content and the error
// says so.
func (r *reader) copy(mf File, w io.Writer) error {
	f := r.entries[mf.Path]
	h := sha256.New()
	if err := readLimited(f, io.MultiWriter(w, h)); err != nil {
		return &Error{Bundle: r.name, Entry: mf.Path, Err: err}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != strings.ToLower(mf.SHA256) {
		return &Error{Bundle: r.name, Entry: mf.Path, Err: fmt.Errorf("%w: SHA-256 %s, manifest says %s", ErrChecksum, got, mf.SHA256)}
	}
	return nil
}

// readLimited copies an entry to w, refusing more bytes than the entry
// declares (a lying header) or than MaxEntryBytes.
func readLimited(f *zip.File, w io.Writer) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	limit := int64(min(f.UncompressedSize64, MaxEntryBytes))
	n, err := io.Copy(w, io.LimitReader(rc, limit+1))
	if err != nil {
		return err
	}
	if n > limit {
		return fmt.Errorf("%w: more data than its declared %d bytes", ErrTooLarge, limit)
	}
	return nil
}
