package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// layerFile is a layer file in the embedded files' layout with one place
// at the given coordinates' text.
func layerFile(id, coords string) []byte {
	return []byte(`{
  "type": "FeatureCollection",
  "layer": {"id": "x", "theme": "service", "name": {"zh": "x", "en": "x"}},
  "features": [
    {
      "type": "Feature",
      "id": "` + id + `",
      "geometry": {
        "type": "Point",
        "coordinates": ` + coords + `
      },
      "properties": {"id": "` + id + `", "note": "coordinates [1, 2]"}
    }
  ]
}
`)
}

func TestConvertPlaces(t *testing.T) {
	src := places["gaoni"]
	want := toWGS84(src)
	at := func(p orb.Point) string {
		return "[\n          " + fmtNum(p[0]) + ",\n          " + fmtNum(p[1]) + "\n        ]"
	}
	tests := []struct {
		name    string
		in      []byte
		want    []byte // nil: an error
		changed int
	}{
		{"at its GCJ-02 position", layerFile("gaoni", at(src)), layerFile("gaoni", at(want)), 1},
		{"already converted", layerFile("gaoni", at(want)), layerFile("gaoni", at(want)), 0},
		{"converted by a conversion differing in the last digit", layerFile("gaoni", at(orb.Point{want[0] + 1e-6, want[1]})),
			layerFile("gaoni", at(orb.Point{want[0] + 1e-6, want[1]})), 0},
		{"compact", layerFile("gaoni", "[121.8,29.556]"), layerFile("gaoni", "["+fmtNum(want[0])+","+fmtNum(want[1])+"]"), 1},
		{"not in the table", layerFile("elsewhere", at(src)), layerFile("elsewhere", at(src)), 0},
		{"moved by hand", layerFile("gaoni", "[121.7, 29.5]"), nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, err := convertPlaces(tt.in, map[string]bool{})
			if tt.want == nil {
				if err == nil || !strings.Contains(err.Error(), "moved since") {
					t.Fatalf("err = %v, want one saying the place was moved", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.changed || !bytes.Equal(got, tt.want) {
				t.Errorf("changed %d, want %d; got\n%s\nwant\n%s", n, tt.changed, got, tt.want)
			}
		})
	}
}

// TestCommittedFilesReproduce checks that the committed layer files and
// waters are what the generator writes from its tables: every place of
// the table at its WGS 84 position (so that a rerun changes nothing), and
// waters.geojson byte for byte.
func TestCommittedFilesReproduce(t *testing.T) {
	root := filepath.Join("..", "..", "data")
	files, err := filepath.Glob(filepath.Join(root, "layers", "*.geojson"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no layer files: %v", err)
	}
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, n, err := convertPlaces(b, seen); err != nil || n != 0 {
			t.Errorf("%s: %d places not converted (%v): run make basemap", f, n, err)
		}
	}
	for _, id := range sortedIDs() {
		if !seen[id] {
			t.Errorf("place %s of the table is in no layer file", id)
		}
	}
	want, err := encodeWaters(waters)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "basemap", "waters.geojson"))
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("data/basemap/waters.geojson is not what the generator writes (%v): run make basemap", err)
	}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
