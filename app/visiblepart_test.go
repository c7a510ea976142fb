package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ningbomap/data"
)

// TestSearchedPlaceIsVisible searches 滕头村 as a visitor would and checks that the
// flight ends with its marker in the middle of the map the card and the layer panel
// leave visible, in both languages on a 1280x800 window.
func TestSearchedPlaceIsVisible(t *testing.T) {
	for _, tc := range []struct {
		lang  data.Lang
		query string
	}{{data.En, "tengtou"}, {data.Zh, "滕头"}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			tu := newTestUI(t, tc.lang, fyne.NewSize(1280, 800))
			tu.ui.search.entry.SetText(tc.query)
			tu.ui.search.entry.OnSubmitted(tc.query)
			tu.pump()
			if s := tu.ui.open.site; s == nil || s.ID != "tengtou" {
				t.Fatalf("the search opened %v, want tengtou", s)
			}
			mv := tu.ui.mapView
			vp := mv.Viewport()
			sc := mv.Scale()
			x, y := vp.Project(tu.ui.ds.Site("tengtou").Point)
			px, py := float32(x)/sc, float32(y)/sc
			size := mv.Size()
			// Under the card: the map ends where the card begins.
			if px < 0 || py < 0 || px > size.Width || py > size.Height {
				t.Fatalf("the place is at %.0f,%.0f, outside the map of %v", px, py, size)
			}
			left := float32(0)
			if tu.ui.legend.open {
				d := fyne.CurrentApp().Driver()
				lp := d.AbsolutePositionForObject(tu.ui.legend.object).Subtract(d.AbsolutePositionForObject(mv))
				ls := tu.ui.legend.object.Size()
				left = lp.X + ls.Width
				if px < left+placeMarkerRadius && py < lp.Y+ls.Height {
					t.Errorf("the place at %.0f,%.0f is under the layer panel (right edge %.0f)", px, py, left)
				}
			}
			mid := (mv.InsetLeft + size.Width) / 2
			if d := px - mid; d > 2 || d < -2 {
				t.Errorf("the place is at x %.0f, want the middle of the visible part, %.0f", px, mid)
			}
			if d := py - size.Height/2; d > 2 || d < -2 {
				t.Errorf("the place is at y %.0f, want %.0f", py, size.Height/2)
			}
		})
	}
}

// TestLegendFolds checks that the layer panel starts folded where, open, it would cover
// more than a third of the map: English on a laptop, and narrow windows.
func TestLegendFolds(t *testing.T) {
	for _, tc := range []struct {
		lang     data.Lang
		size     fyne.Size
		wantOpen bool
	}{
		{data.En, fyne.NewSize(1280, 800), false},
		{data.En, fyne.NewSize(1920, 1080), true},
		{data.Zh, fyne.NewSize(1920, 1080), true},
		{data.Zh, fyne.NewSize(700, 900), false},
	} {
		t.Run(string(tc.lang)+"_"+sizeName(tc.size), func(t *testing.T) {
			tu := newTestUI(t, tc.lang, tc.size)
			if tu.ui.legend.open != tc.wantOpen {
				t.Errorf("the layer panel is open: %v, want %v", tu.ui.legend.open, tc.wantOpen)
			}
			w := tu.ui.legend.object.MinSize().Width
			if tu.ui.legend.open && legendTooWide(w, tu.ui.mapView.Size().Width) {
				t.Errorf("the open panel (%.0f) covers more than a third of the map (%.0f)", w, tu.ui.mapView.Size().Width)
			}
		})
	}
}

func sizeName(s fyne.Size) string { return fmt.Sprintf("%.0fx%.0f", s.Width, s.Height) }

// TestPlaceholderFits narrows the search field: its hint is the full one where that fits
// whole, else the short one.
func TestPlaceholderFits(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			tu := newTestUI(t, l, fyne.NewSize(1280, 800))
			e := tu.ui.search.entry
			for _, tc := range []struct {
				width float32
				want  string
			}{{900, e.placeholders[0]}, {160, e.placeholders[1]}} {
				e.Resize(fyne.NewSize(tc.width, e.MinSize().Height))
				if e.PlaceHolder != tc.want {
					t.Errorf("at width %.0f the hint is %q, want %q", tc.width, e.PlaceHolder, tc.want)
				}
				w := fyne.MeasureText(e.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width
				if w > tc.width-4*theme.InnerPadding() {
					t.Errorf("the hint %q (%.0f) does not fit a field %.0f wide", e.PlaceHolder, w, tc.width)
				}
			}
			if e.placeholders[1] == e.placeholders[0] || e.placeholders[1] == "" {
				t.Errorf("short hint %q", e.placeholders[1])
			}
		})
	}
}

// TestLayerShowsInVisiblePart adds a layer of three shops in Chinese on a 1280x800 window
// (the layer panel open): the map flies to them, and every one of them ends clear of the
// layer panel and of the inset; close up a shop is named, unless its layer's names are off.
func TestLayerShowsInVisiblePart(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.ui.async.spawn = func(f func()) { f() }
	tu.ui.async.post = func(f func()) { f() }
	p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", "shops.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.ui.loadLayerFile(p)
	tu.pump()
	if len(tu.ui.users.list) != 1 {
		t.Fatalf("%d layers after loading shops.csv", len(tu.ui.users.list))
	}
	if !tu.ui.legend.open {
		t.Fatal("the layer panel is folded after a layer was added")
	}
	u := tu.ui.users.list[0]
	_, placed := tu.frame(t)
	covered := tu.ui.coveredBoxes()
	vp := tu.ui.mapView.Viewport()
	for i, pt := range u.points {
		x, y := vp.Project(pt)
		for _, c := range covered {
			if x > c.MinX && x < c.MaxX && y > c.MinY && y < c.MaxY {
				t.Errorf("point %d at %.0f,%.0f is under %v", i, x, y, c)
			}
		}
		if x < 0 || y < 0 || x > float64(vp.Width) || y > float64(vp.Height) {
			t.Errorf("point %d at %.0f,%.0f is off the map", i, x, y)
		}
	}
	if len(placed) == 0 {
		t.Error("no names on the map")
	}
	// Close up, where the shop stands alone, it is named; with the names off it is not.
	name := u.layer.Features[0].Name
	tu.ui.mapView.ShowView(u.points[0], 16)
	tu.pump()
	if _, placed = tu.frame(t); !slices.Contains(placed, name) {
		t.Errorf("%q is not named on the map at zoom 16; placed: %q", name, placed)
	}
	tu.ui.setUserNames(u, false)
	tu.pump()
	if _, placed = tu.frame(t); slices.Contains(placed, name) {
		t.Errorf("%q is named with its layer's names off", name)
	}
}
