package app

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/data"
)

// TestLocator checks when the inset shows, where it goes and what a tap on it does, and
// compares it with its golden image at zoom 14 around 滕头村.
func TestLocator(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	lc := tu.ui.over.locator
	if lc.Visible() {
		t.Error("the inset shows at the overview")
	}
	s := tu.ui.ds.Site("tengtou")
	tu.ui.openCard(s)
	tu.ui.mapView.ShowView(s.Point, 14)
	tu.pump()
	if !lc.Visible() {
		t.Fatal("the inset is hidden at zoom 14")
	}
	// Clear of the selected place, inside the map (so never under the card).
	vp := tu.ui.mapView.Viewport()
	sc := tu.ui.mapView.Scale()
	x, y := vp.Project(s.Point)
	px, py := float32(x)/sc, float32(y)/sc
	p, sz := lc.Position(), lc.Size()
	if px > p.X-20 && px < p.X+sz.Width+20 && py > p.Y-20 && py < p.Y+sz.Height+20 {
		t.Errorf("the inset at %v size %v covers the selected place at %.0f,%.0f", p, sz, px, py)
	}
	if m := tu.ui.mapView.Size(); p.X+sz.Width > m.Width || p.Y+sz.Height > m.Height {
		t.Errorf("the inset at %v size %v leaves the map of size %v", p, sz, m)
	}
	assertNearImage(t, "locator_tengtou_z14.png", lc.img.Image.(*image.RGBA))

	// A tap in the inset's middle flies there: the city's middle, at the same zoom.
	lc.Tapped(&fyne.PointEvent{Position: fyne.NewPos(sz.Width/2, sz.Height/2)})
	tu.pump()
	want := lc.in.LonLat(float64(sz.Width/2*sc), float64(sz.Height/2*sc))
	got := tu.ui.mapView.Viewport()
	if d := got.Center.Lon() - want.Lon(); d > 1e-6 || d < -1e-6 {
		t.Errorf("after a tap the map is at %v, want %v", got.Center, want)
	}
	if got.Zoom != 14 {
		t.Errorf("after a tap the zoom is %g, want 14", got.Zoom)
	}

	// Back at the overview it hides.
	tu.ui.mapView.Overview()
	tu.pump()
	if lc.Visible() {
		t.Error("the inset shows at the overview after a zoom out")
	}
}

// TestLocatorCorner puts the selected place in each of the corners the inset could take:
// it takes another, and hides when the map is too small for one.
func TestLocatorCorner(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	lc := tu.ui.over.locator
	s := tu.ui.ds.Site("tengtou")
	tu.ui.openCard(s)
	tu.ui.mapView.ShowView(s.Point, 14)
	tu.pump()
	vp := tu.ui.mapView.Viewport()
	sc := float64(tu.ui.mapView.Scale())
	area := fyne.NewSize(float32(float64(vp.Width)/sc), float32(float64(vp.Height)/sc))
	first, ok := lc.corner(vp, area)
	if !ok {
		t.Fatal("no corner for the inset on a 1280x800 window")
	}
	// Move the view so that the place sits in the middle of that corner.
	moved := vp
	cx, cy := (float64(first.X)+locatorWidth/2)*sc, (float64(first.Y)+locatorHeight/2)*sc
	moved.Pan(cx-float64(vp.Width)/2, cy-float64(vp.Height)/2)
	second, ok := lc.corner(moved, area)
	if !ok || second == first {
		t.Errorf("with the place under the inset's corner %v it went to %v (ok %v)", first, second, ok)
	}
	if _, ok := lc.corner(vp, fyne.NewSize(300, 250)); ok {
		t.Error("a 300x250 map has a corner for the inset")
	}
}
