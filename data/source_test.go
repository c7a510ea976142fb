package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extraWith writes testdata/good/extra.geojson into a temporary folder with the property
// key of its first place set to value, and returns the folder.
func extraWith(t *testing.T, key string, value any) string {
	t.Helper()
	b, err := os.ReadFile("testdata/good/extra.geojson")
	if err != nil {
		t.Fatal(err)
	}
	var fc map[string]any
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	fc["features"].([]any)[0].(map[string]any)["properties"].(map[string]any)[key] = value
	dir := t.TempDir()
	out, _ := json.Marshal(fc)
	if err := os.WriteFile(filepath.Join(dir, "extra.geojson"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSourceTitle: a place may name its own source (a title in both languages); without
// one the card credits the newspaper feature.
func TestSourceTitle(t *testing.T) {
	tests := []struct {
		name   string
		source map[string]any
		want   string // a substring of the problem; "" for none
		title  *Text
	}{
		{"the feature", map[string]any{"date": "2024-07-01", "photo": nil}, "", nil},
		{"titled", map[string]any{"date": "2025-03-08", "title": map[string]string{"zh": "《宁波日报》", "en": "Ningbo Daily"}, "photo": nil}, "",
			&Text{Zh: "《宁波日报》", En: "Ningbo Daily"}},
		{"title without English", map[string]any{"date": "2025-03-08", "title": map[string]string{"zh": "《宁波日报》"}, "photo": nil},
			"source.title: en missing", nil},
		{"unknown member", map[string]any{"date": "2025-03-08", "author": "x", "photo": nil}, `source: invalid: unknown field "author"`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := extraWith(t, "source", tc.source)
			err := Check(dir)
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("Check: %v, want a problem with %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			ds, _ := LoadDir(dir)
			got := ds.Site("test-one").Source.Title
			if (got == nil) != (tc.title == nil) || got != nil && *got != *tc.title {
				t.Errorf("title %v, want %v", got, tc.title)
			}
		})
	}
}
