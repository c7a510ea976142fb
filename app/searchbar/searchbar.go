// Package searchbar is the map's search field: it finds places as you type — Chinese,
// pinyin (full or initials), English or a district name — and lists them under the field;
// choosing one hands it to the window, Enter the first. It knows Fyne, the search index
// and the places, and of the window around it only what Host gives.
package searchbar

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/search"
)

// Host is what the search needs of the window around it.
type Host struct {
	// Choose opens a place the search found (its list's button or Enter).
	Choose func(*data.Site)
	// Act wraps what a button does (the window counts it as input).
	Act func(func()) func()
	// Input is told of typing (a kiosk stays awake).
	Input func()
	// Canvas is the window's canvas, for the keyboard focus; nil without a window.
	Canvas fyne.Canvas
	// Shortcut, when set, may claim a shortcut typed into the field before the field gets
	// it (the kiosk's staff exit, which a focused field would otherwise keep from the
	// window): it returns what to do, after the search is cleared, or nil.
	Shortcut func(fyne.Shortcut) func()
	// Focused, when set, is told that the field got the keyboard focus (a tap on it: a
	// touch kiosk's on-screen keyboard opens).
	Focused func()
	// Changed, when set, is told of the text after the results follow it.
	Changed func(text string)
	// Dismissed, when set, is told that the results were put away (a choice, Escape,
	// a place opened elsewhere).
	Dismissed func()
}

// Bar is the search field and its list of results.
type Bar struct {
	host Host
	lang data.Lang
	// Entry is the field, for the top bar.
	Entry *Entry
	// Results is the list under the field, for over the map; hidden while empty.
	Results *fyne.Container
	list    *fyne.Container
	index   *search.Index
	found   []search.Result
}

// maxResults is how many matches the list shows.
const maxResults = 8

// New makes the search over ds's places and overview, in language l.
func New(ds *data.Dataset, l data.Lang, h Host) *Bar {
	sb := &Bar{host: h, lang: l}
	sites := append([]*data.Site{}, ds.Sites...)
	if ds.Overview != nil {
		sites = append(sites, ds.Overview)
	}
	sb.index = search.NewIndex(sites)
	sb.Entry = newEntry()
	sb.Entry.placeholders = [2]string{locale.T("search.placeholder"), locale.T("search.placeholder.short")}
	sb.Entry.SetPlaceHolder(sb.Entry.placeholders[0])
	sb.Entry.OnChanged = func(q string) {
		if h.Input != nil {
			h.Input()
		}
		sb.query(q)
		if h.Changed != nil {
			h.Changed(q)
		}
	}
	sb.Entry.OnSubmitted = func(string) {
		if len(sb.found) > 0 {
			sb.choose(sb.found[0].Site)
		}
	}
	sb.Entry.onEscape = sb.Clear
	sb.Entry.onFocus = h.Focused
	sb.Entry.shortcut = func(s fyne.Shortcut) bool {
		if h.Shortcut == nil {
			return false
		}
		do := h.Shortcut(s)
		if do == nil {
			return false
		}
		sb.Clear()
		do()
		return true
	}
	sb.list = container.NewVBox()
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF6})
	bg.CornerRadius = 10
	bg.StrokeColor = color.NRGBA{A: 0x40}
	bg.StrokeWidth = 1
	sb.Results = container.NewHBox(container.NewStack(bg, container.NewPadded(sb.list)))
	sb.Results.Hide()
	return sb
}

// query runs as the text changes.
func (sb *Bar) query(q string) {
	sb.found = sb.index.Query(q, maxResults)
	sb.list.Objects = nil
	for _, r := range sb.found {
		s := r.Site
		name := s.Name.In(sb.lang)
		if len(s.Admin) > 0 {
			name += "  ·  " + s.Admin[0].In(sb.lang)
		}
		b := widget.NewButton(name, sb.host.Act(func() { sb.choose(s) }))
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		m := b.MinSize() // a kiosk's larger text needs more than 44
		sb.list.Add(container.NewGridWrap(fyne.NewSize(max(380, m.Width), max(44, m.Height)), b))
	}
	if q != "" && len(sb.found) == 0 {
		none := canvas.NewText(locale.T("search.none"), color.NRGBA{R: 0x66, G: 0x66, B: 0x66, A: 0xFF})
		none.TextSize = style.Size(style.Label)
		sb.list.Add(container.NewPadded(none))
	}
	if q == "" {
		sb.Results.Hide()
	} else {
		sb.Results.Show()
	}
	sb.list.Refresh()
	sb.Results.Refresh()
}

// choose opens a result.
func (sb *Bar) choose(s *data.Site) {
	sb.host.Choose(s)
	sb.Dismiss()
}

// Listed is what the list shows, one line a result (or the "nothing found" line).
func (sb *Bar) Listed() []string {
	var out []string
	for _, o := range sb.list.Objects {
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				switch w := c.(type) {
				case *widget.Button:
					out = append(out, w.Text)
				case *canvas.Text:
					out = append(out, w.Text)
				}
			}
		}
	}
	return out
}

// Showing reports whether the list of results shows.
func (sb *Bar) Showing() bool { return sb.Results.Visible() }

// Dismiss hides the results and gives the keyboard back to the map.
func (sb *Bar) Dismiss() {
	sb.Results.Hide()
	if sb.host.Dismissed != nil {
		sb.host.Dismissed()
	}
	if sb.host.Canvas != nil {
		sb.host.Canvas.Unfocus()
	}
}

// Clear empties the search.
func (sb *Bar) Clear() {
	sb.Entry.SetText("")
	sb.Dismiss()
}

// Focus puts the cursor in the search field.
func (sb *Bar) Focus() {
	if sb.host.Canvas != nil {
		sb.host.Canvas.Focus(sb.Entry)
	}
	if sb.Entry.Text != "" {
		sb.query(sb.Entry.Text)
	}
}

// Entry is the search field: an Entry that also reacts to Escape, hears shortcuts the
// window must get even while the field has the keyboard, and shows a shorter hint where
// the full one would be cut off.
type Entry struct {
	widget.Entry
	onEscape     func()
	shortcut     func(fyne.Shortcut) bool
	placeholders [2]string // the full hint, and the short one for a narrow field
	onFocus      func()    // Host.Focused
}

func newEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// Hints are the full hint and the short one for a narrow field.
func (e *Entry) Hints() (full, short string) { return e.placeholders[0], e.placeholders[1] }

// Resize shows the full placeholder where it fits whole, else the short one: a hint is
// never cut off.
func (e *Entry) Resize(size fyne.Size) {
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

// TypedKey handles Escape and passes every other key to the Entry.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut offers a shortcut to the window first (see Host.Shortcut) and passes it
// to the Entry otherwise.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if e.shortcut != nil && e.shortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// FocusGained tells the host (an on-screen keyboard opens) and shows the cursor.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

// Buttons are the results' buttons, in the order listed.
func (sb *Bar) Buttons() []*widget.Button {
	var out []*widget.Button
	for _, o := range sb.list.Objects {
		if c, ok := o.(*fyne.Container); ok {
			for _, w := range c.Objects {
				if b, ok := w.(*widget.Button); ok {
					out = append(out, b)
				}
			}
		}
	}
	return out
}
