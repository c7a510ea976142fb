package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFeatureID(t *testing.T) {
	for _, tc := range []struct {
		name string
		id   any
		want string
	}{
		{"string", "tengtou", "tengtou"},
		{"numeric string", "1e6", "1e6"},
		{"integer", 330203.0, "330203"},
		{"million", 1e6, "1000000"},
		{"large", 1e21, "1000000000000000000000"},
		{"fraction", 1.5, "1.5"},
		{"negative", -7.0, "-7"},
		{"zero", 0.0, "0"},
		{"json.Number", json.Number("1000000"), "1000000"},
		{"none", nil, ""},
		{"bool", true, ""},
		{"object", map[string]any{"a": 1.0}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FeatureID(tc.id); got != tc.want {
				t.Errorf("FeatureID(%#v) = %q, want %q", tc.id, got, tc.want)
			}
		})
	}
}

// TestFeatureIDInProblems: a numeric id is named in a problem as written in the file.
func TestFeatureIDInProblems(t *testing.T) {
	dir := t.TempDir()
	layer := `{"type":"FeatureCollection","layer":{"id":"numbers","theme":"service","name":{"zh":"数字","en":"Numbers"}},"features":[
{"type":"Feature","id":1000000,"geometry":{"type":"Point","coordinates":[121.5,29.8]},"properties":{}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.5,29.8]},"properties":{"id":2500000}},
{"type":"Feature","id":1000001,"geometry":{"type":"Point","coordinates":"broken"},"properties":{}}
]}`
	if err := os.WriteFile(filepath.Join(dir, "numbers.geojson"), []byte(layer), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadDir(dir)
	if err == nil {
		t.Fatal("no problems reported")
	}
	for _, want := range []string{"(1000000)", "(2500000)", "(1000001)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems do not name %s:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "e+06") {
		t.Errorf("an id in exponent form:\n%v", err)
	}
}
