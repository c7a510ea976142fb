package fleet

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"ningbomap/bundle"
)

// Bundle names a signed bundle: its file, what it carries and when it was
// published.
type Bundle struct {
	File      string    `json:"file"`      // base name in publish/
	Hash      string    `json:"hash"`      // ContentHash of its manifest
	Published time.Time `json:"published"` // the signed time of publishing, UTC
}

// RefusedError is a bundle a kiosk will not show: which file, and why (one of
// the Reason constants; Err has the details).
type RefusedError struct {
	File   string
	Reason string
	Err    error
}

// Error reads "bundle FILE refused (REASON): details".
func (e *RefusedError) Error() string {
	return fmt.Sprintf("bundle %s refused (%s): %v", e.File, e.Reason, e.Err)
}

// Unwrap returns the details.
func (e *RefusedError) Unwrap() error { return e.Err }

// Verify checks the signed bundle at path completely without installing it:
// the signature against key, then every file against the manifest, and that
// nothing lies outside it. A problem is a *RefusedError.
func Verify(path string, key PublicKey) (Bundle, error) {
	b, sig, manifest, err := readHead(path)
	if err != nil {
		return b, err
	}
	if err := checkSignature(path, sig, key, manifest); err != nil {
		return b, err
	}
	if err := bundle.Verify(path); err != nil {
		return b, refused(path, err)
	}
	return b, nil
}

// readHead reads what identifies a signed bundle without checking its
// files: the signature block and the manifest's bytes. An unsigned bundle
// returns its Bundle (with the hash) and ErrUnsigned.
func readHead(path string) (Bundle, signature, []byte, error) {
	b := Bundle{File: filepath.Base(path)}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return b, signature{}, nil, refused(path, fmt.Errorf("%w: %w", ErrBroken, err))
	}
	defer zr.Close()
	manifest, err := readManifest(&zr.Reader)
	if err != nil {
		return b, signature{}, nil, refused(path, err)
	}
	b.Hash = ContentHash(manifest)
	sig, err := parseSignature(zr.Comment)
	if err != nil {
		return b, sig, manifest, refused(path, err)
	}
	b.Published = sig.Published
	return b, sig, manifest, nil
}

// checkSignature checks sig over manifest against key.
func checkSignature(path string, sig signature, key PublicKey, manifest []byte) error {
	if err := sig.check(key, manifest); err != nil {
		return refused(path, err)
	}
	return nil
}

// readManifest returns the bytes of the bundle's manifest entry.
func readManifest(zr *zip.Reader) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != bundle.ManifestName {
			continue
		}
		if f.UncompressedSize64 > maxManifest {
			return nil, fmt.Errorf("%w: manifest of %d bytes, at most %d", ErrBroken, f.UncompressedSize64, maxManifest)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: manifest: %w", ErrBroken, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxManifest+1))
		if err != nil {
			return nil, fmt.Errorf("%w: manifest: %w", ErrBroken, err)
		}
		if len(b) > maxManifest {
			return nil, fmt.Errorf("%w: manifest larger than %d bytes", ErrBroken, maxManifest)
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: no %s", ErrBroken, bundle.ManifestName)
}

// refused wraps err as a *RefusedError for the bundle at path, with the
// reason it amounts to.
func refused(path string, err error) error {
	var re *RefusedError
	if errors.As(err, &re) {
		return err
	}
	return &RefusedError{File: filepath.Base(path), Reason: reasonOf(err), Err: err}
}

// reasonOf classifies a problem with a bundle.
func reasonOf(err error) string {
	switch {
	case errors.Is(err, ErrUnsigned):
		return ReasonUnsigned
	case errors.Is(err, ErrUnknownKey):
		return ReasonUnknownKey
	case errors.Is(err, ErrBadSignature):
		return ReasonBadSignature
	case errors.Is(err, bundle.ErrChecksum):
		return ReasonChecksum
	case errors.Is(err, bundle.ErrMissing), errors.Is(err, bundle.ErrUnlisted), errors.Is(err, bundle.ErrDuplicate):
		return ReasonContents
	case errors.Is(err, ErrBroken), isBundleError(err), errors.Is(err, os.ErrNotExist):
		return ReasonBroken
	}
	return ReasonInstall
}

// isBundleError reports whether err is a problem bundle found in the file
// itself (as opposed to the disk it was being installed on).
func isBundleError(err error) bool {
	var be *bundle.Error
	return errors.As(err, &be)
}
