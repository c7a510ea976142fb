//go:build unix

package hostile_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/internal/fixture"
	"ningbomap/internal/hostile"
)

// hostileCase is one hostile input: setup writes it into dir and returns the
// command line; the command must end in time, under the memory limit,
// without a panic, with one of the exit statuses codes and a message
// holding every string of says (the file and the budget or the problem).
type hostileCase struct {
	name  string
	setup func(t *testing.T, dir string) []string
	codes []int
	says  []string
}

// goodTile is a 256×256 PNG tile.
func goodTile(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewNRGBA(image.Rect(0, 0, 256, 256))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// z0 is MBTiles metadata for one tile at zoom 0.
func z0() map[string]string {
	m := hostile.RasterMeta()
	m["minzoom"], m["maxzoom"] = "0", "0"
	return m
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// dataFolder writes the embedded layers into dir/data, listing photo on the
// first place when not "", and returns the folder.
func dataFolder(t *testing.T, dir, photo string) string {
	d := filepath.Join(dir, "data")
	var photos []string
	if photo != "" {
		photos = append(photos, photo)
		must(t, os.MkdirAll(filepath.Join(d, filepath.Dir(photo)), 0o755))
	}
	_, err := hostile.DataFolder(d, photos...)
	must(t, err)
	return d
}

var hostileCases = []hostileCase{
	{"tile of 20000×20000 pixels in a 10 MB MBTiles", func(t *testing.T, dir string) []string {
		var b bytes.Buffer
		must(t, hostile.PNG(&b, 20000, 20000, 8, 6, false))
		must(t, fixture.WriteMBTilesFast(filepath.Join(dir, "bomb.mbtiles"), z0(), []fixture.Tile{{Data: b.Bytes()}}))
		return []string{"render", "--basemap", "bomb.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"bomb.mbtiles", "tile side budget"}},
	{"PMTiles directory of 67 million entries", func(t *testing.T, dir string) []string {
		must(t, hostile.PMTilesDirBomb(filepath.Join(dir, "dir.pmtiles"), 67_000_000))
		return []string{"render", "--basemap", "dir.pmtiles", "--out", "out.png"}
	}, []int{1}, []string{"dir.pmtiles", "tile directory entries budget"}},
	{"stored tile of 20 MB", func(t *testing.T, dir string) []string {
		must(t, fixture.WriteMBTilesFast(filepath.Join(dir, "big.mbtiles"), z0(), []fixture.Tile{{Data: make([]byte, 20<<20)}}))
		return []string{"render", "--basemap", "big.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"big.mbtiles", "tile size budget"}},
	{"every tile corrupt", func(t *testing.T, dir string) []string {
		must(t, fixture.WriteMBTilesFast(filepath.Join(dir, "broken.mbtiles"), z0(), []fixture.Tile{{Data: []byte("\x89PNG\r\n\x1a\nnot really")}}))
		return []string{"render", "--basemap", "broken.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"broken.mbtiles", "corrupt tile"}},
	{"MBTiles whose tiles are an endless view", func(t *testing.T, dir string) []string {
		must(t, hostile.EndlessViewMBTiles(filepath.Join(dir, "endless.mbtiles")))
		return []string{"render", "--basemap", "endless.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"endless.mbtiles", "query time budget"}},
	{"MBTiles whose metadata is an endless view", func(t *testing.T, dir string) []string {
		must(t, hostile.EndlessMetadataMBTiles(filepath.Join(dir, "meta.mbtiles")))
		return []string{"render", "--basemap", "meta.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"meta.mbtiles", "metadata rows budget"}},
	{"attribution of 1 MB", func(t *testing.T, dir string) []string {
		m := z0()
		m["attribution"] = strings.Repeat("© someone ", 100_000)
		must(t, fixture.WriteMBTilesFast(filepath.Join(dir, "credit.mbtiles"), m, []fixture.Tile{{Data: goodTile(t)}}))
		return []string{"render", "--basemap", "credit.mbtiles", "--out", "out.png"}
	}, []int{0}, []string{"credit.mbtiles", "attribution length budget"}},
	{"layer whose name is 1 MB", func(t *testing.T, dir string) []string {
		name := strings.Repeat("a", 1<<20)
		must(t, os.WriteFile(filepath.Join(dir, "name.geojson"), []byte(`{"type":"FeatureCollection","name":"`+name+
			`","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[121.55,29.87]},"properties":{"name":"`+name+`"}}]}`), 0o644))
		return []string{"render", "--layer", "name.geojson", "--out", "out.png"}
	}, []int{0}, []string{"name.geojson", "name length budget"}},
	{"CSV of 5 million points", func(t *testing.T, dir string) []string {
		must(t, hostile.CSVPoints(filepath.Join(dir, "points.csv"), 5_000_000))
		return []string{"render", "--layer", "points.csv", "--out", "out.png"}
	}, []int{0}, []string{"points.csv", "features budget"}},
	{"16-bit interlaced photo, checked", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.png")
		must(t, hostile.PNGFile(filepath.Join(d, "photos", "p.png"), 10000, 10000, 16, 6, true))
		return []string{"check", "data"}
	}, []int{1}, []string{"p.png", "photo decoding memory budget"}},
	{"16-bit interlaced photo, drawn", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.png")
		must(t, hostile.PNGFile(filepath.Join(d, "photos", "p.png"), 10000, 10000, 16, 6, true))
		return []string{"render", "--data", "data", "--site", "kuangyan", "--out", "out.png"}
	}, []int{0}, []string{"p.png", "photo decoding memory budget"}},
	{"progressive JPEG photo, drawn", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.jpg")
		must(t, hostile.ProgressiveJPEGFile(filepath.Join(d, "photos", "p.jpg"), 10000, 10000))
		return []string{"render", "--data", "data", "--site", "kuangyan", "--out", "out.png"}
	}, []int{0}, []string{"p.jpg", "photo decoding memory budget"}},
	{"photo that is not an image", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.jpg")
		must(t, os.WriteFile(filepath.Join(d, "photos", "p.jpg"), []byte("not an image"), 0o644))
		return []string{"check", "data"}
	}, []int{1}, []string{"p.jpg", "not a readable JPEG, PNG or WebP image"}},
	{"usage file of 10 MB of garbage lines", func(t *testing.T, dir string) []string {
		must(t, os.Mkdir(filepath.Join(dir, "usage"), 0o755))
		must(t, hostile.UsageGarbage(filepath.Join(dir, "usage", "usage-2025-01-01.csv"), 10<<20))
		return []string{"stats", "--dir", "usage"}
	}, []int{0}, []string{"usage-2025-01-01.csv", "more bad lines skipped"}},
	{"layer that is a named pipe", func(t *testing.T, dir string) []string {
		hostile.Mkfifo(t, filepath.Join(dir, "pipe.geojson"))
		return []string{"render", "--layer", "pipe.geojson", "--out", "out.png"}
	}, []int{0}, []string{"pipe.geojson", "named pipe"}},
	{"named pipe checked", func(t *testing.T, dir string) []string {
		hostile.Mkfifo(t, filepath.Join(dir, "pipe.geojson"))
		return []string{"check", "pipe.geojson"}
	}, []int{1}, []string{"pipe.geojson", "named pipe"}},
	{"named pipe in the data folder", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "")
		hostile.Mkfifo(t, filepath.Join(d, "x.geojson"))
		return []string{"check", "data"}
	}, []int{1}, []string{"x.geojson", "named pipe"}},
	{"named pipe in the data folder, drawn", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "")
		hostile.Mkfifo(t, filepath.Join(d, "x.geojson"))
		return []string{"render", "--data", "data", "--out", "out.png"}
	}, []int{0}, []string{"x.geojson", "named pipe"}},
	{"photo that is a named pipe", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.jpg")
		hostile.Mkfifo(t, filepath.Join(d, "photos", "p.jpg"))
		return []string{"render", "--data", "data", "--site", "kuangyan", "--out", "out.png"}
	}, []int{0}, []string{"p.jpg", "not a regular file"}},
	{"basemap that is a named pipe", func(t *testing.T, dir string) []string {
		hostile.Mkfifo(t, filepath.Join(dir, "pipe.mbtiles"))
		return []string{"render", "--basemap", "pipe.mbtiles", "--out", "out.png"}
	}, []int{1}, []string{"pipe.mbtiles", "named pipe"}},
	{"import that is a named pipe", func(t *testing.T, dir string) []string {
		hostile.Mkfifo(t, filepath.Join(dir, "pipe.kml"))
		return []string{"export", "--format", "geojson", "--from", "pipe.kml", "--out", "out.geojson"}
	}, []int{1}, []string{"pipe.kml", "named pipe"}},
	{"configuration that is a named pipe", func(t *testing.T, dir string) []string {
		hostile.Mkfifo(t, filepath.Join(dir, "kiosk.toml"))
		return []string{"--config", "kiosk.toml"}
	}, []int{2}, []string{"kiosk.toml", "named pipe"}},
	{"layer that is a link to /dev/zero", func(t *testing.T, dir string) []string {
		must(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.geojson")))
		return []string{"render", "--layer", "zero.geojson", "--out", "out.png"}
	}, []int{0}, []string{"zero.geojson", "character device"}},
	{"photo that is a link to /dev/zero", func(t *testing.T, dir string) []string {
		d := dataFolder(t, dir, "photos/p.png")
		must(t, os.Symlink("/dev/zero", filepath.Join(d, "photos", "p.png")))
		return []string{"render", "--data", "data", "--site", "kuangyan", "--out", "out.png"}
	}, []int{0}, []string{"p.png", "not a regular file"}},
	{"configuration that is a link to /dev/zero", func(t *testing.T, dir string) []string {
		must(t, os.Symlink("/dev/zero", filepath.Join(dir, "kiosk.toml")))
		return []string{"--config", "kiosk.toml"}
	}, []int{2}, []string{"kiosk.toml", "character device"}},
}

// flagCases are numbers no command may take: each is bad usage naming its
// flag.
var flagCases = [][]string{
	{"render", "--scale", "NaN"}, {"render", "--scale", "Inf"}, {"render", "--scale", "-Inf"}, {"render", "--scale", "0"},
	{"render", "--scale", "-1"}, {"render", "--scale", "1e-300"}, {"render", "--scale", "1e300"},
	{"render", "--size", "100000x100000"}, {"render", "--size", "16384x16384"}, {"render", "--size", "0x0"},
	{"render", "--size", "-1920x1080"}, {"render", "--size", "99999999999999999999x1"}, {"render", "--size", "NaNxNaN"},
	{"render", "--size", "1920x1080junk"}, {"render", "--size", "1920"}, {"render", "--size", "1x1"},
	{"--view", "NaN,29.8,9"}, {"--view", "121.5,NaN,9"}, {"--view", "121.5,29.8,NaN"}, {"--view", "Inf,29.8,9"},
	{"--view", "200,29.8,9"}, {"--view", "121.5,89,9"}, {"--view", "121.5,29.8,0"}, {"--view", "121.5,29.8,1e9"},
	{"--size", "NaNx800"}, {"--size", "1e40x800"}, {"--size", "0x800"}, {"--size", "-5x800"},
}

func TestHostileInputs(t *testing.T) {
	for _, tc := range hostileCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := tc.setup(t, dir)
			r := run(t, dir, args...)
			checkEnded(t, r, limit(t))
			ok := false
			for _, c := range tc.codes {
				ok = ok || r.code == c
			}
			if !ok {
				t.Errorf("exit status %d, want one of %v", r.code, tc.codes)
			}
			for _, s := range tc.says {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("the message does not say %q", s)
				}
			}
			if len(r.stderr) > 64<<10 {
				t.Errorf("%d bytes of messages", len(r.stderr))
			}
			t.Logf("%v", r)
		})
	}
}

func TestHostileFlags(t *testing.T) {
	for _, args := range flagCases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := t.TempDir()
			if args[0] == "render" {
				args = append(args, "--out", "out.png")
			}
			r := run(t, dir, args...)
			checkEnded(t, r, limit(t))
			flag := args[len(args)-2]
			if args[0] == "render" {
				flag = args[1]
			}
			if r.code != 2 || !strings.Contains(r.stderr, flag) {
				t.Errorf("want exit status 2 naming %s: %v", flag, r)
			}
			if _, err := os.Stat(filepath.Join(dir, "out.png")); err == nil {
				t.Error("a picture was written")
			}
		})
	}
}

// checkEnded fails when the run was killed, passed the memory limit or
// panicked.
func checkEnded(t *testing.T, r result, as int64) {
	t.Helper()
	switch {
	case r.killed != "":
		t.Fatalf("did not end by itself: %v", r)
	case r.peakRSS > realUse || r.peakVM > as:
		t.Fatalf("over the memory limit: %v", r)
	case strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "fatal error:"):
		t.Fatalf("crashed: %v", r)
	}
}
