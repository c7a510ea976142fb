//go:build unix

package hostile_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"ningbomap/internal/fixture"
)

// workspace is a data folder with a photo and a tile file, and files given
// to commands from elsewhere: a layer, a basemap, a file to import.
type workspace struct {
	dir, data                            string
	layer, photo, tiles                  string // in the data folder
	extraLayer, extraBasemap, importFile string // elsewhere
}

func newWorkspace(t *testing.T) workspace {
	dir := t.TempDir()
	w := workspace{dir: dir, data: dataFolder(t, dir, "photos/p.jpg")}
	w.layer = filepath.Join(w.data, "service.geojson")
	w.photo = filepath.Join(w.data, "photos", "p.jpg")
	var b bytes.Buffer
	must(t, jpeg.Encode(&b, image.NewRGBA(image.Rect(0, 0, 40, 30)), nil))
	must(t, os.WriteFile(w.photo, b.Bytes(), 0o640))
	w.tiles = filepath.Join(w.data, "ningbo.mbtiles")
	must(t, fixture.WriteMBTilesFast(w.tiles, z0(), []fixture.Tile{{Data: goodTile(t)}}))
	w.extraLayer = filepath.Join(dir, "extra.geojson")
	must(t, os.WriteFile(w.extraLayer, []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[121.5,29.8]},"properties":{"name":"a"}}]}`), 0o600))
	w.extraBasemap = filepath.Join(dir, "extra.mbtiles")
	must(t, fixture.WriteMBTilesFast(w.extraBasemap, z0(), []fixture.Tile{{Data: goodTile(t)}}))
	w.importFile = filepath.Join(dir, "places.kml")
	must(t, os.WriteFile(w.importFile, []byte(`<kml><Placemark><name>a</name><Point><coordinates>121.5,29.8</coordinates></Point></Placemark></kml>`), 0o644))
	return w
}

// snapshot is a file's bytes and mode, or a folder's listing.
type snapshot struct {
	mode os.FileMode
	body string
}

func snap(t *testing.T, p string) snapshot {
	info, err := os.Lstat(p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	if info.IsDir() {
		var names []string
		filepath.WalkDir(p, func(q string, d os.DirEntry, err error) error {
			names = append(names, q)
			return nil
		})
		return snapshot{info.Mode(), strings.Join(names, "\n")}
	}
	b, err := os.ReadFile(p)
	if err != nil && info.Mode()&os.ModeSymlink == 0 {
		t.Fatal(err)
	}
	return snapshot{info.Mode(), string(b)}
}

// TestNeverDestroy gives each command each of its inputs as --out, and a
// link to each, and a new file inside the data folder: every one is
// refused with exit status 2, and nothing read changes (bytes, mode, the
// link itself).
func TestNeverDestroy(t *testing.T) {
	w := newWorkspace(t)
	commands := []struct {
		name   string
		args   []string
		inputs []string
	}{
		{"render", []string{"render", "--data", w.data, "--layer", w.extraLayer, "--basemap", w.extraBasemap},
			[]string{w.layer, w.photo, w.tiles, w.extraLayer, w.extraBasemap, w.data}},
		{"render (basemap of the folder)", []string{"render", "--data", w.data}, []string{w.tiles}},
		{"export", []string{"export", "--format", "geojson", "--data", w.data, "--from", w.importFile},
			[]string{w.layer, w.photo, w.tiles, w.importFile, w.data}},
		{"export kml", []string{"export", "--format", "kml", "--data", w.data}, []string{w.layer, w.photo, w.tiles}},
		{"bundle", []string{"bundle", "--data", w.data}, []string{w.layer, w.photo, w.tiles, w.data}},
	}
	everything := []string{w.layer, w.photo, w.tiles, w.extraLayer, w.extraBasemap, w.importFile, w.data}
	before := map[string]snapshot{}
	for _, p := range everything {
		before[p] = snap(t, p)
	}
	links := filepath.Join(w.dir, "links")
	must(t, os.Mkdir(links, 0o755))
	for _, c := range commands {
		outs := map[string]string{}
		for _, in := range c.inputs {
			outs[in] = "the input " + filepath.Base(in)
			link := filepath.Join(links, c.name[:3]+"-"+filepath.Base(in)+".out")
			os.Remove(link)
			must(t, os.Symlink(in, link))
			outs[link] = "a link to " + filepath.Base(in)
		}
		outs[filepath.Join(w.data, "new.out")] = "a new file in the data folder"
		outs[filepath.Join(w.data, "photos", "new.out")] = "a new file in a folder of the data folder"
		dev, what := deviceOut(t, w.dir)
		outs[dev] = what
		for out, what := range outs {
			t.Run(c.name+": "+what, func(t *testing.T) {
				var linkBefore snapshot
				if strings.HasPrefix(what, "a link") {
					linkBefore = snap(t, out)
				}
				r := run(t, w.dir, append(c.args, "--out", out)...)
				checkEnded(t, r, limit(t))
				if r.code != 2 {
					t.Errorf("exit status %d, want 2: %v", r.code, r)
				}
				for _, p := range everything {
					if got := snap(t, p); got != before[p] {
						t.Fatalf("%s changed (mode %v → %v)", p, before[p].mode, got.mode)
					}
				}
				if strings.HasPrefix(what, "a link") && snap(t, out) != linkBefore {
					t.Errorf("the link %s was replaced", out)
				}
				if strings.HasPrefix(what, "a new file") {
					if _, err := os.Lstat(out); err == nil {
						t.Errorf("%s was written", out)
					}
				}
			})
		}
	}
}

// TestOutputKeepsMode writes over an output that is no input: it is
// replaced, keeping its permissions.
func TestOutputKeepsMode(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "secret.png")
	must(t, os.WriteFile(out, []byte("old"), 0o600))
	r := run(t, dir, "render", "--out", out)
	checkEnded(t, r, limit(t))
	info, err := os.Stat(out)
	if r.code != 0 || err != nil || info.Mode().Perm() != 0o600 || info.Size() < 1000 {
		t.Errorf("%v: mode %v", r, info.Mode())
	}
}

// deviceOut is a character device to give as --out. A program running as
// root that wrongly renamed its output over /dev/null would replace the
// machine's /dev/null with a regular file, so as root the device is a null
// device made in the test's own folder (or, where making devices is not
// allowed, a named pipe, also not a regular file); otherwise it is /dev/null,
// which nobody else can replace.
func deviceOut(t *testing.T, dir string) (path, what string) {
	if os.Geteuid() != 0 {
		return "/dev/null", "a device"
	}
	path = filepath.Join(dir, "null")
	if _, err := os.Lstat(path); err == nil {
		return path, "a device"
	}
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		return path, "a device"
	}
	path = filepath.Join(dir, "pipe")
	if _, err := os.Lstat(path); err == nil {
		return path, "a named pipe"
	}
	must(t, syscall.Mkfifo(path, 0o600))
	return path, "a named pipe"
}
