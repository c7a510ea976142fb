package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/data"
)

// TestLocator checks when the inset shows, where it goes and what a tap on it does, and
// compares it with its golden image at zoom 14 around 滕头村.
func TestLocator(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	lc := tu.inset()
	if lc.Visible() {
		t.Error("the inset shows at the overview")
	}
	s := tu.content().Site("tengtou")
	tu.search("滕头")
	tu.submitSearch()
	tu.mapView().ShowView(s.Point, 14)
	tu.pump()
	if !lc.Visible() {
		t.Fatal("the inset is hidden at zoom 14")
	}
	// Clear of the selected place, inside the map (so never under the card).
	vp := tu.mapView().Viewport()
	sc := tu.mapView().Scale()
	x, y := vp.Project(s.Point)
	px, py := float32(x)/sc, float32(y)/sc
	p, sz := lc.Position(), lc.Size()
	if px > p.X-20 && px < p.X+sz.Width+20 && py > p.Y-20 && py < p.Y+sz.Height+20 {
		t.Errorf("the inset at %v size %v covers the selected place at %.0f,%.0f", p, sz, px, py)
	}
	if m := tu.mapView().Size(); p.X+sz.Width > m.Width || p.Y+sz.Height > m.Height {
		t.Errorf("the inset at %v size %v leaves the map of size %v", p, sz, m)
	}
	assertNearImage(t, "locator_tengtou_z14.png", lc.Image())

	// A tap in the inset's middle flies there: the city's middle, at the same zoom.
	mid := fyne.NewPos(sz.Width/2, sz.Height/2)
	want := lc.At(mid)
	lc.Tapped(&fyne.PointEvent{Position: mid})
	tu.pump()
	got := tu.mapView().Viewport()
	if d := got.Center.Lon() - want.Lon(); d > 1e-6 || d < -1e-6 {
		t.Errorf("after a tap the map is at %v, want %v", got.Center, want)
	}
	if got.Zoom != 14 {
		t.Errorf("after a tap the zoom is %g, want 14", got.Zoom)
	}

	// Back at the overview it hides.
	tu.mapView().Overview()
	tu.pump()
	if lc.Visible() {
		t.Error("the inset shows at the overview after a zoom out")
	}
}
