// Package placelist is the list of every place, for visitors who browse rather than
// search: grouped by theme (each group under its theme's sign and colour) or, at a tap,
// by district; each row the place's name and administrative path, at least a finger's
// height (the caller gives it), and a tap on a row opens the place. A finger's drag
// scrolls the list. It knows Fyne and nothing of the data model or the window: the places
// and what a tap does are given.
package placelist

import (
	"cmp"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// Group is a theme or a district: what places are listed under.
type Group struct {
	Key    string      // the theme's id or the district's code
	Name   string      // in the UI language
	Sign   string      // a theme's one-character sign; "" for a district
	Colour color.NRGBA // a theme's colour; zero for a district
	Order  int         // groups are listed by Order, then Name
}

// Place is one row.
type Place struct {
	ID       string
	Name     string
	Path     string // the administrative path, "奉化区 › 萧王庙街道 › 滕头村"
	Theme    Group
	District Group
}

// Labels are the list's own words, in the UI language.
type Labels struct {
	Title      string // 地点 / Places
	ByTheme    string // 按主题 / By theme
	ByDistrict string // 按区县 / By district
	Close      string // 关闭 / Close
}

// Grouping is how the list groups places.
type Grouping int

// Groupings.
const (
	ByTheme Grouping = iota
	ByDistrict
)

// Options are what the list does and how large its rows are.
type Options struct {
	Open   func(id string) // a tap on a row
	Close  func()          // the close button
	Act    func(func()) func()
	RowMin float32 // the least height of a row, in units (style.Millimetres(style.TargetMM, scale))
}

// Colours of the list. Every text is at least 4.5:1 against what is behind it.
var (
	PanelColour   = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	HeaderColour  = color.NRGBA{R: 0xF1, G: 0xF3, B: 0xF5, A: 0xFF}
	PressedColour = color.NRGBA{R: 0xE4, G: 0xE8, B: 0xEC, A: 0xFF}
	NameColour    = color.NRGBA{R: 0x1B, G: 0x1F, B: 0x23, A: 0xFF}
	PathColour    = color.NRGBA{R: 0x4A, G: 0x52, B: 0x5A, A: 0xFF}
	RuleColour    = color.NRGBA{R: 0xD5, G: 0xDA, B: 0xDF, A: 0xFF}
	DistrictSign  = color.NRGBA{R: 0x4A, G: 0x52, B: 0x5A, A: 0xFF}
)

// List is the panel: a title bar with the grouping switch and a close button over the
// scrolling groups.
type List struct {
	places   []Place
	labels   Labels
	opts     Options
	grouping Grouping
	// Object is the panel, to put where it goes.
	Object   *fyne.Container
	body     *fyne.Container
	scroll   *style.TouchScroll
	byTheme  *widget.Button
	byDist   *widget.Button
	rows     []*Row
	headings []string
}

// New makes the list of places (listed within a group in the order given: the tour's),
// grouped by theme.
func New(places []Place, l Labels, opts Options) *List {
	if opts.Act == nil {
		opts.Act = func(f func()) func() { return f }
	}
	ls := &List{places: places, labels: l, opts: opts}
	ls.byTheme = widget.NewButton(l.ByTheme, opts.Act(func() { ls.SetGrouping(ByTheme) }))
	ls.byDist = widget.NewButton(l.ByDistrict, opts.Act(func() { ls.SetGrouping(ByDistrict) }))
	closeBtn := widget.NewButton(l.Close, opts.Act(func() {
		if opts.Close != nil {
			opts.Close()
		}
	}))
	title := canvas.NewText(l.Title, NameColour)
	title.TextSize = style.Size(style.CardTitle) * 0.85
	title.TextStyle.Bold = true
	switches := container.NewGridWithColumns(2, tall(ls.byTheme), tall(ls.byDist))
	bar := container.NewVBox(
		container.NewBorder(nil, nil, container.NewPadded(title), style.TallButton(closeBtn)),
		switches)
	rows := &rowsLayout{}
	ls.body = container.New(rows)
	ls.scroll = style.NewTouchScroll(ls.body)
	rows.changed = ls.scroll.Refresh
	bg := canvas.NewRectangle(PanelColour)
	bg.StrokeColor = RuleColour
	bg.StrokeWidth = 1
	barBg := canvas.NewRectangle(HeaderColour)
	ls.Object = container.NewStack(newBlocker(), bg,
		container.NewBorder(container.NewStack(barBg, container.NewPadded(bar)), nil, nil, nil, ls.scroll))
	ls.fill()
	return ls
}

// SetGrouping groups the places by theme or by district, from the top.
func (ls *List) SetGrouping(g Grouping) {
	if g == ls.grouping {
		return
	}
	ls.grouping = g
	ls.fill()
	ls.scroll.ScrollToTop()
}

// Grouping is how the list groups now.
func (ls *List) Grouping() Grouping { return ls.grouping }

// Rows are the rows, in the order shown.
func (ls *List) Rows() []*Row { return ls.rows }

// Row is the row of the place id, or nil.
func (ls *List) Row(id string) *Row {
	for _, r := range ls.rows {
		if r.id == id {
			return r
		}
	}
	return nil
}

// Headings are the groups' names, in the order shown.
func (ls *List) Headings() []string { return ls.headings }

// ScrollTo scrolls so that the row of id is at the top (as far as the list goes).
func (ls *List) ScrollTo(id string) {
	if r := ls.Row(id); r != nil {
		ls.scroll.ScrollToOffset(fyne.NewPos(0, r.Position().Y))
	}
}

// Scroll is the scrolling part of the list (for tests).
func (ls *List) Scroll() *style.TouchScroll { return ls.scroll }

// groupOf is the group p is listed under now.
func (ls *List) groupOf(p Place) Group {
	if ls.grouping == ByDistrict {
		return p.District
	}
	return p.Theme
}

// fill lists the places in groups.
func (ls *List) fill() {
	ls.byTheme.Importance, ls.byDist.Importance = widget.MediumImportance, widget.MediumImportance
	if ls.grouping == ByDistrict {
		ls.byDist.Importance = widget.HighImportance
	} else {
		ls.byTheme.Importance = widget.HighImportance
	}
	ls.byTheme.Refresh()
	ls.byDist.Refresh()

	var groups []Group
	members := map[string][]Place{}
	for _, p := range ls.places {
		g := ls.groupOf(p)
		if _, ok := members[g.Key]; !ok {
			groups = append(groups, g)
		}
		members[g.Key] = append(members[g.Key], p)
	}
	slices.SortStableFunc(groups, func(a, b Group) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Name, b.Name))
	})
	ls.body.Objects = ls.body.Objects[:0]
	ls.rows, ls.headings = ls.rows[:0], ls.headings[:0]
	for _, g := range groups {
		ls.headings = append(ls.headings, g.Name)
		ls.body.Add(newHeading(g, len(members[g.Key]), ls.opts.RowMin))
		for _, p := range members[g.Key] {
			r := newRow(p, ls.opts)
			ls.rows = append(ls.rows, r)
			ls.body.Add(r)
		}
	}
	ls.body.Refresh()
}

// rowsLayout stacks the headings and rows at the width of the list. Their paragraphs
// break for that width, which changes their height, so it lays each out at the width
// before it asks how high it is; when the total changes, the scroll around it is told
// (changed), which lays it out once more with the new height.
type rowsLayout struct {
	height  float32 // the total at the last layout
	changed func()
}

func (l *rowsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(size.Width, o.Size().Height)) // breaks its lines for the width
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
	if y != l.height {
		l.height = y
		if l.changed != nil {
			l.changed()
		}
	}
}

func (l *rowsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			w, h = max(w, m.Width), h+m.Height
		}
	}
	return fyne.NewSize(w, h)
}

// tall is b at least a touch target high, as wide as it is given.
func tall(b *widget.Button) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, style.Size(style.Touch)))
	return container.NewStack(r, b)
}
