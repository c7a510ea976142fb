package app

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/keyboard"
	"ningbomap/app/locale"
	"ningbomap/app/placelist"
	"ningbomap/app/style"
	"ningbomap/app/textsize"
	"ningbomap/kiosk"
)

// visitorTools are what a visitor at a touch kiosk uses besides the map: the on-screen
// keyboard of the search (in kiosk mode, or with touch_keyboard), the list of every place
// ("Places / 地点", everywhere) and the text size buttons A– and A+. They keep their state
// (open or not, the grouping, the text size) across a rebuild in another language; the
// kiosk's idle reset closes them and returns to the staff's text size.
type visitorTools struct {
	ui        *mainUI
	keys      bool    // the search opens the on-screen keyboard
	scale     float32 // the canvas scale for style.Millimetres: at most 1
	size      textsize.Size
	grouping  placelist.Grouping
	kbOpen    bool
	listOpen  bool
	watchOnce sync.Once // the traces of where the buttons are

	// Rebuilt with the language:
	kb      *keyboard.Keyboard
	dock    *fyne.Container // the keyboard, the results above it; over the map
	above   *fyne.Container // the results' place in the dock
	home    *fyne.Container // the results' place under the search field
	list    *placelist.List // nil until first opened in this language
	listBox *fyne.Container // the list's column over the map (a container takes no taps)
	panel   *fyne.Container // in it, the list when open: what covers the map
	places  *widget.Button
	sizes   *fyne.Container // A– and A+
}

// visitorSetup is how a window's visitor tools are set up: the configuration (its
// text_scale and touch_keyboard), whether the window is a touch kiosk's, and the canvas
// scale it is laid out at. The zero value (pictures, tests) is a laptop at scale 1.
type visitorSetup struct {
	cfg   kiosk.Config
	touch bool
	scale float32
}

// newVisitorTools makes the tools for ui (its kiosk mode, if any, made already).
func newVisitorTools(ui *mainUI, s visitorSetup) *visitorTools {
	if s.scale <= 0 {
		s.scale = 1
	}
	// A panel at scale 2 is laid out as one at 1: its keys and rows take as many units, and
	// come out larger than the least on its larger pixels. Below 1 they take more units.
	v := &visitorTools{ui: ui, keys: s.touch || s.cfg.TouchKeyboard || ui.kiosk != nil, scale: min(s.scale, 1)}
	v.size.Base = float32(s.cfg.TextScale)
	v.size.OnChange = v.textScaleChanged
	return v
}

// build makes the tools' widgets in the current language; ui.search must be built.
func (v *visitorTools) build() {
	ui := v.ui
	v.home = container.NewStack(ui.search.Results)
	v.above = container.NewStack()
	side := style.Millimetres(style.KeyMM, v.scale)
	v.kb = keyboard.New(keyboard.Labels{Hint: locale.T("keyboard.hint"), Space: locale.T("keyboard.space"),
		Backspace: locale.T("keyboard.backspace"), Clear: locale.T("keyboard.clear"), Close: locale.T("keyboard.close")},
		keyboard.Actions{Rune: v.typeRune, Backspace: v.backspace, Clear: v.clearText, Close: v.closeKeyboardAndSearch,
			Input: ui.noteInput}, side)
	v.dock = keyboard.Dock(v.kb, v.above)
	v.dock.Hide()
	v.kb.Hide()
	v.panel = container.NewStack()
	v.panel.Hide()
	v.listBox = container.New(&listLayout{}, v.panel)
	v.list = nil
	v.places = widget.NewButtonWithIcon(locale.T("places.button"), theme.ListIcon(), ui.userAction(v.toggleList))
	v.kb.SetText(ui.search.Entry.Text)
	if v.kbOpen {
		v.kbOpen = false
		v.openKeyboard()
	}
	if v.listOpen {
		v.listOpen = false
		v.openList()
	}
	v.traceButtons()
}

// searchFocused opens the keyboard, on a touch screen, when the search gets the focus.
func (v *visitorTools) searchFocused() {
	if v.keys {
		v.openKeyboard()
	}
}

// searchChanged follows the search's text: the keys' display, the results above them.
func (v *visitorTools) searchChanged(q string) {
	if v.kb == nil {
		return
	}
	v.kb.SetText(q)
	if v.kbOpen {
		v.dock.Refresh() // the results above the keys grow and shrink as they change
		v.traceResults()
	}
}

// overlay is what the tools put over the map: the list on the left and the keyboard
// along the bottom (each hidden while closed).
func (v *visitorTools) overlay() fyne.CanvasObject { return container.NewStack(v.listBox, v.dock) }

// placesButton is the "Places" button beside the search field.
func (v *visitorTools) placesButton() fyne.CanvasObject { return style.TallButton(v.places) }

// sizeButtons are A– and A+, for the top bar.
func (v *visitorTools) sizeButtons() []fyne.CanvasObject {
	v.sizes = textsize.Buttons(&v.size, textsize.Labels{Smaller: locale.T("textsize.smaller"), Larger: locale.T("textsize.larger")},
		v.ui.userAction)
	return []fyne.CanvasObject{v.sizes}
}

// openKeyboard shows the keyboard with the search's results above it.
func (v *visitorTools) openKeyboard() {
	if v.kbOpen || v.kb == nil {
		return
	}
	v.kbOpen = true
	v.closeList()
	v.home.Objects = nil
	v.above.Objects = []fyne.CanvasObject{v.ui.search.Results}
	v.home.Refresh()
	v.kb.Show()
	v.dock.Show()
	v.dock.Refresh()
	v.ui.overlaysChanged() // no map name under the keys
	trace("keyboard open")
	v.traceKeys()
}

// closeKeyboard hides the keyboard and puts the results back under the search field.
func (v *visitorTools) closeKeyboard() {
	if !v.kbOpen {
		return
	}
	v.kbOpen = false
	v.dock.Hide()
	v.kb.Hide()
	v.above.Objects = nil
	v.home.Objects = []fyne.CanvasObject{v.ui.search.Results}
	v.home.Refresh()
	v.ui.overlaysChanged()
	trace("keyboard closed")
}

// closeKeyboardAndSearch is the keyboard's close key: the results go with it.
func (v *visitorTools) closeKeyboardAndSearch() { v.ui.search.Dismiss() }

// typeRune adds r at the end of the search.
func (v *visitorTools) typeRune(r rune) { v.setText(v.ui.search.Entry.Text + string(r)) }

// backspace takes the last character off the search.
func (v *visitorTools) backspace() {
	t := []rune(v.ui.search.Entry.Text)
	if len(t) > 0 {
		v.setText(string(t[:len(t)-1]))
	}
}

// clearText empties the search; the keyboard stays.
func (v *visitorTools) clearText() { v.setText("") }

// setText puts s into the search field with the cursor at its end (a physical keyboard
// types on from there).
func (v *visitorTools) setText(s string) {
	e := v.ui.search.Entry
	e.SetText(s)
	e.CursorRow, e.CursorColumn = 0, len([]rune(s))
	e.Refresh()
}

// toggleList opens the list of places, or closes it.
func (v *visitorTools) toggleList() {
	if v.listOpen {
		v.closeList()
	} else {
		v.openList()
	}
}

// openList shows the list of every place over the map, the keyboard closed.
func (v *visitorTools) openList() {
	if v.listOpen {
		return
	}
	v.ui.search.Dismiss()
	if v.list == nil {
		v.list = placelist.New(v.placeRows(), placelist.Labels{Title: locale.T("places.title"), ByTheme: locale.T("places.byTheme"),
			ByDistrict: locale.T("places.byDistrict"), Close: locale.T("places.close")},
			placelist.Options{Open: v.choosePlace, Close: v.closeList, Act: v.ui.userAction,
				RowMin: style.Millimetres(style.TargetMM, v.scale)})
	}
	v.list.SetGrouping(v.grouping)
	v.panel.Objects = []fyne.CanvasObject{v.list.Object}
	v.listOpen = true
	v.panel.Show()
	v.listBox.Refresh()
	v.places.Importance = widget.HighImportance
	v.places.Refresh()
	v.ui.overlaysChanged()
	trace("places open")
	v.traceList()
	v.traceButtons()
}

// closeList hides the list (it keeps its grouping).
func (v *visitorTools) closeList() {
	if !v.listOpen {
		return
	}
	v.listOpen = false
	if v.list != nil {
		v.grouping = v.list.Grouping()
	}
	v.panel.Hide()
	v.places.Importance = widget.MediumImportance
	v.places.Refresh()
	v.ui.overlaysChanged()
	trace("places closed")
}

// choosePlace is a tap on a row of the list: the list closes, the map flies to the
// place and its card opens.
func (v *visitorTools) choosePlace(id string) {
	s := v.ui.ds.Site(id)
	if s == nil {
		return
	}
	v.closeList()
	v.ui.openPlace(s, true)
}

// placeRows are the places as the list shows them, in tour order, in the UI language.
func (v *visitorTools) placeRows() []placelist.Place {
	ds, l := v.ui.ds, v.ui.lang
	order := map[string]int{}
	for i, d := range ds.Districts {
		order[d.Code] = i
	}
	var out []placelist.Place
	for _, s := range ds.Sites {
		if s.IsOverview() {
			continue
		}
		p := placelist.Place{ID: s.ID, Name: s.Name.In(l)}
		var path []string
		for _, a := range s.Admin {
			path = append(path, a.In(l))
		}
		p.Path = strings.Join(path, " › ")
		if th := ds.Theme(s.Theme); th != nil {
			c, _ := style.ParseHex(th.Color)
			p.Theme = placelist.Group{Key: th.ID, Name: th.Name.In(l), Sign: th.Icon, Colour: c, Order: th.Order}
		} else {
			p.Theme = placelist.Group{Key: s.Theme, Name: s.Theme, Order: 1 << 20}
		}
		p.District = placelist.Group{Key: s.District, Name: s.District, Order: order[s.District]}
		if len(s.Admin) > 0 {
			p.District.Name = s.Admin[0].In(l)
		}
		out = append(out, p)
	}
	return out
}

// reset is the kiosk's idle reset: keyboard and list closed, the list by theme again,
// the staff's text size applied. It reports whether the text size changed; the caller
// rebuilds the window (idleReset, once with the language).
func (v *visitorTools) reset() (scaled bool) {
	v.closeKeyboard()
	v.closeList()
	v.grouping = placelist.ByTheme
	if v.list != nil {
		v.list.SetGrouping(placelist.ByTheme)
	}
	if v.size.ResetQuiet() {
		v.applyTextScale()
		trace("text-scale %.2f", v.size.Scale())
		scaled = true
	}
	trace("visitors reset")
	return scaled
}
