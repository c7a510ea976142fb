package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"ningbomap/data"
)

// TestDropAddsLayers drops files of every importable format on the window: each becomes
// a layer in the legend with its features on the map; a broken file shows its problems
// and its good features; a layer can be removed.
func TestDropAddsLayers(t *testing.T) {
	tu := newTestUI(t, data.En, fyne.NewSize(1280, 800))
	tu.ui.async.spawn = func(f func()) { f() }
	tu.ui.async.post = func(f func()) { f() }
	files := []string{"places.geojson", "folders.kml", "places.kmz", "walk.gpx", "shops-gbk.csv"}
	var uris []fyne.URI
	for _, f := range files {
		p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, storage.NewFileURI(p))
	}
	tu.ui.dropped(fyne.NewPos(10, 10), uris)
	tu.pump()
	if len(tu.ui.users.list) != len(files) {
		t.Fatalf("%d layers after dropping %d files", len(tu.ui.users.list), len(files))
	}
	for _, u := range tu.ui.users.list {
		if len(u.layer.Features) == 0 {
			t.Errorf("%s: no features", u.layer.File)
		}
		if _, ok := tu.ui.legend.rows[u]; !ok {
			t.Errorf("%s: no legend row", u.layer.File)
		}
	}
	if tu.ui.notices.problems.object.Visible() {
		t.Errorf("good files showed problems: %q", tu.ui.notices.problems.text.String())
	}

	// The GBK CSV's Chinese names came through.
	csv := tu.ui.users.list[4]
	if n := csv.layer.Features[0].Name; !strings.ContainsFunc(n, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) {
		t.Errorf("GBK CSV: first name %q has no Chinese", n)
	}

	// Tapping one of its points opens a properties card.
	u := tu.ui.users.list[0]
	tu.ui.mapView.ShowView(u.points[0], 16)
	tu.pump()
	x, y := tu.ui.mapView.Viewport().Project(u.points[0])
	tu.ui.mapView.Tapped(&fyne.PointEvent{Position: tu.ui.mapView.PositionOf(x, y)})
	if tu.ui.open.feature == nil || tu.ui.open.feature.u != u {
		t.Fatalf("tapping a point of %s opened %+v", u.layer.File, tu.ui.open.feature)
	}

	// A broken file: its problems are shown, its good features load.
	bad, _ := filepath.Abs(filepath.Join("..", "importer", "testdata", "bad", "badgeom.geojson"))
	tu.ui.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(bad)})
	if !tu.ui.notices.problems.object.Visible() || !strings.Contains(tu.ui.notices.problems.text.String(), "badgeom.geojson") {
		t.Errorf("broken file: banner %v %q", tu.ui.notices.problems.object.Visible(), tu.ui.notices.problems.text.String())
	}
	if len(tu.ui.users.list) != len(files)+1 {
		t.Errorf("the broken file's good features did not load")
	}

	// Removing a layer takes it off the map and the legend.
	tu.ui.removeUserLayer(u)
	if len(tu.ui.users.list) != len(files) {
		t.Errorf("remove: %d layers left", len(tu.ui.users.list))
	}
	if _, ok := tu.ui.legend.rows[u]; ok {
		t.Error("remove: the legend row stayed")
	}
	if tu.ui.open.feature != nil {
		t.Error("remove: its card stayed open")
	}
}
