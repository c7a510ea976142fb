package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// copyFile copies the file src to dst and returns its content.
func copyFile(t *testing.T, src, dst string) []byte {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestExportNeverDestroysAFile runs the export sub-command where the output is its
// input, or where the export fails, and checks that the files are exactly as before.
func TestExportNeverDestroysAFile(t *testing.T) {
	dir := t.TempDir()
	places := filepath.Join(dir, "places.geojson")
	placesData := copyFile(t, filepath.Join("..", "importer", "testdata", "places.geojson"), places)
	if err := os.Symlink(places, filepath.Join(dir, "link.geojson")); err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(dir, "data")
	if err := os.Mkdir(dataDir, 0o755); err != nil {
		t.Fatal(err)
	}
	layerFile := filepath.Join(dataDir, "service.geojson")
	layerData := copyFile(t, filepath.Join("..", "data", "testdata", "replace", "service.geojson"), layerFile)
	existing := filepath.Join(dir, "existing.geojson")
	existingData := []byte(`{"type":"FeatureCollection","features":[]}` + "\n")
	if err := os.WriteFile(existing, existingData, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.kml")
	if err := os.WriteFile(bad, []byte("<kml><Document><Placemark>"), 0o644); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name   string
		args   []string
		status int
		file   string // must be unchanged
		want   []byte
	}{
		{"out is from", []string{"--format", "geojson", "--from", places, "--out", places}, exitUsage, places, placesData},
		{"out is from through a link", []string{"--format", "geojson", "--from", places, "--out", filepath.Join(dir, "link.geojson")}, exitUsage, places, placesData},
		{"out is from by another path", []string{"--format", "geojson", "--from", places, "--out", filepath.Join(dataDir, "..", "places.geojson")}, exitUsage, places, placesData},
		{"out is the layer's file", []string{"--format", "geojson", "--data", dataDir, "--layer", "service", "--out", layerFile}, exitUsage, layerFile, layerData},
		{"kml over a data file", []string{"--format", "kml", "--data", dataDir, "--out", layerFile}, exitUsage, layerFile, layerData},
		{"unreadable input keeps the output", []string{"--format", "geojson", "--from", bad, "--out", existing}, exitProblem, existing, existingData},
		{"missing input keeps the output", []string{"--format", "geojson", "--from", filepath.Join(dir, "none.gpx"), "--out", existing}, exitProblem, existing, existingData},
		{"unknown layer keeps the output", []string{"--format", "geojson", "--layer", "nosuch", "--out", existing}, exitProblem, existing, existingData},
		{"unknown format keeps the output", []string{"--format", "shp", "--out", existing}, exitUsage, existing, existingData},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := report("export", runExport(tc.args)); got != tc.status {
				t.Errorf("exit status %d, want %d", got, tc.status)
			}
			got, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatalf("%s is gone: %v", tc.file, err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Errorf("%s changed: now %d bytes, was %d", tc.file, len(got), len(tc.want))
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(tc.file), ".*.tmp-*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
		})
	}

	t.Run("a data folder with a broken file still exports", func(t *testing.T) {
		broken := filepath.Join(dir, "broken")
		if err := os.Mkdir(broken, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(broken, "bad.geojson"), []byte("not json"), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "places.kml")
		if got := report("export", runExport([]string{"--format", "kml", "--data", broken, "--out", out})); got != exitOK {
			t.Errorf("exit status %d, want 0", got)
		}
		if info, err := os.Stat(out); err != nil || info.Size() == 0 {
			t.Errorf("no KML written: %v", err)
		}
	})

	t.Run("a good export replaces the output", func(t *testing.T) {
		if got := report("export", runExport([]string{"--format", "geojson", "--from", places, "--out", existing})); got != exitOK {
			t.Fatalf("exit status %d, want 0", got)
		}
		b, err := os.ReadFile(existing)
		if err != nil {
			t.Fatal(err)
		}
		var fc struct {
			Type     string
			Features []json.RawMessage
		}
		if err := json.Unmarshal(b, &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
			t.Errorf("output is not a non-empty FeatureCollection (%v): %.200s", err, b)
		}
		if got, _ := os.ReadFile(places); !bytes.Equal(got, placesData) {
			t.Error("the input changed")
		}
	})
}

// TestRenderNeverOverwritesItsInput: render refuses an --out that is one of its --layer
// files or its --basemap, and leaves the file as it was.
func TestRenderNeverOverwritesItsInput(t *testing.T) {
	dir := t.TempDir()
	layer := filepath.Join(dir, "places.geojson")
	layerData := copyFile(t, filepath.Join("..", "importer", "testdata", "places.geojson"), layer)
	tilesFile := filepath.Join(dir, "ningbo.mbtiles")
	tilesData := copyFile(t, filepath.Join("..", "tiles", "testdata", "ningbo.mbtiles"), tilesFile)
	for _, c := range []struct {
		args []string
		file string
		want []byte
	}{
		{[]string{"--layer", layer, "--out", layer}, layer, layerData},
		{[]string{"--basemap", tilesFile, "--out", tilesFile}, tilesFile, tilesData},
	} {
		if got := report("render", runRender(c.args)); got != exitUsage {
			t.Errorf("render %v: status %d, want 2", c.args, got)
		}
		if b, err := os.ReadFile(c.file); err != nil || !bytes.Equal(b, c.want) {
			t.Errorf("render %v changed %s", c.args, c.file)
		}
	}
}
