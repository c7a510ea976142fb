package bundle

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/budget"
	"ningbomap/data"
	"ningbomap/tiles"
)

// Write packs the data folder dataDir into the bundle outZip, written
// through atomicfile: every *.geojson layer file directly in the folder, the
// photos its places use, its basemap tile file if it has one (tiles.Find),
// and the manifest. The folder must pass `ningbomap check` (a bundle is
// installed on machines nobody watches: its layers, photos and tile file
// are checked with the budgets of loading) and hold no links. outZip must
// not be one of those files nor lie inside the folder
// (atomicfile.CheckOutput).
func Write(dataDir, outZip string) error {
	inputs, _ := filepath.Glob(filepath.Join(dataDir, "*"))
	if err := atomicfile.CheckOutput(outZip, append([]string{dataDir}, inputs...)...); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	ds, err := data.LoadPaths(dataDir)
	if err != nil {
		return fmt.Errorf("bundle: %s does not pass the checks:\n%w", dataDir, err)
	}
	files, err := contents(dataDir, ds)
	if err != nil {
		return err
	}
	basemap, err := tiles.Find(dataDir)
	if err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	m := Manifest{Format: Format, Version: 1}
	if basemap != "" {
		if _, err := tiles.Verify(basemap); err != nil {
			return fmt.Errorf("bundle: %s cannot be drawn: %w", basemap, err)
		}
		m.Basemap = filepath.Base(basemap)
		files = append(files, m.Basemap)
	}
	return atomicfile.Write(outZip, 0o644, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, name := range files {
			f, err := addFile(zw, dataDir, name)
			if err != nil {
				return err
			}
			m.Files = append(m.Files, f)
		}
		mw, err := zw.CreateHeader(&zip.FileHeader{Name: ManifestName, Method: zip.Deflate, Modified: time.Now()})
		if err != nil {
			return fmt.Errorf("bundle: %w", err)
		}
		enc := json.NewEncoder(mw)
		enc.SetIndent("", " ")
		if err := enc.Encode(m); err != nil {
			return fmt.Errorf("bundle: manifest: %w", err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("bundle: %w", err)
		}
		return nil
	})
}

// contents lists the files of dataDir that go into a bundle, as '/' paths
// relative to it: the layer files and the photos of the places of ds (the
// folder loaded).
func contents(dataDir string, ds *data.Dataset) ([]string, error) {
	layers, err := filepath.Glob(filepath.Join(dataDir, "*.geojson"))
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	set := map[string]bool{}
	for _, l := range layers {
		set[filepath.Base(l)] = true
	}
	sites := append([]*data.Site{ds.Overview}, ds.Sites...)
	abs, _ := filepath.Abs(dataDir)
	for _, s := range sites {
		if s == nil {
			continue
		}
		for _, p := range s.Photos {
			full, _ := filepath.Abs(s.PhotoPath(p))
			rel, err := filepath.Rel(abs, full)
			if err != nil || !safePath(filepath.ToSlash(rel)) {
				continue // a layer outside the folder: not part of it
			}
			set[filepath.ToSlash(rel)] = true
		}
	}
	out := make([]string, 0, len(set))
	for name := range set {
		out = append(out, name)
	}
	sort.Strings(out)
	return out, nil
}

// addFile stores one file in the zip and returns its manifest entry.
func addFile(zw *zip.Writer, dataDir, name string) (File, error) {
	full := filepath.Join(dataDir, filepath.FromSlash(name))
	info, err := os.Lstat(full)
	if err != nil {
		return File{}, fmt.Errorf("bundle: %w", err)
	}
	if !info.Mode().IsRegular() {
		return File{}, fmt.Errorf("bundle: %s: not a regular file (%w)", full, ErrLink)
	}
	if b := kindOf(name, filepath.Base(name)).maxBytes(); info.Size() > b.Limit {
		return File{}, fmt.Errorf("bundle: %w: %w", ErrTooLarge, &budget.Error{File: full, Budget: b, Got: info.Size()})
	}
	in, err := os.Open(full)
	if err != nil {
		return File{}, fmt.Errorf("bundle: %w", err)
	}
	defer in.Close()
	hdr := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: info.ModTime()}
	if isImage(name) {
		hdr.Method = zip.Store // already compressed
	}
	hdr.SetMode(0o644)
	w, err := zw.CreateHeader(hdr)
	if err != nil {
		return File{}, fmt.Errorf("bundle: %w", err)
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(w, h), in)
	if err != nil {
		return File{}, fmt.Errorf("bundle: %s: %w", full, err)
	}
	return File{Path: name, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}
