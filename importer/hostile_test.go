//go:build unix

package importer_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"ningbomap/budget"
	"ningbomap/importer"
	"ningbomap/internal/hostile"
)

// loadWithin loads path and fails when that takes more than 20 s.
func loadWithin(t *testing.T, path string, opt importer.Options) (*importer.Layer, error) {
	t.Helper()
	var l *importer.Layer
	var err error
	hostile.Within(t, 20*time.Second, "Load", func() { l, err = importer.Load(path, opt) })
	return l, err
}

func TestNotRegularLayer(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.geojson")
	hostile.Mkfifo(t, fifo)
	zero := filepath.Join(dir, "zero.csv")
	os.Symlink("/dev/zero", zero)
	for path, says := range map[string]string{fifo: "named pipe", zero: "character device"} {
		start := time.Now()
		_, err := loadWithin(t, path, importer.Options{})
		if !errors.Is(err, budget.ErrNotRegular) || !strings.Contains(err.Error(), filepath.Base(path)) || !strings.Contains(err.Error(), says) {
			t.Errorf("Load(%s): %v", path, err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("Load(%s) took %v", path, d)
		}
	}
}

// TestFeatureBudget loads more points than the budget: the first load, the
// rest is left out, and the problem says so.
func TestFeatureBudget(t *testing.T) {
	old := budget.Features
	budget.Features.Limit = 1000
	t.Cleanup(func() { budget.Features = old })
	p := filepath.Join(t.TempDir(), "points.csv")
	if err := hostile.CSVPoints(p, 5000); err != nil {
		t.Fatal(err)
	}
	l, err := loadWithin(t, p, importer.Options{})
	if l == nil || len(l.Features) != 1000 {
		t.Fatalf("loaded %v", l)
	}
	want := "points.csv:1002: feature 1001: file too large: over the features budget of 1,000; the rest of the file is left out"
	if err == nil || err.Error() != want {
		t.Errorf("err %v\nwant %s", err, want)
	}
	if w, _ := importer.Warnings(err); len(w) != 0 {
		t.Error("the budget is a warning: check would pass")
	}
	// What other layers left: 10.
	l, err = loadWithin(t, p, importer.Options{Features: 10})
	if l == nil || len(l.Features) != 10 || !strings.Contains(err.Error(), "10 left for this file of the features budget") {
		t.Errorf("%d features, %v", len(l.Features), err)
	}
}

func TestVertexBudget(t *testing.T) {
	old := budget.Vertices
	budget.Vertices.Limit = 100
	t.Cleanup(func() { budget.Vertices = old })
	var coords []string
	for i := range 60 {
		coords = append(coords, fmt.Sprintf("[121.%d,29.5]", i))
	}
	line := `{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[` + strings.Join(coords, ",") + `]}}`
	p := filepath.Join(t.TempDir(), "lines.geojson")
	os.WriteFile(p, []byte(`{"type":"FeatureCollection","features":[`+line+","+line+","+line+`]}`), 0o644)
	l, err := loadWithin(t, p, importer.Options{})
	if l == nil || len(l.Features) != 1 || err == nil || !strings.Contains(err.Error(), "feature 2: file too large: over the vertices budget of 100") {
		t.Errorf("%v, %v", l, err)
	}
}

// TestLongStrings: names, descriptions, properties of megabytes are cut to
// their budgets, with warnings, and the layer loads.
func TestLongStrings(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("宁波", 200_000)
	name := filepath.Join(dir, "name.geojson")
	if err := hostile.GeoJSONName(name, 1<<20); err != nil {
		t.Fatal(err)
	}
	layerName := filepath.Join(dir, "layername.geojson")
	os.WriteFile(layerName, []byte(`{"type":"FeatureCollection","name":"`+huge+`","features":[
		{"type":"Feature","geometry":{"type":"Point","coordinates":[121.5,29.8]},"properties":{"description":"`+huge+`","`+huge+`":"x"}}]}`), 0o644)
	wide := filepath.Join(dir, "wide.csv")
	var head, row []string
	for i := range 10_000 {
		head = append(head, fmt.Sprint("c", i))
		row = append(row, "v")
	}
	head[0], head[1] = "lon", "lat"
	row[0], row[1] = "121.5", "29.8"
	os.WriteFile(wide, []byte(strings.Join(head, ",")+"\n"+strings.Join(row, ",")+"\n"), 0o644)
	kml := filepath.Join(dir, "folder.kml")
	os.WriteFile(kml, []byte(`<kml><Document><Folder><name>`+huge+`</name><Placemark><name>a</name><Point><coordinates>121.5,29.8</coordinates></Point></Placemark></Folder></Document></kml>`), 0o644)

	tests := []struct {
		path  string
		check func(l *importer.Layer) string
		warns []string
	}{
		{name, func(l *importer.Layer) string {
			return fmt.Sprint(utf8.RuneCountInString(l.Features[0].Name))
		}, []string{"name: warning: a 1.0 MB text is over the name length budget of 200 characters; cut with an ellipsis"}},
		{layerName, func(l *importer.Layer) string {
			return fmt.Sprint(utf8.RuneCountInString(l.Name), " ", utf8.RuneCountInString(l.Features[0].Description))
		}, []string{"name: warning: a 1.1 MB text is over the name length budget", "description: warning", "property names over the name length budget of 200 characters or values over the text length budget"}},
		{wide, func(l *importer.Layer) string {
			return fmt.Sprint(len(l.Features[0].Properties))
		}, []string{"wide.csv:1: warning: 10000 columns are over the properties budget of 200"}},
		{kml, func(l *importer.Layer) string {
			return fmt.Sprint(utf8.RuneCountInString(l.Features[0].Folder), " ", utf8.RuneCountInString(l.SubLayers[0]))
		}, []string{"folder: warning"}},
	}
	want := map[string]string{name: "200", layerName: "200 10000", wide: "200", kml: "200 200"}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			l, err := loadWithin(t, tc.path, importer.Options{})
			if l == nil {
				t.Fatal(err)
			}
			if got := tc.check(l); got != want[tc.path] {
				t.Errorf("lengths %s, want %s", got, want[tc.path])
			}
			warnings, problems := importer.Warnings(err)
			if len(problems) > 0 {
				t.Errorf("problems %v", problems)
			}
			for _, w := range tc.warns {
				if !strings.Contains(fmt.Sprint(warnings), w) {
					t.Errorf("warnings %v lack %q", warnings, w)
				}
			}
			if err != nil && len(err.Error()) > 20_000 {
				t.Errorf("the message is %d bytes long", len(err.Error()))
			}
		})
	}
}
