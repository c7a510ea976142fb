package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/search"
)

// searchBar finds places as you type: Chinese, pinyin (full or initials), English or a
// district name. Results appear in a list under the bar; choosing one flies there and
// opens its card; Enter opens the first.
type searchBar struct {
	ui      *mainUI
	entry   *searchEntry
	results *fyne.Container
	list    *fyne.Container
	index   *search.Index
	found   []search.Result
}

// maxResults is how many matches the list shows.
const maxResults = 8

func newSearchBar(ui *mainUI) *searchBar {
	sb := &searchBar{ui: ui}
	sites := append([]*data.Site{}, ui.ds.Sites...)
	if ui.ds.Overview != nil {
		sites = append(sites, ui.ds.Overview)
	}
	sb.index = search.NewIndex(sites)
	sb.entry = newSearchEntry()
	sb.entry.placeholders = [2]string{T("search.placeholder"), T("search.placeholder.short")}
	sb.entry.SetPlaceHolder(sb.entry.placeholders[0])
	sb.entry.OnChanged = func(q string) {
		ui.noteInput()
		sb.query(q)
	}
	sb.entry.OnSubmitted = func(string) {
		if len(sb.found) > 0 {
			sb.choose(sb.found[0].Site)
		}
	}
	sb.entry.onEscape = sb.clear
	sb.entry.onStaffExit = func() {
		if ui.kiosk != nil {
			sb.clear()
			ui.kiosk.screens.Pin.Open()
		}
	}
	sb.list = container.NewVBox()
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF6})
	bg.CornerRadius = 10
	bg.StrokeColor = color.NRGBA{A: 0x40}
	bg.StrokeWidth = 1
	sb.results = container.NewHBox(container.NewStack(bg, container.NewPadded(sb.list)))
	sb.results.Hide()
	return sb
}

// query runs as the text changes.
func (sb *searchBar) query(q string) {
	sb.found = sb.index.Query(q, maxResults)
	sb.list.Objects = nil
	for _, r := range sb.found {
		s := r.Site
		name := s.Name.In(sb.ui.lang)
		if len(s.Admin) > 0 {
			name += "  ·  " + s.Admin[0].In(sb.ui.lang)
		}
		b := widget.NewButton(name, sb.ui.userAction(func() { sb.choose(s) }))
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		m := b.MinSize() // a kiosk's larger text needs more than 44
		sb.list.Add(container.NewGridWrap(fyne.NewSize(max(380, m.Width), max(44, m.Height)), b))
	}
	if q != "" && len(sb.found) == 0 {
		none := canvas.NewText(T("search.none"), color.NRGBA{R: 0x66, G: 0x66, B: 0x66, A: 0xFF})
		none.TextSize = style.Size(style.Label)
		sb.list.Add(container.NewPadded(none))
	}
	if q == "" {
		sb.results.Hide()
	} else {
		sb.results.Show()
	}
	sb.list.Refresh()
	sb.results.Refresh()
}

// choose opens a result.
func (sb *searchBar) choose(s *data.Site) {
	sb.ui.selectSite(s, true)
	sb.dismiss()
}

// dismiss hides the results and gives the keyboard back to the map.
func (sb *searchBar) dismiss() {
	sb.results.Hide()
	sb.ui.visitors.closeKeyboard()
	if sb.ui.win != nil {
		sb.ui.win.Canvas().Unfocus()
	}
}

// clear empties the search.
func (sb *searchBar) clear() {
	sb.entry.SetText("")
	sb.dismiss()
}

// focus puts the cursor in the search field.
func (sb *searchBar) focus() {
	if sb.ui.win != nil {
		sb.ui.win.Canvas().Focus(sb.entry)
	}
	if sb.entry.Text != "" {
		sb.query(sb.entry.Text)
	}
}

// searchEntry is an Entry that also reacts to Escape, and hears the kiosk's staff exit
// shortcut (Ctrl+Alt+Shift+Q), which a focused Entry would otherwise keep from the window.
type searchEntry struct {
	widget.Entry
	onEscape     func()
	onStaffExit  func()
	placeholders [2]string // the full hint, and the short one for a narrow field
	onFocus      func()    // the field got the keyboard focus (a tap): the on-screen keyboard opens
}

// Resize shows the full placeholder where it fits whole, else the short one: a hint is
// never cut off.
func (e *searchEntry) Resize(size fyne.Size) {
	if e.placeholders[0] != "" {
		ph := e.placeholders[0]
		// The entry's text starts and ends an inner padding and a border in from its edges.
		room := size.Width - 4*theme.InnerPadding()
		if fyne.MeasureText(ph, theme.TextSize(), fyne.TextStyle{}).Width > room {
			ph = e.placeholders[1]
		}
		if ph != e.PlaceHolder {
			e.SetPlaceHolder(ph)
		}
	}
	e.Entry.Resize(size)
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles Escape and passes every other key to the Entry.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut handles the staff exit shortcut and passes every other one to the Entry.
func (e *searchEntry) TypedShortcut(s fyne.Shortcut) {
	if c, ok := s.(*desktop.CustomShortcut); ok && isStaffExit(c) && e.onStaffExit != nil {
		e.onStaffExit()
		return
	}
	e.Entry.TypedShortcut(s)
}

// FocusGained opens the on-screen keyboard, when there is one, and shows the cursor.
func (e *searchEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}
