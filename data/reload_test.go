package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReloadKeepsLastGoodLayer edits a folder's layer file as an editor would: a good
// version, a broken one (the last good version stays, the error names the file), a fixed
// one (the error clears), and a deletion (the layer goes).
func TestReloadKeepsLastGoodLayer(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/good/extra.geojson")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "extra.geojson")
	write := func(b []byte) {
		t.Helper()
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(ds *Dataset) int { return len(ds.Sites) }

	base, _ := LoadEmbedded()
	write(good)
	ds, last, err := Reload(dir, nil)
	if err != nil {
		t.Fatalf("good file: %v", err)
	}
	withExtra := count(ds)
	if withExtra <= count(base) {
		t.Fatalf("the folder's layer did not load: %d places, embedded %d", withExtra, count(base))
	}

	write(good[:len(good)/2]) // a half-written save
	ds, last, err = Reload(dir, last)
	if err == nil || !strings.Contains(err.Error(), "extra.geojson") {
		t.Fatalf("broken file: error %v, want one naming extra.geojson", err)
	}
	if count(ds) != withExtra {
		t.Errorf("broken file: %d places, want the last good %d", count(ds), withExtra)
	}

	write(good)
	ds, last, err = Reload(dir, last)
	if err != nil || count(ds) != withExtra {
		t.Errorf("fixed file: %d places, error %v", count(ds), err)
	}

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	ds, _, err = Reload(dir, last)
	if err != nil || count(ds) != count(base) {
		t.Errorf("deleted file: %d places (embedded %d), error %v", count(ds), count(base), err)
	}
	var fe *FeatureError
	_ = errors.As(err, &fe)
}
