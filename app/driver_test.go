package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"ningbomap/app/locale"
	"ningbomap/app/mapview"
	"ningbomap/app/style"
	"ningbomap/data"
)

// testUI is the whole window content on Fyne's test driver, with map frames handed over
// on the test goroutine by pump. Tests drive it as a person would — a tap, a key, a
// search, a button — and read what a person would see: the card, the title, the banner.
// This file and the other driver_*_test.go files are the one place that knows how the
// window is put together: the kiosk (driver_kiosk), edit mode and its questions
// (driver_edit), the visitor tools and the dashboard (driver_visitors), what lies over
// the map (driver_map), and the few readings of state no person sees (driver_inside).
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

// newTestUI is the window in language l at size, showing the overview.
func newTestUI(t testing.TB, l data.Lang, size fyne.Size) *testUI {
	return newTestUIWith(t, l, size, windowConfig{})
}

// newTestUIWith is newTestUI made with cfg (a clock, a kiosk, a tile package, inline
// slow work); the window and the frames are the test's.
func newTestUIWith(t testing.TB, l data.Lang, size fyne.Size, cfg windowConfig) *testUI {
	t.Helper()
	return newTestUIOn(t, l, size, cfg, make(chan func(), 64))
}

// newTestUIOn is newTestUIWith with frames handed over through the queue frames (which
// other goroutines may share).
func newTestUIOn(t testing.TB, l data.Lang, size fyne.Size, cfg windowConfig, frames chan func()) *testUI {
	t.Helper()
	ds := newTestApp(t, l)
	tu := &testUI{frames: frames}
	tu.w = test.NewTempWindow(t, nil)
	cfg.win = tu.w
	cfg.post = func(f func()) { frames <- f }
	cfg.instant = true
	tu.ui = newMainUI(ds, l, cfg)
	t.Cleanup(tu.ui.mapView.Close)
	tu.w.SetContent(tu.ui.root)
	tu.w.Resize(size)
	tu.ui.home()
	tu.pump()
	return tu
}

// inline runs slow work at once on the test goroutine and posts back inline.
func inline() async {
	return async{spawn: func(f func()) { f() }, post: func(f func()) { f() }}
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

// What a person does.

// mapView is the map widget, to drag, tap, scroll and look at.
func (tu *testUI) mapView() *mapview.MapView { return tu.ui.mapView }

// content is the places on the map.
func (tu *testUI) content() *data.Dataset { return tu.ui.ds }

// tapAt taps the map at the geographic point p.
func (tu *testUI) tapAt(p orb.Point) {
	m := tu.mapView()
	x, y := m.Viewport().Project(p)
	m.Tapped(&fyne.PointEvent{Position: m.PositionOf(x, y)})
	tu.pump()
}

// tapPlace taps the place's marker on the map, centred on it at zoom 15 first (where it
// stands alone, not in a bubble).
func (tu *testUI) tapPlace(t *testing.T, id string) {
	t.Helper()
	s := tu.content().Site(id)
	tu.key(fyne.KeyEscape)
	tu.mapView().ShowView(s.Point, 15)
	tu.pump()
	tu.tapAt(s.Point)
}

// key types a key with the map (not a field) having the keyboard.
func (tu *testUI) key(k fyne.KeyName) {
	tu.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
}

// shortcut types a shortcut.
func (tu *testUI) shortcut(s fyne.Shortcut) {
	tu.w.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// search types q into the search field and returns what its list shows.
func (tu *testUI) search(q string) []string {
	tu.ui.search.Entry.SetText(q)
	return tu.ui.search.Listed()
}

// submitSearch presses Enter in the search field.
func (tu *testUI) submitSearch() {
	tu.ui.search.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	tu.pump()
}

// hasButton reports whether the window shows a button labelled label.
func (tu *testUI) hasButton(label string) bool {
	found := false
	walk(tu.w.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && b.Visible() {
			found = true
		}
	})
	return found
}

// tapButton taps the button labelled label in the window (the top bar, the panels over
// the map, the card); it fails when there is none.
func (tu *testUI) tapButton(t *testing.T, label string) {
	t.Helper()
	var found *widget.Button
	walk(tu.w.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", label)
	}
	test.Tap(found)
	tu.pump()
}

// switchLanguage taps the top bar's language button.
func (tu *testUI) switchLanguage(t *testing.T) { tu.tapButton(t, locale.T("lang.switch")) }

// startTour taps the top bar's tour button.
func (tu *testUI) startTour(t *testing.T) { tu.tapButton(t, locale.T("tour.start")) }

// drop drops the files on the window.
func (tu *testUI) drop(paths ...string) {
	uris := make([]fyne.URI, len(paths))
	for i, p := range paths {
		uris[i] = storage.NewFileURI(p)
	}
	tu.ui.dropped(fyne.NewPos(10, 10), uris)
	tu.pump()
}

// addLayer reads a file as a layer, as --layer and the layer panel's "Add…" do.
func (tu *testUI) addLayer(path string) {
	tu.ui.loadLayerFile(path)
	tu.pump()
}

// userLayers are the layers users brought, in order, and legendRow the layer panel's row
// of one.
func (tu *testUI) userLayers() []*userLayer                 { return tu.ui.users.list }
func (tu *testUI) legendRow(u *userLayer) fyne.CanvasObject { return tu.ui.legend.Row(u) }

// touch is a press on the map that is no tap (it pauses the tour, wakes the kiosk).
func (tu *testUI) touch() {
	tu.mapView().MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonSecondary})
}

// press runs f as the window runs a button's callback: as a person's input, with a panic
// in it caught.
func (tu *testUI) press(f func()) { tu.ui.userAction(f)() }

// openCard opens the place's card and leaves the map where it is.
func (tu *testUI) openCard(id string) {
	tu.ui.openPlace(tu.content().Site(id), false)
	tu.pump()
}

// rebuild builds the window's content again, as a change of language or theme does.
func (tu *testUI) rebuild() { tu.ui.build() }

// tick is the clock's tick at now (every 200 ms in the app).
func (tu *testUI) tick(now time.Time) { tu.ui.tick(now) }

// reload is the data folder read again after a change in it.
func (tu *testUI) reload(f *dataFolder) {
	tu.ui.reloadData(f)
	tu.pump()
}

// What a person sees.

// mode is what the window is doing: browsing, touring, editing, attracting.
func (tu *testUI) mode() mode { return tu.ui.currentMode() }

// placesOnMap are the places on the map, as markers or in bubbles.
func (tu *testUI) placesOnMap() []*data.Site {
	out := append([]*data.Site(nil), tu.ui.markers.sites...)
	if s := tu.content().Site(tu.ui.markers.selected); s != nil {
		out = append(out, s)
	}
	return out
}

// opened is the id of the place whose card shows ("" when none or a feature's).
func (tu *testUI) opened() string {
	if s := tu.ui.state.target.site; s != nil {
		return s.ID
	}
	return ""
}

// openSite is the place whose card shows, nil when none.
func (tu *testUI) openSite() *data.Site { return tu.ui.state.target.site }

// openFeature is the user layer's feature whose card shows, nil when none.
func (tu *testUI) openFeature() *featureRef { return tu.ui.state.target.feature }

// cardTexts are the texts of the card shown.
func (tu *testUI) cardTexts() []string { return texts(tu.ui.cards.slot) }

// card is where the card shows (its position and size).
func (tu *testUI) card() fyne.CanvasObject { return tu.ui.cards.slot }

// title is the window title.
func (tu *testUI) title() string { return tu.w.Title() }

// banner reports whether the problem banner shows, and what it says.
func (tu *testUI) banner() (bool, string) {
	return tu.ui.notices.problems.Showing(), tu.ui.notices.problems.Text()
}

// tourBar reports whether the tour bar shows, and its progress ("3 / 15").
func (tu *testUI) tourBar() (bool, string) {
	tc := tu.ui.tour
	return tc.bar.Visible(), tc.progress.Text
}

// legendCheck is the layer panel's switch whose label starts with prefix.
func (tu *testUI) legendCheck(prefix string) *widget.Check {
	var found *widget.Check
	walk(tu.ui.legend.Object, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, prefix) && found == nil {
			found = c
		}
	})
	return found
}

// legend is the layer panel over the map.
func (tu *testUI) legend() *fyne.Container { return tu.ui.legend.Object }

// legendOpen reports whether the layer panel is open (not folded).
func (tu *testUI) legendOpen() bool { return tu.ui.legend.Open() }

// walk calls f for o and everything in it (containers' objects and widgets' parts).
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		if _, ok := v.(*style.Paragraph); ok {
			return
		}
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, f)
		}
	}
}

// texts collects the text of every canvas.Text and RichText under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		case *style.Paragraph:
			out = append(out, v.String())
		case *widget.Button:
			out = append(out, v.Text)
		case *widget.Check:
			out = append(out, v.Text)
		}
	})
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

func mouseEvent(pos fyne.Position) *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary}
}
