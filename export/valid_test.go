package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/importer"
)

// rfcCheck reads GeoJSON text as plain JSON, independently of orb, and
// returns the first geometry that RFC 7946 does not allow.
func rfcCheck(data []byte) error {
	var doc struct {
		Features []struct {
			Geometry json.RawMessage `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return err
	}
	for i, f := range doc.Features {
		if err := rfcGeometry(f.Geometry); err != nil {
			return fmt.Errorf("feature %d: %w", i+1, err)
		}
	}
	return nil
}

// rfcGeometry checks one geometry object.
func rfcGeometry(raw json.RawMessage) error {
	var g struct {
		Type        string            `json:"type"`
		Coordinates json.RawMessage   `json:"coordinates"`
		Geometries  []json.RawMessage `json:"geometries"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		return err
	}
	var lines [][][]float64
	var polys [][][][]float64
	switch g.Type {
	case "LineString":
		var ls [][]float64
		json.Unmarshal(g.Coordinates, &ls)
		lines = append(lines, ls)
	case "MultiLineString":
		json.Unmarshal(g.Coordinates, &lines)
	case "Polygon":
		var p [][][]float64
		json.Unmarshal(g.Coordinates, &p)
		polys = append(polys, p)
	case "MultiPolygon":
		json.Unmarshal(g.Coordinates, &polys)
	case "GeometryCollection":
		for _, c := range g.Geometries {
			if err := rfcGeometry(c); err != nil {
				return err
			}
		}
	}
	for _, ls := range lines {
		if len(ls) < 2 {
			return fmt.Errorf("%s with a line of %d positions", g.Type, len(ls))
		}
	}
	for _, p := range polys {
		for _, r := range p {
			if len(r) < 4 || fmt.Sprint(r[0]) != fmt.Sprint(r[len(r)-1]) {
				return fmt.Errorf("%s with a ring of %d positions", g.Type, len(r))
			}
		}
	}
	return nil
}

// TestGeoJSONValidFromCorpus exports every corpus file, written as other
// tools write them, and checks that the GeoJSON is valid and imports back
// without a problem.
func TestGeoJSONValidFromCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "importer", "testdata", "corpus", "*"))
	if err != nil || len(files) < 6 {
		t.Fatalf("corpus files: %v, %v", files, err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			l, _ := importer.Load(file, importer.Options{})
			if l == nil {
				t.Fatal("no layer")
			}
			var buf bytes.Buffer
			if err := GeoJSON(&buf, ImportedLayer(l)); err != nil {
				t.Fatal(err)
			}
			if err := rfcCheck(buf.Bytes()); err != nil {
				t.Errorf("invalid GeoJSON: %v\n%s", err, buf.Bytes())
			}
			if _, err := importer.Decode("back.geojson", &buf, importer.Options{}); err != nil {
				t.Errorf("importing the export again: %v", err)
			}
		})
	}
}

func TestGeoJSONRefusesDegenerate(t *testing.T) {
	tests := []struct {
		name string
		g    orb.Geometry
		want string
	}{
		{"line", orb.LineString{{121.5, 29.8}}, "feature 2: geometry: a line of 1 position(s)"},
		{"multi line", orb.MultiLineString{{{121.5, 29.8}, {121.6, 29.9}}, {{121.7, 29.9}}},
			"feature 2: geometry: line 2: a line of 1 position(s)"},
		{"short ring", orb.Polygon{{{121.5, 29.8}, {121.6, 29.8}, {121.5, 29.8}}}, "feature 2: geometry: ring 1: a ring of 3"},
		{"open ring", orb.MultiPolygon{{{{121.5, 29.8}, {121.6, 29.8}, {121.6, 29.9}, {121.5, 29.9}}}},
			"feature 2: geometry: polygon 1: ring 1: a ring that is not closed"},
		{"collection", orb.Collection{orb.Point{1, 2}, orb.LineString{}}, "feature 2: geometry: geometry 2: a line of 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fc := geojson.NewFeatureCollection()
			fc.Append(geojson.NewFeature(orb.Point{121.5, 29.8}))
			fc.Append(geojson.NewFeature(tt.g))
			err := GeoJSON(&bytes.Buffer{}, fc)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("GeoJSON = %v, want an error saying %q", err, tt.want)
			}
		})
	}
}
