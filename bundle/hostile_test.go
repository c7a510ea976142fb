//go:build unix

package bundle

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"ningbomap/atomicfile"
	"ningbomap/internal/fixture"
	"ningbomap/internal/hostile"
	"ningbomap/tiles"
)

// fixtureTiles copies the tiles package's MBTiles fixture to path.
func fixtureTiles(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile("../tiles/testdata/ningbo.mbtiles")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBasemapTravels(t *testing.T) {
	src := exhibition(t)
	fixtureTiles(t, filepath.Join(src, "ningbo.mbtiles"))
	zipPath := filepath.Join(t.TempDir(), "show.zip")
	if err := Write(src, zipPath); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "exhibition")
	if err := Install(zipPath, dest); err != nil {
		t.Fatal(err)
	}
	if p, _ := tiles.Find(dest); filepath.Base(p) != "ningbo.mbtiles" {
		t.Errorf("the basemap did not travel: %q", p)
	}
}

// badBundle is a bundle made from a good exhibition by change, which edits
// the entries and the manifest before they are zipped.
func badBundle(t *testing.T, change func(es []entry, m *Manifest) ([]entry, *Manifest)) []byte {
	t.Helper()
	src := exhibition(t)
	var es []entry
	for _, n := range []string{"overview.geojson", "governance.geojson", "pioneers.geojson", "revitalisation.geojson", "service.geojson"} {
		b, err := os.ReadFile(filepath.Join(src, n))
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, entry{name: n, body: b})
	}
	photos, _ := filepath.Glob(filepath.Join(src, "photos", "*"))
	for _, p := range photos {
		b, _ := os.ReadFile(p)
		es = append(es, entry{name: "photos/" + filepath.Base(p), body: b})
	}
	m := manifestOf(es)
	es, mp := change(es, &m)
	return makeZip(t, es, mp)
}

// TestHostileBundles: well-formed bundles that carry what an exhibition is
// not, or lie: each is refused naming the bundle and the entry, and the
// current content stays.
func TestHostileBundles(t *testing.T) {
	tileBomb := func() []byte {
		p := filepath.Join(t.TempDir(), "b.mbtiles")
		meta := hostile.RasterMeta()
		meta["minzoom"], meta["maxzoom"] = "0", "0"
		if err := fixture.WriteMBTilesFast(p, meta, []fixture.Tile{{Data: hostile.PNGHeader(20000, 20000, 8, 6, false)}}); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		return b
	}
	add := func(e entry, basemap string) func(es []entry, m *Manifest) ([]entry, *Manifest) {
		return func(es []entry, m *Manifest) ([]entry, *Manifest) {
			es = append(es, e)
			mm := manifestOf(es)
			mm.Basemap = basemap
			return es, &mm
		}
	}
	tests := []struct {
		name  string
		zip   func() []byte
		entry string
		is    error
		says  string
	}{
		{"a file no place names", func() []byte {
			return badBundle(t, add(entry{name: "run.sh", body: []byte("#!/bin/sh\n")}, ""))
		}, "run.sh", ErrNotPart, "a photo no place names"},
		{"an undeclared tile file", func() []byte {
			return badBundle(t, add(entry{name: "extra.mbtiles", body: []byte("x")}, ""))
		}, "extra.mbtiles", ErrNotPart, ""},
		{"a basemap in a sub-folder", func() []byte {
			return badBundle(t, add(entry{name: "tiles/b.mbtiles", body: []byte("x")}, "tiles/b.mbtiles"))
		}, "tiles/b.mbtiles", ErrNotPart, ""},
		{"a tile bomb as basemap", func() []byte {
			return badBundle(t, add(entry{name: "b.mbtiles", body: tileBomb()}, "b.mbtiles"))
		}, "b.mbtiles", nil, "tile side budget"},
		{"NFC and NFD twins", func() []byte {
			nfc := norm.NFC.String("photos/café.png")
			nfd := norm.NFD.String("photos/café.png")
			return badBundle(t, func(es []entry, m *Manifest) ([]entry, *Manifest) {
				es = append(es, entry{name: nfc, body: []byte("a")}, entry{name: nfd, body: []byte("b")})
				mm := manifestOf(es)
				return es, &mm
			})
		}, norm.NFD.String("photos/café.png"), ErrDuplicate, "NFC"},
		{"a size that lies", func() []byte {
			return badBundle(t, func(es []entry, m *Manifest) ([]entry, *Manifest) {
				m.Files[0].Size++
				return es, m
			})
		}, "overview.geojson", ErrSize, "the manifest says"},
		{"a photo bomb a place names", func() []byte {
			return badBundle(t, func(es []entry, m *Manifest) ([]entry, *Manifest) {
				for i := range es {
					if strings.HasPrefix(es[i].name, "photos/") {
						es[i].body = hostile.PNGHeader(10000, 10000, 16, 6, true)
					}
				}
				mm := manifestOf(es)
				return es, &mm
			})
		}, "", nil, "photo decoding memory budget"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			zipPath := filepath.Join(dir, "bad.zip")
			os.WriteFile(zipPath, tc.zip(), 0o644)
			dest := filepath.Join(dir, "exhibition")
			os.Mkdir(dest, 0o755)
			os.WriteFile(filepath.Join(dest, "keep.geojson"), []byte("old"), 0o644)
			err := Install(zipPath, dest)
			var be *Error
			if !errors.As(err, &be) || be.Bundle != zipPath || be.Entry != tc.entry {
				t.Fatalf("Install: %v; want a *bundle.Error naming %s and entry %q", err, zipPath, tc.entry)
			}
			if tc.is != nil && !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("Install: %v; want %v, %q", err, tc.is, tc.says)
			}
			if got := tree(t, dest); len(got) != 1 || got["keep.geojson"] != "old" {
				t.Errorf("the current content changed: %v", got)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".exhibition.*")); len(left) > 0 {
				t.Errorf("left %v behind", left)
			}
		})
	}
}

// TestInstallNeverTouchesTheBundle installs a bundle lying inside the
// exhibition folder and inside its previous content: both are refused and
// the bundle stays where it is, byte for byte.
func TestInstallNeverTouchesTheBundle(t *testing.T) {
	src := exhibition(t)
	good := filepath.Join(t.TempDir(), "show.zip")
	if err := Write(src, good); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(good)
	kiosk := t.TempDir()
	dest := filepath.Join(kiosk, "exhibition")
	if err := Install(good, dest); err != nil {
		t.Fatal(err)
	}
	if err := Install(good, dest); err != nil { // now there is a previous one
		t.Fatal(err)
	}
	for _, where := range []string{dest, dest + ".previous", filepath.Join(dest, "photos")} {
		zipPath := filepath.Join(where, "show.zip")
		os.WriteFile(zipPath, want, 0o600)
		before := tree(t, kiosk)
		err := Install(zipPath, dest)
		if !errors.Is(err, ErrInside) {
			t.Errorf("Install from %s: %v, want ErrInside", where, err)
		}
		if got, err := os.ReadFile(zipPath); err != nil || !bytes.Equal(got, want) {
			t.Errorf("the bundle in %s was touched: %v", where, err)
		}
		if after := tree(t, kiosk); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("installing from %s changed the folders", where)
		}
		os.Remove(zipPath)
	}
	// Through a link to it, too.
	link := filepath.Join(t.TempDir(), "link.zip")
	inside := filepath.Join(dest, "show.zip")
	os.WriteFile(inside, want, 0o644)
	if os.Symlink(inside, link) == nil {
		if err := Install(link, dest); !errors.Is(err, ErrInside) {
			t.Errorf("Install through a link: %v", err)
		}
	}
}

// TestFailedSwapKeepsBoth makes each rename of the swap fail in turn: the
// current and the previous content stay exactly as they were.
func TestFailedSwapKeepsBoth(t *testing.T) {
	src := exhibition(t)
	zipPath := filepath.Join(t.TempDir(), "show.zip")
	if err := Write(src, zipPath); err != nil {
		t.Fatal(err)
	}
	for fail := 1; fail <= 3; fail++ {
		t.Run(fmt.Sprint("rename ", fail), func(t *testing.T) {
			kiosk := t.TempDir()
			dest := filepath.Join(kiosk, "exhibition")
			os.MkdirAll(dest, 0o755)
			os.WriteFile(filepath.Join(dest, "current.geojson"), []byte("current"), 0o644)
			os.MkdirAll(dest+".previous", 0o755)
			os.WriteFile(filepath.Join(dest+".previous", "older.geojson"), []byte("older"), 0o644)
			before := fmt.Sprint(tree(t, kiosk))
			n := 0
			rename = func(a, b string) error {
				if n++; n == fail {
					return errors.New("disk unplugged")
				}
				return os.Rename(a, b)
			}
			defer func() { rename = os.Rename }()
			if err := Install(zipPath, dest); err == nil || !strings.Contains(err.Error(), "disk unplugged") {
				t.Fatalf("Install: %v", err)
			}
			if after := fmt.Sprint(tree(t, kiosk)); after != before {
				t.Errorf("after a failed install:\n%s\nbefore:\n%s", after, before)
			}
			if ents, _ := os.ReadDir(kiosk); len(ents) != 2 {
				t.Errorf("left behind: %v", ents)
			}
		})
	}
}

func TestBundleNotRegular(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.zip")
	hostile.Mkfifo(t, fifo)
	var err error
	hostile.Within(t, 5*time.Second, "Install on a named pipe", func() { err = Install(fifo, filepath.Join(t.TempDir(), "exhibition")) })
	if err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Install: %v", err)
	}
}

// FuzzManifest feeds bytes as the manifest of a bundle holding two files:
// nothing may panic, and a manifest accepted lists exactly those files,
// each a part of an exhibition, with their sizes.
func FuzzManifest(f *testing.F) {
	es := []entry{{name: "a.geojson", body: []byte("{}")}, {name: "photos/p.jpg", body: []byte("jpg")}}
	m := manifestOf(es)
	z := makeZip(f, es, &m)
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		f.Fatal(err)
	}
	entries := map[string]*zip.File{}
	for _, e := range zr.File {
		if e.Name != ManifestName {
			entries[e.Name] = e
		}
	}
	good, _ := jsonOf(m)
	f.Add(good)
	f.Add([]byte(`{"format":"ningbomap-bundle","version":1,"basemap":"x.mbtiles","files":[]}`))
	f.Add([]byte(`{"format":"ningbomap-bundle","version":1,"files":[{"path":"a.geojson","size":-1,"sha256":""}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := parseManifest("fuzz.zip", b, entries)
		if err != nil {
			var be *Error
			if !errors.As(err, &be) || be.Bundle != "fuzz.zip" {
				t.Fatalf("error %v does not name the bundle", err)
			}
			return
		}
		if len(got.Files) != len(entries) {
			t.Fatalf("accepted %d files for %d entries", len(got.Files), len(entries))
		}
		for _, mf := range got.Files {
			e := entries[mf.Path]
			if e == nil || uint64(mf.Size) != e.UncompressedSize64 || kindOf(mf.Path, got.Basemap) == kindOther {
				t.Fatalf("accepted %+v", mf)
			}
		}
	})
}

// jsonOf is m as the writer encodes it.
func jsonOf(m Manifest) ([]byte, error) { return json.Marshal(m) }

func TestWriteNeverOverAnInput(t *testing.T) {
	src := exhibition(t)
	layer := filepath.Join(src, "service.geojson")
	before, _ := os.ReadFile(layer)
	for out, is := range map[string]error{
		layer:                                 atomicfile.ErrSameFile,
		filepath.Join(src, "show.zip"):        atomicfile.ErrInsideInput,
		filepath.Join(src, "photos", "x.zip"): atomicfile.ErrInsideInput,
	} {
		if err := Write(src, out); !errors.Is(err, is) {
			t.Errorf("Write(%s) = %v, want %v", out, err, is)
		}
	}
	if after, _ := os.ReadFile(layer); !bytes.Equal(after, before) {
		t.Error("the layer changed")
	}
	if _, err := os.Stat(filepath.Join(src, "show.zip")); err == nil {
		t.Error("a bundle was written into the folder")
	}
}
