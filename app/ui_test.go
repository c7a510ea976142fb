package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
	"ningbomap/data"
)

// testUI is the whole window content on Fyne's test driver, with map frames handed over
// on the test goroutine by pump.
type testUI struct {
	ui     *mainUI
	w      fyne.Window
	frames chan func()
}

// newTestApp starts Fyne's test app with the map's theme in language l and loads the
// embedded data.
func newTestApp(t testing.TB, l data.Lang) *data.Dataset {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	t.Setenv("LANGUAGE", "")
	if err := SetLanguage(l); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	return ds
}

func newTestUI(t testing.TB, l data.Lang, size fyne.Size) *testUI {
	t.Helper()
	ds := newTestApp(t, l)
	tu := &testUI{frames: make(chan func(), 64)}
	tu.w = test.NewTempWindow(t, nil)
	tu.ui = newMainUI(ds, l, tu.w, func(f func()) { tu.frames <- f })
	tu.ui.build()
	tu.ui.mapView.Instant = true
	t.Cleanup(tu.ui.mapView.Close)
	tu.w.SetContent(tu.ui.root)
	tu.w.Resize(size)
	tu.ui.installKeys(tu.w.Canvas())
	tu.ui.showOverview()
	tu.pump()
	return tu
}

// pump shows the frames finished so far, waiting briefly for one in progress.
func (tu *testUI) pump() {
	deadline := time.After(2 * time.Second)
	for {
		select {
		case f := <-tu.frames:
			f()
		case <-time.After(50 * time.Millisecond):
			return
		case <-deadline:
			return
		}
	}
}

// texts collects the text of every canvas.Text and RichText under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		case *style.Paragraph:
			out = append(out, v.String())
			return
		case *widget.Button:
			out = append(out, v.Text)
		case *widget.Check:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
			return
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func contains(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// tapSite taps the place's marker on the map, centred on it at zoom 15 first (where it
// stands alone, not in a bubble).
func (tu *testUI) tapSite(t *testing.T, id string) {
	t.Helper()
	s := tu.ui.ds.Site(id)
	tu.ui.closeCard()
	tu.ui.mapView.ShowView(s.Point, 15)
	tu.pump()
	x, y := tu.ui.mapView.Viewport().Project(s.Point)
	tu.ui.mapView.Tapped(&fyne.PointEvent{Position: tu.ui.mapView.PositionOf(x, y)})
	tu.pump()
}

func TestTapMarkerOpensCard(t *testing.T) {
	for _, tt := range []struct {
		lang   data.Lang
		figure string
		name   string
	}{
		{data.Zh, "130.60亿元", "滕头村"},
		{data.En, "13.06 billion yuan", "Tengtou Village"},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			tu := newTestUI(t, tt.lang, fyne.NewSize(1280, 800))
			tu.tapSite(t, "tengtou")
			if tu.ui.open.site == nil || tu.ui.open.site.ID != "tengtou" {
				t.Fatalf("selected = %v, want tengtou", tu.ui.open.site)
			}
			got := texts(tu.ui.cards.slot)
			for _, want := range []string{tt.name, tt.figure} {
				if !contains(got, want) {
					t.Errorf("card does not show %q; it shows %q", want, got)
				}
			}
			if !strings.HasPrefix(tu.w.Title(), tt.name) {
				t.Errorf("window title %q does not name the place", tu.w.Title())
			}
		})
	}
}

func TestTapFingerJitterIsStillATap(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	s := tu.ui.ds.Site("gaoni")
	tu.ui.mapView.ShowView(s.Point, 13)
	tu.pump()
	x, y := tu.ui.mapView.Viewport().Project(s.Point)
	pos := tu.ui.mapView.PositionOf(x, y)
	m := tu.ui.mapView
	m.MouseDown(mouseEvent(pos))
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.Delta{DX: 3, DY: -2}})
	m.DragEnd()
	m.MouseUp(mouseEvent(pos))
	tu.pump()
	if tu.ui.open.site == nil || tu.ui.open.site.ID != "gaoni" {
		t.Fatalf("a press that moved 3.6 units did not open the card: selected = %v", tu.ui.open.site)
	}
}

func TestSearchInitials(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.ui.search.entry.SetText("tt")
	got := texts(tu.ui.search.list)
	if len(got) == 0 || !strings.HasPrefix(got[0], "滕头村") {
		t.Fatalf("search tt lists %q; want 滕头村 first", got)
	}
	// Enter opens the first result.
	tu.ui.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	tu.pump()
	if tu.ui.open.site == nil || tu.ui.open.site.ID != "tengtou" {
		t.Errorf("Enter opened %v, want tengtou", tu.ui.open.site)
	}
}

func TestPageDownWalksTheTour(t *testing.T) {
	tu := newTestUI(t, data.En, fyne.NewSize(1280, 800))
	sites := tu.ui.ds.Sites
	for i, want := range sites {
		tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		if tu.ui.open.site == nil || tu.ui.open.site.ID != want.ID {
			t.Fatalf("PgDn #%d opened %v, want %s", i+1, tu.ui.open.site, want.ID)
		}
		if want.Tour != i+1 {
			t.Errorf("%s has tour %d at position %d", want.ID, want.Tour, i+1)
		}
	}
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if tu.ui.open.site != tu.ui.ds.Overview {
		t.Errorf("after the last place PgDn opened %v, want the overview", tu.ui.open.site)
	}
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if last := sites[len(sites)-1]; tu.ui.open.site != last {
		t.Errorf("PgUp from the overview opened %v, want %s", tu.ui.open.site, last.ID)
	}
	tu.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if tu.ui.open.site != nil {
		t.Errorf("Esc left %v open", tu.ui.open.site)
	}
}

func TestLayerToggleHidesTheme(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	var check *widget.Check
	var find func(o fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Check:
			if strings.HasPrefix(v.Text, "减负提能助善治") {
				check = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				find(c)
			}
		}
	}
	find(tu.ui.legend.object)
	if check == nil {
		t.Fatal("no legend switch for the governance theme")
	}
	if !check.Checked {
		t.Fatal("governance starts hidden")
	}
	test.Tap(check)
	tu.pump()
	for _, s := range tu.ui.markers.sites {
		if s.Theme == data.ThemeGovernance {
			t.Errorf("%s is still on the map", s.ID)
		}
	}
	for _, s := range tu.ui.tourSites() {
		if s.Theme == data.ThemeGovernance {
			t.Errorf("%s is still in the tour", s.ID)
		}
	}
	test.Tap(check)
	tu.pump()
	n := 0
	for _, s := range tu.ui.markers.sites {
		if s.Theme == data.ThemeGovernance {
			n++
		}
	}
	if n == 0 {
		t.Error("switching the layer back on did not bring its places back")
	}
}

func TestLanguageSwitchRebuilds(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.tapSite(t, "tengtou")
	tu.ui.toggleLanguage()
	if tu.ui.lang != data.En {
		t.Fatal("language did not switch")
	}
	if got := texts(tu.ui.cards.slot); !contains(got, "13.06 billion yuan") {
		t.Errorf("after switching to English the card shows %q", got)
	}
	if tu.ui.open.site == nil || tu.ui.open.site.ID != "tengtou" {
		t.Errorf("the open card was lost: %v", tu.ui.open.site)
	}
}

func TestNarrowWindowUsesBottomSheet(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(700, 900))
	tu.tapSite(t, "tengtou")
	card := tu.ui.cards.slot
	if card.Position().X != 0 || card.Position().Y <= 0 || card.Size().Width < 690 {
		t.Errorf("card at %v size %v: want a bottom sheet across the window", card.Position(), card.Size())
	}
	tu2 := newTestUI(t, data.Zh, fyne.NewSize(1400, 900))
	tu2.tapSite(t, "tengtou")
	if c := tu2.ui.cards.slot; c.Position().X <= 0 || c.Size().Height < 700 {
		t.Errorf("wide window: card at %v size %v, want a side panel", c.Position(), c.Size())
	}
}

func mouseEvent(pos fyne.Position) *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary}
}
