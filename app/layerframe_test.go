package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/internal/webmaps"
)

// frameMenu is the frame menu of a user layer's row in the layer panel (the row's
// last menu), or nil.
func frameMenu(tu *testUI, u *userLayer) *widget.Select {
	var sel *widget.Select
	walk(tu.legendRow(u), func(o fyne.CanvasObject) {
		if v, ok := o.(*widget.Select); ok {
			sel = v
		}
	})
	return sel
}

// TestLayerFrameChoice: a CSV exported from AMap read as WGS 84 (the default) lies
// hundreds of metres off; its row shows the frame it was read in and offers the others,
// and choosing GCJ-02 reads the file again, in place, with every place within 2 m of
// where it really is. With --crs bd09 (the window's option) Baidu's export lands too.
func TestLayerFrameChoice(t *testing.T) {
	truth := webmaps.Truth(t)
	worst := func(u *userLayer) float64 {
		w := 0.0
		for _, f := range u.layer.Features {
			want, ok := truth[f.Name]
			if !ok {
				t.Fatalf("no true position of %q", f.Name)
			}
			w = max(w, geo.Distance(f.Geometry.(orb.Point), want))
		}
		return w
	}
	dir := filepath.Join("..", "importer", "testdata", "webmaps")
	tu := newTestUIWith(t, data.En, fyne.NewSize(1280, 800), windowConfig{async: inline()})
	p, err := filepath.Abs(filepath.Join(dir, "amap-gcj02.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.addLayer(p)
	if len(tu.userLayers()) != 1 {
		t.Fatalf("%d layers", len(tu.userLayers()))
	}
	u := tu.userLayers()[0]
	if d := worst(u); d < 100 {
		t.Fatalf("read as WGS 84 the AMap places are at most %.0f m off: the test cannot tell the frames apart", d)
	}
	sel := frameMenu(tu, u)
	if sel == nil {
		t.Fatal("the layer's row has no frame choice")
	}
	if !strings.HasPrefix(sel.Selected, "WGS 84") {
		t.Errorf("the row shows %q, want the frame it was read in (WGS 84)", sel.Selected)
	}
	if len(sel.Options) != len(crs.Frames()) {
		t.Errorf("the menu offers %q, want every frame", sel.Options)
	}
	for _, o := range sel.Options {
		if strings.HasPrefix(o, "GCJ-02") {
			sel.SetSelected(o)
		}
	}
	if len(tu.userLayers()) != 1 {
		t.Fatalf("reading again left %d layers, want the one replaced", len(tu.userLayers()))
	}
	again := tu.userLayers()[0]
	if again == u || again.layer.CRS != crs.GCJ02 {
		t.Fatalf("read again in %v, want GCJ-02", again.layer.CRS)
	}
	if d := worst(again); d > 2 {
		t.Errorf("read as GCJ-02 a place is %.1f m off, want within 2 m", d)
	}
	if s := frameMenu(tu, again); s == nil || !strings.HasPrefix(s.Selected, "GCJ-02") {
		t.Errorf("the new row shows %v, want GCJ-02", s)
	}

	// --crs bd09: the frame every --layer file is read in.
	tu.readLayersIn(crs.BD09)
	b, err := filepath.Abs(filepath.Join(dir, "baidu-bd09.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.addLayer(b)
	if len(tu.userLayers()) != 2 {
		t.Fatalf("%d layers", len(tu.userLayers()))
	}
	bd := tu.userLayers()[1]
	if bd.layer.CRS != crs.BD09 {
		t.Errorf("read in %v, want BD-09", bd.layer.CRS)
	}
	if d := worst(bd); d > 2 {
		t.Errorf("Baidu's export read as BD-09: a place is %.1f m off, want within 2 m", d)
	}
}
