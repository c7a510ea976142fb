package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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

// TestLayerEncodingChoice: a file read in one encoding (--encoding Big5) shows its
// layer's encoding in its row; choosing 简体中文 there reads the file again, in place.
func TestLayerEncodingChoice(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.ui.async.spawn = func(f func()) { f() }
	tu.ui.async.post = func(f func()) { f() }
	tu.ui.users.encoding = "Big5"
	p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", "enc", "ambiguous.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.ui.loadLayerFile(p)
	if len(tu.ui.users.list) != 1 {
		t.Fatalf("%d layers", len(tu.ui.users.list))
	}
	u := tu.ui.users.list[0]
	asBig5 := u.layer.Features[0].Name
	var sel *widget.Select
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Select:
			if sel == nil { // the encoding's menu comes first, then the frame's
				sel = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(tu.ui.legend.rows[u])
	if sel == nil {
		t.Fatal("the layer's row has no encoding choice")
	}
	if !strings.Contains(sel.Selected, "Big5") {
		t.Errorf("the row shows %q, want the encoding it was read in", sel.Selected)
	}
	for _, o := range sel.Options {
		if strings.Contains(o, "GBK") {
			sel.SetSelected(o)
		}
	}
	if len(tu.ui.users.list) != 1 {
		t.Fatalf("reading again left %d layers, want the one replaced", len(tu.ui.users.list))
	}
	again := tu.ui.users.list[0]
	if again == u || again.layer.Encoding != "GB18030" || again.layer.Features[0].Name == asBig5 {
		t.Errorf("read again: encoding %q, first name %q (as Big5 %q)", again.layer.Encoding, again.layer.Features[0].Name, asBig5)
	}
}
