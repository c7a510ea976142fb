package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/data"
)

// TestReloadKeepsMapAndCard edits a --data folder's layer file under a running UI: the
// new place appears, the open card and the map position stay; a broken save shows the
// banner and keeps the last good layer; fixing it clears the banner.
func TestReloadKeepsMapAndCard(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.ui.async.post = func(f func()) { f() }
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "data", "testdata", "good", "extra.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "extra.geojson")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	_, folder, err := loadDataFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	tu.ui.selectSite(tu.ui.ds.Site("gaoni"), false)
	tu.ui.mapView.ShowView(tu.ui.ds.Site("gaoni").Point, 14)
	before := tu.ui.mapView.Viewport()
	places := len(tu.ui.ds.Sites)

	tu.ui.reloadData(folder)
	if len(tu.ui.ds.Sites) <= places {
		t.Fatalf("the folder's places did not appear: %d, before %d", len(tu.ui.ds.Sites), places)
	}
	withExtra := len(tu.ui.ds.Sites)
	if tu.ui.open.site == nil || tu.ui.open.site.ID != "gaoni" {
		t.Errorf("the open card was lost: %v", tu.ui.open.site)
	}
	if v := tu.ui.mapView.Viewport(); v.Center != before.Center || v.Zoom != before.Zoom {
		t.Errorf("the map moved: %v z%.2f, was %v z%.2f", v.Center, v.Zoom, before.Center, before.Zoom)
	}

	if err := os.WriteFile(path, good[:len(good)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	tu.ui.reloadData(folder)
	if !tu.ui.notices.problems.object.Visible() || !strings.Contains(tu.ui.notices.problems.text.String(), "extra.geojson") {
		t.Errorf("broken save: banner %v %q", tu.ui.notices.problems.object.Visible(), tu.ui.notices.problems.text.String())
	}
	if len(tu.ui.ds.Sites) != withExtra {
		t.Errorf("broken save: %d places, want the last good %d", len(tu.ui.ds.Sites), withExtra)
	}

	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	tu.ui.reloadData(folder)
	if tu.ui.notices.problems.object.Visible() {
		t.Errorf("fixed file: the banner stayed: %q", tu.ui.notices.problems.text.String())
	}
}
