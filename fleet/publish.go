package fleet

import (
	"archive/zip"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/bundle"
)

// Publish checks the exhibition in dataDir as `ningbomap bundle` does (a
// folder that fails the checks is not published), signs it with the private
// key in keyFile and writes it into fleetDir/publish/ as a new file named
// with the time and content hash, atomically: a kiosk sees it whole or not
// at all. It never replaces a file, and refuses a key file inside the fleet
// folder (it would be copied to every kiosk).
func Publish(dataDir, fleetDir, keyFile string) (Bundle, error) {
	return publish(dataDir, fleetDir, keyFile, time.Now())
}

func publish(dataDir, fleetDir, keyFile string, now time.Time) (Bundle, error) {
	// The bundle must not be written inside the exhibition it packs, nor over
	// the key: the check every command and saver makes.
	if err := atomicfile.CheckOutput(filepath.Join(fleetDir, PublishDir, bundlePrefix+".zip"), dataDir, keyFile); err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	if atomicfile.Inside(keyFile, fleetDir) {
		return Bundle{}, fmt.Errorf("publish: the private key %s lies inside the fleet folder %s, which is copied to every kiosk: keep it elsewhere", keyFile, fleetDir)
	}
	priv, err := LoadPrivateKey(keyFile)
	if err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	pubDir := filepath.Join(fleetDir, PublishDir)
	if err := os.MkdirAll(pubDir, 0o755); err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	// The unsigned bundle is made beside publish/, not in it: the sync tool
	// must never see it.
	tmpDir, err := os.MkdirTemp(fleetDir, ".publish-*")
	if err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	defer os.RemoveAll(tmpDir)
	unsigned := filepath.Join(tmpDir, "unsigned.zip")
	if err := bundle.Write(dataDir, unsigned); err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	return signInto(unsigned, pubDir, priv, now)
}

// signInto copies the bundle at unsigned into dir as a signed bundle named
// by its time and hash, and returns it.
func signInto(unsigned, dir string, priv ed25519.PrivateKey, now time.Time) (Bundle, error) {
	zr, err := zip.OpenReader(unsigned)
	if err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	defer zr.Close()
	manifest, err := readManifest(&zr.Reader)
	if err != nil {
		return Bundle{}, fmt.Errorf("publish: %w", err)
	}
	sig := sign(priv, manifest, now)
	b := Bundle{Hash: ContentHash(manifest), Published: sig.Published}
	b.File = bundleName(b.Published, b.Hash)
	out := filepath.Join(dir, b.File)
	if _, err := os.Lstat(out); !errors.Is(err, os.ErrNotExist) {
		return Bundle{}, fmt.Errorf("publish: %s exists already (the same exhibition published in the same second): not replacing it", out)
	}
	err = atomicfile.Write(out, 0o644, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, f := range zr.File {
			if err := zw.Copy(f); err != nil {
				return fmt.Errorf("publish: %w", err)
			}
		}
		if err := zw.SetComment(sig.comment()); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		return zw.Close()
	})
	if err != nil {
		return Bundle{}, err
	}
	return b, nil
}
