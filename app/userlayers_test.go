package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/data"
)

// rowButton is the first button of a row (a user layer's bin).
func rowButton(row fyne.CanvasObject) *widget.Button {
	var b *widget.Button
	walk(row, func(o fyne.CanvasObject) {
		if v, ok := o.(*widget.Button); ok && b == nil {
			b = v
		}
	})
	return b
}

// TestDropAddsLayers drops files of every importable format on the window: each becomes
// a layer in the legend with its features on the map; a broken file shows its problems
// and its good features; a layer can be removed.
func TestDropAddsLayers(t *testing.T) {
	tu := newTestUIWith(t, data.En, fyne.NewSize(1280, 800), windowConfig{async: inline()})
	files := []string{"places.geojson", "folders.kml", "places.kmz", "walk.gpx", "shops-gbk.csv"}
	var paths []string
	for _, f := range files {
		p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	tu.drop(paths...)
	if len(tu.userLayers()) != len(files) {
		t.Fatalf("%d layers after dropping %d files", len(tu.userLayers()), len(files))
	}
	for _, u := range tu.userLayers() {
		if len(u.layer.Features) == 0 {
			t.Errorf("%s: no features", u.layer.File)
		}
		if tu.legendRow(u) == nil {
			t.Errorf("%s: no legend row", u.layer.File)
		}
	}
	if on, text := tu.banner(); on {
		t.Errorf("good files showed problems: %q", text)
	}

	// The GBK CSV's Chinese names came through.
	csv := tu.userLayers()[4]
	if n := csv.layer.Features[0].Name; !strings.ContainsFunc(n, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) {
		t.Errorf("GBK CSV: first name %q has no Chinese", n)
	}

	// Tapping one of its points opens a properties card.
	u := tu.userLayers()[0]
	tu.mapView().ShowView(u.points[0], 16)
	tu.pump()
	tu.tapAt(u.points[0])
	if f := tu.openFeature(); f == nil || f.u != u {
		t.Fatalf("tapping a point of %s opened %+v", u.layer.File, f)
	}
	if name := tu.openFeature().name(); !strings.HasPrefix(tu.title(), name) {
		t.Errorf("the window title %q does not name the feature %q", tu.title(), name)
	}
	tu.switchLanguage(t)
	if f := tu.openFeature(); f == nil || f.u != u || !contains(tu.cardTexts(), f.name()) {
		t.Errorf("a language switch closed the feature's card: %+v", f)
	}

	// A broken file: its problems are shown, its good features load.
	bad, _ := filepath.Abs(filepath.Join("..", "importer", "testdata", "bad", "badgeom.geojson"))
	tu.drop(bad)
	if on, text := tu.banner(); !on || !strings.Contains(text, "badgeom.geojson") {
		t.Errorf("broken file: banner %v %q", on, text)
	}
	if len(tu.userLayers()) != len(files)+1 {
		t.Errorf("the broken file's good features did not load")
	}

	// Removing a layer (its row's bin) takes it off the map and the legend.
	test.Tap(rowButton(tu.legendRow(u)))
	if len(tu.userLayers()) != len(files) {
		t.Errorf("remove: %d layers left", len(tu.userLayers()))
	}
	if tu.legendRow(u) != nil {
		t.Error("remove: the legend row stayed")
	}
	if tu.openFeature() != nil || tu.title() != locale.T("app.title") {
		t.Errorf("remove: its card stayed open (title %q)", tu.title())
	}
}

// TestLayerEncodingChoice: a file read in one encoding (--encoding Big5) shows its
// layer's encoding in its row; choosing 简体中文 there reads the file again, in place.
func TestLayerEncodingChoice(t *testing.T) {
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: inline(), encoding: "Big5"})
	p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", "enc", "ambiguous.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.addLayer(p)
	if len(tu.userLayers()) != 1 {
		t.Fatalf("%d layers", len(tu.userLayers()))
	}
	u := tu.userLayers()[0]
	asBig5 := u.layer.Features[0].Name
	var sel *widget.Select
	walk(tu.legendRow(u), func(o fyne.CanvasObject) {
		if v, ok := o.(*widget.Select); ok && sel == nil { // the encoding's menu, then the frame's
			sel = v
		}
	})
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
	if len(tu.userLayers()) != 1 {
		t.Fatalf("reading again left %d layers, want the one replaced", len(tu.userLayers()))
	}
	again := tu.userLayers()[0]
	if again == u || again.layer.Encoding != "GB18030" || again.layer.Features[0].Name == asBig5 {
		t.Errorf("read again: encoding %q, first name %q (as Big5 %q)", again.layer.Encoding, again.layer.Features[0].Name, asBig5)
	}
}
