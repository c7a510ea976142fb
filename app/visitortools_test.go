package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/placelist"
	"ningbomap/app/searchbar"
	"ningbomap/app/style"
	"ningbomap/data"
)

// newTouchKiosk is a kiosk window whose search opens the on-screen keyboard, at size.
func newTouchKiosk(t *testing.T, size fyne.Size) *kioskUI {
	t.Helper()
	ku := newKioskUIWith(t, "", windowConfig{visitors: visitorSetup{touch: true}})
	ku.w.Resize(size)
	ku.pump()
	return ku
}

// resultButton is the search's result button whose text starts with name, or nil.
func (ku *kioskUI) resultButton(name string) *widget.Button {
	for _, b := range ku.resultButtons() {
		if strings.HasPrefix(b.Text, name) {
			return b
		}
	}
	return nil
}

// bounds is o's rectangle in the window.
func bounds(o fyne.CanvasObject) (min, max fyne.Position) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p, p.Add(fyne.NewPos(o.Size().Width, o.Size().Height))
}

// TestKioskKeyboardSearch: a tap on the search bar docks the keyboard; g-a-o-n-i on its
// keys offers 高泥村 above the keys, never under them; a tap on it opens the card and
// closes the keyboard. A physical keyboard types into the same search.
func TestKioskKeyboardSearch(t *testing.T) {
	ku := newTouchKiosk(t, fyne.NewSize(1920, 1080))
	tapEntry(ku.searchField())
	if !ku.keyboardOpen() || !ku.keyboard().Visible() {
		t.Fatal("a tap on the search bar did not open the keyboard")
	}
	side := style.UnitsToMillimetres(ku.keyboard().Key("g").Size().Height, 1)
	if side < style.KeyMM {
		t.Errorf("a key is %.1f mm high, want at least %d", side, style.KeyMM)
	}
	for _, r := range "gaoni" {
		test.Tap(ku.keyboard().Key(string(r)))
	}
	if got := ku.searchField().Text; got != "gaoni" {
		t.Fatalf("the search holds %q after g-a-o-n-i", got)
	}
	if ku.keyboard().Text() != "gaoni" {
		t.Errorf("the keyboard shows %q", ku.keyboard().Text())
	}
	b := ku.resultButton("高泥村")
	if b == nil {
		_, listed := ku.resultsShown()
		t.Fatalf("高泥村 not offered: %q", listed)
	}
	ku.w.Canvas().Refresh(ku.w.Content())
	_, resMax := bounds(ku.searchResults())
	kbMin, _ := bounds(ku.keyboard())
	if shown, _ := ku.resultsShown(); !shown || resMax.Y > kbMin.Y {
		t.Errorf("results end at %v, the keyboard starts at %v: covered", resMax, kbMin)
	}
	test.Tap(b)
	if ku.opened() != "gaoni" {
		t.Errorf("the open card is %v, want gaoni", ku.openSite())
	}
	if ku.keyboardOpen() || ku.keyboard().Visible() {
		t.Error("the keyboard stayed open after choosing a result")
	}

	// A physical keyboard: the field has the focus, its typing shows on the keys' display.
	ku.w.Canvas().Focus(ku.searchField())
	if !ku.keyboardOpen() {
		t.Fatal("focusing the search did not open the keyboard")
	}
	ku.searchField().SetText("")
	test.Type(ku.searchField(), "teng")
	if ku.keyboard().Text() != "teng" || ku.resultButton("滕头村") == nil {
		_, listed := ku.resultsShown()
		t.Errorf("typed teng: keyboard shows %q, results %q", ku.keyboard().Text(), listed)
	}
	test.Tap(ku.keyboard().Key("h")) // an on-screen key goes on after the typed text
	if ku.searchField().Text != "tengh" {
		t.Errorf("after typing and a key the search holds %q", ku.searchField().Text)
	}
	ku.larger(t) // the window is built again: the keyboard and the typing stay
	if !ku.keyboardOpen() || ku.searchField().Text != "tengh" || ku.keyboard().Text() != "tengh" {
		t.Errorf("after A+: keyboard %v, search %q, keys' display %q", ku.keyboardOpen(), ku.searchField().Text, ku.keyboard().Text())
	}
	test.Tap(ku.keyboard().Key(ku.keyboard().Keys()[len(ku.keyboard().Keys())-1].Label())) // close
	if shown, _ := ku.resultsShown(); ku.keyboardOpen() || shown {
		t.Error("the close key left the keyboard or the results open")
	}
}

// TestKeyboardOffOnALaptop: outside a kiosk (and without touch_keyboard) the search
// opens no keyboard; the place list is there all the same.
func TestKeyboardOffOnALaptop(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tapEntry(tu.searchField())
	if tu.keyboardOpen() {
		t.Error("a laptop's search opened the on-screen keyboard")
	}
	test.Tap(tu.placesButton())
	if open, _ := tu.listOpen(); !open {
		t.Error("Places did not open the list on a laptop")
	}
}

// TestPlacesList: Places opens the list by theme, switchable to by district; a tap on a
// row opens that place's card and closes the list; the idle reset closes the list,
// returns it to by theme and the text to the staff's size.
func TestPlacesList(t *testing.T) {
	ku := newTouchKiosk(t, fyne.NewSize(1920, 1080))
	test.Tap(ku.placesButton())
	if open, shown := ku.listOpen(); !open || ku.placeList() == nil || !shown {
		t.Fatal("Places did not open the list")
	}
	list := ku.placeList()
	if got := len(list.Rows()); got != len(ku.content().Sites)-countOverview(ku) {
		t.Errorf("%d rows, want every place", got)
	}
	// Names keep off the list, and only off it: the middle of the map is free.
	vp := ku.mapView().Viewport()
	cx, cy := float64(vp.Width)/2, float64(vp.Height)/2
	for _, b := range ku.coveredBoxes() {
		if b.MinX <= cx && cx <= b.MaxX && b.MinY <= cy && cy <= b.MaxY {
			t.Errorf("with the list open, %v keeps names off the middle of the map", b)
		}
	}
	rowMM := style.UnitsToMillimetres(list.Rows()[0].Size().Height, 1)
	if rowMM < style.TargetMM {
		t.Errorf("a row is %.1f mm high, want at least %d", rowMM, style.TargetMM)
	}
	list.SetGrouping(placelist.ByDistrict)
	test.Tap(list.Row("anfeng"))
	if ku.opened() != "anfeng" {
		t.Errorf("the open card is %v, want anfeng", ku.openSite())
	}
	if open, shown := ku.listOpen(); open || shown {
		t.Error("the list stayed open after a tap on a row")
	}

	test.Tap(ku.placesButton())
	if ku.placeList().Grouping() != placelist.ByDistrict {
		t.Error("the list forgot its grouping between two opens")
	}
	ku.larger(t)
	if s := style.TextScale(); s != 1.25 {
		t.Errorf("A+ made the text scale %v, want 1.25", s)
	}
	ku.at(61 * time.Second) // the idle reset
	if open, _ := ku.listOpen(); open || ku.keyboardOpen() {
		t.Errorf("after the idle reset: list %v, keyboard %v", open, ku.keyboardOpen())
	}
	if s := style.TextScale(); s != 1 || ku.textStep() != 0 {
		t.Errorf("after the idle reset the text scale is %v (step %d), want the staff's 1", s, ku.textStep())
	}
	test.Tap(ku.placesButton())
	if ku.placeList().Grouping() != placelist.ByTheme {
		t.Error("after the idle reset the list is not by theme")
	}
}

// TestIdleResetClosesKeyboard: the keyboard open with a half-typed search, then nobody.
func TestIdleResetClosesKeyboard(t *testing.T) {
	ku := newTouchKiosk(t, fyne.NewSize(1920, 1080))
	tapEntry(ku.searchField())
	test.Tap(ku.keyboard().Key("g"))
	ku.at(61 * time.Second)
	if ku.keyboardOpen() || ku.searchField().Text != "" {
		t.Errorf("after the idle reset: keyboard %v, search %q", ku.keyboardOpen(), ku.searchField().Text)
	}
}

func countOverview(ku *kioskUI) int {
	n := 0
	for _, s := range ku.content().Sites {
		if s.IsOverview() {
			n++
		}
	}
	return n
}

// tapEntry taps the search field as a finger does: the press gives it the focus.
func tapEntry(e *searchbar.Entry) {
	e.MouseDown(mouseEvent(fyne.NewPos(5, 5)))
	e.MouseUp(mouseEvent(fyne.NewPos(5, 5)))
	test.Tap(e)
}

// TestTouchCardAndMap: on a kiosk a finger's drag that starts on the card scrolls the
// card and leaves the map where it is; a double tap on the map zooms in there.
func TestTouchCardAndMap(t *testing.T) {
	ku := newTouchKiosk(t, fyne.NewSize(1920, 600)) // the card longer than the window
	ku.openCard("tengtou")
	var scroll *style.TouchScroll
	var find func(o fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *style.TouchScroll:
			if scroll == nil {
				scroll = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				find(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				find(c)
			}
		}
	}
	find(ku.card())
	for i := 0; i < 3; i++ { // paragraphs break for the card's width and grow
		ku.w.Canvas().Capture()
		scroll.Refresh()
	}
	if scroll == nil {
		t.Fatal("the card has no touch scroll")
	}
	before := ku.mapView().Viewport()
	p, _ := bounds(scroll)
	test.Drag(ku.w.Canvas(), p.Add(fyne.NewPos(200, 300)), 0, -100)
	if scroll.Offset.Y < 50 {
		t.Errorf("a drag of 100 up on the card scrolled it by %v (scroll %v, content %v)", scroll.Offset.Y, scroll.Size(), scroll.Content.MinSize())
	}
	if after := ku.mapView().Viewport(); after.Center != before.Center || after.Zoom != before.Zoom {
		t.Errorf("a drag on the card moved the map: %v %v → %v %v", before.Center, before.Zoom, after.Center, after.Zoom)
	}

	z := ku.mapView().Viewport().Zoom
	at := &fyne.PointEvent{Position: fyne.NewPos(300, 300)}
	ku.mapView().Tapped(at)
	ku.mapView().Tapped(at)
	if got := ku.mapView().Viewport().Zoom; got < z+0.99 {
		t.Errorf("a double tap zoomed from %v to %v, want one level in", z, got)
	}
}
