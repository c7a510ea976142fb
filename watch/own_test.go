package watch

import (
	"path/filepath"
	"slices"
	"testing"

	"ningbomap/atomicfile"
)

// TestOwnWritesIgnored: a save recorded in Own (written through atomicfile,
// as the editor does) is not reported; a later save by someone else to the
// same file is, and so is a file written alongside.
func TestOwnWritesIgnored(t *testing.T) {
	dir := t.TempDir()
	var own Own
	w, err := New(dir, Options{Debounce: testDebounce, Ignore: own.Owns})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })

	mine := filepath.Join(dir, "a.geojson")
	content := []byte(`{"type":"FeatureCollection"}`)
	own.Record(mine, content)
	if err := atomicfile.WriteFile(mine, content, 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, dir, sentinel, "1")
	if names, _ := next(t, w); !slices.Equal(names, []string{sentinel}) {
		t.Fatalf("after the own save: batch %q, want only the sentinel", names)
	}

	write(t, dir, "a.geojson", "someone else's")
	if names, _ := next(t, w); !slices.Equal(names, []string{"a.geojson"}) {
		t.Fatalf("after another save: batch %q, want a.geojson", names)
	}
	if own.Owns(mine) {
		t.Error("Owns a file whose content changed since it was recorded")
	}
	if own.Owns(filepath.Join(dir, "never.geojson")) {
		t.Error("Owns a file never recorded")
	}
}
