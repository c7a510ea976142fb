package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/keyboard"
	"ningbomap/app/locale"
	"ningbomap/app/placelist"
	"ningbomap/app/searchbar"
)

// What a visitor touches besides the map: the search field and its results, the
// on-screen keyboard, the Places list, the text size; and the visitors dashboard.

// searchField is the search field, to tap, focus, type in and read.
func (tu *testUI) searchField() *searchbar.Entry { return tu.ui.search.Entry }

// searchResults is the list of results under the search field (or above the keyboard).
func (tu *testUI) searchResults() fyne.CanvasObject { return tu.ui.search.Results }

// resultsShown reports whether the search's results show, and what they list.
func (tu *testUI) resultsShown() (bool, []string) {
	return tu.ui.search.Results.Visible(), tu.ui.search.Listed()
}

// resultButtons are the search's results, to tap.
func (tu *testUI) resultButtons() []*widget.Button { return tu.ui.search.Buttons() }

// keyboard is the on-screen keyboard (nil outside a touch window), to tap its keys and
// read its display; keyboardOpen reports whether it is docked over the map.
func (tu *testUI) keyboard() *keyboard.Keyboard { return tu.ui.visitors.kb }
func (tu *testUI) keyboardOpen() bool           { return tu.ui.visitors.kbOpen }

// placesButton is the "Places / 地点" button beside the search field.
func (tu *testUI) placesButton() *widget.Button { return tu.ui.visitors.places }

// placeList is the Places list (nil until first opened in this language); listOpen
// reports whether it is open, and shown whether its panel is on the screen.
func (tu *testUI) placeList() *placelist.List { return tu.ui.visitors.list }
func (tu *testUI) listOpen() (open, shown bool) {
	v := tu.ui.visitors
	return v.listOpen, v.panel.Visible()
}

// larger taps the top bar's A+.
func (tu *testUI) larger(t *testing.T) { tu.tapButton(t, locale.T("textsize.larger")) }

// textStep is how many steps the text size is above the staff's (A+ and A– move it; the
// screen shows the text's size, style.TextScale).
func (tu *testUI) textStep() int { return tu.ui.visitors.size.Step() }

// countUsageIn makes dir where the window counts its visitors' usage, and the dashboard
// reads it (--usage-dir).
func (tu *testUI) countUsageIn(dir string) { tu.ui.fleet.usageDir = dir }

// dashboard reports whether the visitors dashboard is open, whether it shows and whether
// it shows on top of everything else in the window.
func (tu *testUI) dashboard() (open, shown, onTop bool) {
	v := tu.ui.fleet.visitors
	shown = v != nil && v.Object().Visible()
	objs := tu.ui.root.Objects
	return tu.ui.fleet.open, shown, shown && objs[len(objs)-1] == v.Object()
}

// dashboardObject is the dashboard as it lies over the window.
func (tu *testUI) dashboardObject() fyne.CanvasObject { return tu.ui.fleet.visitors.Object() }

// dashboardBack taps the dashboard's Back button (found by its arrow).
func (tu *testUI) dashboardBack(t *testing.T) {
	t.Helper()
	var back *widget.Button
	arrow := theme.NavigateBackIcon().Name()
	walk(tu.ui.fleet.visitors.Object(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == arrow && back == nil {
			back = b
		}
	})
	if back == nil {
		t.Fatal("the dashboard has no Back button")
	}
	test.Tap(back)
	tu.pump()
}
