package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/legend"
	"ningbomap/app/locale"
	"ningbomap/data"
)

// namesCheck is a user layer's "Names on the map" switch in its row.
func namesCheck(row fyne.CanvasObject) *widget.Check {
	var c *widget.Check
	walk(row, func(o fyne.CanvasObject) {
		if v, ok := o.(*widget.Check); ok && v.Text == locale.T("legend.names") {
			c = v
		}
	})
	return c
}

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
			tu.search(tc.query)
			tu.submitSearch()
			if got := tu.opened(); got != "tengtou" {
				t.Fatalf("the search opened %q, want tengtou", got)
			}
			mv := tu.mapView()
			vp := mv.Viewport()
			sc := mv.Scale()
			x, y := vp.Project(tu.content().Site("tengtou").Point)
			px, py := float32(x)/sc, float32(y)/sc
			size := mv.Size()
			// Under the card: the map ends where the card begins.
			if px < 0 || py < 0 || px > size.Width || py > size.Height {
				t.Fatalf("the place is at %.0f,%.0f, outside the map of %v", px, py, size)
			}
			left := float32(0)
			if tu.legendOpen() {
				d := fyne.CurrentApp().Driver()
				lp := d.AbsolutePositionForObject(tu.legend()).Subtract(d.AbsolutePositionForObject(mv))
				ls := tu.legend().Size()
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
			if tu.legendOpen() != tc.wantOpen {
				t.Errorf("the layer panel is open: %v, want %v", tu.legendOpen(), tc.wantOpen)
			}
			w := tu.legend().MinSize().Width
			if tu.legendOpen() && legend.TooWide(w, tu.mapView().Size().Width) {
				t.Errorf("the open panel (%.0f) covers more than a third of the map (%.0f)", w, tu.mapView().Size().Width)
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
			e := tu.searchField()
			full, short := e.Hints()
			for _, tc := range []struct {
				width float32
				want  string
			}{{900, full}, {160, short}} {
				e.Resize(fyne.NewSize(tc.width, e.MinSize().Height))
				if e.PlaceHolder != tc.want {
					t.Errorf("at width %.0f the hint is %q, want %q", tc.width, e.PlaceHolder, tc.want)
				}
				w := fyne.MeasureText(e.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width
				if w > tc.width-4*theme.InnerPadding() {
					t.Errorf("the hint %q (%.0f) does not fit a field %.0f wide", e.PlaceHolder, w, tc.width)
				}
			}
			if short == full || short == "" {
				t.Errorf("short hint %q", short)
			}
		})
	}
}

// TestLayerShowsInVisiblePart adds a layer of three shops in Chinese on a 1280x800 window
// (the layer panel open): the map flies to them, and every one of them ends clear of the
// layer panel and of the inset; close up a shop is named, unless its layer's names are off.
func TestLayerShowsInVisiblePart(t *testing.T) {
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: inline()})
	p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", "shops.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tu.addLayer(p)
	if len(tu.userLayers()) != 1 {
		t.Fatalf("%d layers after loading shops.csv", len(tu.userLayers()))
	}
	if !tu.legendOpen() {
		t.Fatal("the layer panel is folded after a layer was added")
	}
	u := tu.userLayers()[0]
	_, placed := tu.frame(t)
	covered := tu.coveredBoxes()
	vp := tu.mapView().Viewport()
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
	tu.mapView().ShowView(u.points[0], 16)
	tu.pump()
	if _, placed = tu.frame(t); !slices.Contains(placed, name) {
		t.Errorf("%q is not named on the map at zoom 16; placed: %q", name, placed)
	}
	test.Tap(namesCheck(tu.legendRow(u)))
	tu.pump()
	if _, placed = tu.frame(t); slices.Contains(placed, name) {
		t.Errorf("%q is named with its layer's names off", name)
	}
}
