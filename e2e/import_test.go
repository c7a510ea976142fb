package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/importer"
)

// TestE2EImportLayers starts the real binary with one --layer of every importable format
// and checks that each loads (the app reports it) and that their colours are on screen.
func TestE2EImportLayers(t *testing.T) {
	requireX(t)
	files := map[string]string{
		"places.geojson": "geojson", "folders.kml": "kml", "places.kmz": "kmz",
		"walk.gpx": "gpx", "shops-gbk.csv": "csv",
	}
	args := []string{"--size", "1250x950", "--usage-dir", "-"}
	for f := range files {
		p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, "--layer", p)
	}
	a := start(t, []string{"LANG=zh_CN.UTF-8", "NINGBOMAP_TRACE=1"}, args...)
	seen := map[string]bool{}
	for len(seen) < len(files) {
		l := a.waitLine("trace: layer ", 30*time.Second)
		f := strings.Fields(l.text)
		if len(f) != 5 {
			continue
		}
		if want, ok := files[f[2]]; !ok || want != f[3] || f[4] == "0" {
			t.Errorf("loaded %q", l.text)
		}
		seen[f[2]] = true
		t.Logf("%s: %s, %s features", f[2], f[3], f[4])
	}
	// Some layer colour shows on the map once the flights settle.
	time.Sleep(3 * time.Second)
	img := screenshot(t)
	save(t, "import.png", img)
	found := 0
	for n := 0; n < len(files); n++ {
		c := importer.Color(n)
		if fraction(img, a.rect, [3]int{int(c.R), int(c.G), int(c.B)}) > 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no imported layer's colour is on the screen")
	}
}
