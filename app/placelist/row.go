package placelist

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// Row is one place: its theme's sign, its name and, under it, its administrative path.
// It is at least Options.RowMin high, shows when a finger is on it, and a tap opens the
// place.
type Row struct {
	widget.BaseWidget
	id   string
	name *style.Paragraph
	path *style.Paragraph
	bg   *canvas.Rectangle
	cols *columns
	open func()
}

func newRow(p Place, opts Options) *Row {
	r := &Row{id: p.ID}
	if opts.Open != nil {
		r.open = opts.Act(func() { opts.Open(p.ID) })
	}
	r.name = style.NewParagraph(p.Name, style.Label, true, theme.ColorNameForeground)
	r.path = style.NewParagraph(p.Path, style.Small, false, theme.ColorNamePlaceHolder)
	r.bg = canvas.NewRectangle(PanelColour)
	rule := canvas.NewRectangle(RuleColour)
	r.cols = &columns{left: sign(p.Theme.Sign, p.Theme.Colour, style.Size(style.Label)*1.3),
		text: []*style.Paragraph{r.name, r.path}, min: opts.RowMin, bg: r.bg, rule: rule}
	r.ExtendBaseWidget(r)
	return r
}

// ID is the place's id.
func (r *Row) ID() string { return r.id }

// Name is the place's name as shown.
func (r *Row) Name() string { return r.name.String() }

// Path is the administrative path as shown.
func (r *Row) Path() string { return r.path.String() }

// Tapped opens the place.
func (r *Row) Tapped(*fyne.PointEvent) {
	r.light(false)
	if r.open != nil {
		r.open()
	}
}

// MouseDown lights the row under a finger.
func (r *Row) MouseDown(*desktop.MouseEvent) { r.light(true) }

// MouseUp puts the light out.
func (r *Row) MouseUp(*desktop.MouseEvent) { r.light(false) }

func (r *Row) light(on bool) {
	c := PanelColour
	if on {
		c = PressedColour
	}
	if r.bg.FillColor != c {
		r.bg.FillColor = c
		r.bg.Refresh()
	}
}

// CreateRenderer is part of fyne.Widget.
func (r *Row) CreateRenderer() fyne.WidgetRenderer { return r.cols }

// heading is a group's title: a theme's sign in its colour, or a district's bar, its name
// and how many places it has.
type heading struct {
	widget.BaseWidget
	cols *columns
}

func newHeading(g Group, n int, minHeight float32) *heading {
	name := style.NewParagraph(g.Name, style.Label, true, theme.ColorNameForeground)
	count := canvas.NewText(strconv.Itoa(n), PathColour)
	count.TextSize = style.Size(style.Label)
	var left fyne.CanvasObject
	if g.Sign != "" {
		left = sign(g.Sign, g.Colour, style.Size(style.Label)*1.6)
	} else {
		bar := canvas.NewRectangle(DistrictSign)
		bar.SetMinSize(fyne.NewSize(6, style.Size(style.Label)*1.6))
		left = bar
	}
	h := &heading{cols: &columns{left: left, text: []*style.Paragraph{name}, right: count,
		min: minHeight, bg: canvas.NewRectangle(HeaderColour)}}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer is part of fyne.Widget.
func (h *heading) CreateRenderer() fyne.WidgetRenderer { return h.cols }

// columns lays out a row or a heading: an object on the left, centred in a column of its
// own; paragraphs stacked tightly, taking the width left; a text on the right; at least
// min high, the content centred; an optional rule along the bottom.
type columns struct {
	left  fyne.CanvasObject
	text  []*style.Paragraph
	right *canvas.Text
	min   float32
	bg    *canvas.Rectangle
	rule  *canvas.Rectangle
}

// edge is the room kept on the right for the scroll bar.
const edge = 14

func (c *columns) leftWidth() float32 { return c.left.MinSize().Width + 4*theme.Padding() }

func (c *columns) rightWidth() float32 {
	if c.right == nil {
		return edge
	}
	return c.right.MinSize().Width + 2*theme.Padding() + edge
}

// textHeight is the height of the stacked paragraphs as they are broken now: each
// paragraph's inner padding is kept once between two of them, not twice.
func (c *columns) textHeight() float32 {
	var h float32
	for i, p := range c.text {
		h += p.MinSize().Height
		if i > 0 {
			h -= theme.InnerPadding()
		}
	}
	return h
}

func (c *columns) Layout(size fyne.Size) {
	c.bg.Resize(size)
	lw, rw := c.leftWidth(), c.rightWidth()
	tw := max(0, size.Width-lw-rw)
	for _, p := range c.text { // break the paragraphs for the width first
		p.Resize(fyne.NewSize(tw, p.MinSize().Height))
	}
	th := c.textHeight()
	y := (size.Height - th) / 2
	for _, p := range c.text {
		h := p.MinSize().Height
		p.Move(fyne.NewPos(lw, y))
		p.Resize(fyne.NewSize(tw, h))
		y += h - theme.InnerPadding()
	}
	lm := c.left.MinSize()
	c.left.Move(fyne.NewPos((lw-lm.Width)/2, (size.Height-lm.Height)/2))
	c.left.Resize(lm)
	if c.right != nil {
		rm := c.right.MinSize()
		c.right.Move(fyne.NewPos(size.Width-rw+theme.Padding(), (size.Height-rm.Height)/2))
		c.right.Resize(rm)
	}
	if c.rule != nil {
		c.rule.Move(fyne.NewPos(lw, size.Height-1))
		c.rule.Resize(fyne.NewSize(size.Width-lw, 1))
	}
}

func (c *columns) MinSize() fyne.Size {
	var w float32
	for _, p := range c.text {
		w = max(w, p.MinSize().Width)
	}
	return fyne.NewSize(c.leftWidth()+w+c.rightWidth(), max(c.min, c.textHeight()+2*theme.Padding()))
}

func (c *columns) Refresh() {
	for _, o := range c.Objects() {
		o.Refresh()
	}
}

func (c *columns) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{c.bg, c.left}
	for _, p := range c.text {
		objs = append(objs, p)
	}
	if c.right != nil {
		objs = append(objs, c.right)
	}
	if c.rule != nil {
		objs = append(objs, c.rule)
	}
	return objs
}

func (c *columns) Destroy() {}

// sign is a theme's sign, white and bold in a disc of its colour, at least side units
// across and wide enough that the text's whole box lies on the disc. Its text is at least
// 19 units bold: large text, which needs 3:1 against the disc.
func sign(s string, c color.NRGBA, side float32) fyne.CanvasObject {
	if s == "" {
		return layoutSpacer()
	}
	t := canvas.NewText(s, color.White)
	t.TextStyle.Bold = true
	t.TextSize = max(19, side*0.62)
	t.Alignment = fyne.TextAlignCenter
	m := t.MinSize()
	side = max(side, float32(math.Hypot(float64(m.Width), float64(m.Height)))+2)
	return container.New(&discLayout{side: side}, canvas.NewCircle(c), t)
}

// discLayout centres a sign's text in its disc, side units across.
type discLayout struct{ side float32 }

func (d *discLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	disc, text := objs[0], objs[1]
	disc.Move(fyne.NewPos((size.Width-d.side)/2, (size.Height-d.side)/2))
	disc.Resize(fyne.NewSize(d.side, d.side))
	m := text.MinSize()
	text.Move(fyne.NewPos((size.Width-m.Width)/2, (size.Height-m.Height)/2))
	text.Resize(m)
}

func (d *discLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(d.side, d.side) }

// layoutSpacer is an empty object that takes no room.
func layoutSpacer() fyne.CanvasObject { return canvas.NewRectangle(color.Transparent) }
