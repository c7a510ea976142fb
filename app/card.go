package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/data"
)

// cardActions are what the buttons of a card do.
type cardActions struct {
	prev, next, close func()
}

// cardView is the story-and-indicator card: theme, name, administrative path, story,
// figure tiles, distinctions, source line and navigation. It is built once per language
// and refilled for each place (show), so opening card after card for days builds no new
// widgets beyond the most tiles and distinctions a card has had.
type cardView struct {
	root    *fyne.Container
	stripe  *canvas.Rectangle
	chip    *fitText
	title   *widget.RichText
	admin   *widget.RichText
	story   *widget.RichText
	source  *widget.RichText
	figHead *widget.RichText
	figures *fyne.Container
	tiles   []*figureTile
	honHead *widget.RichText
	honours *fyne.Container
	honRows []*honourRow
	where   *canvas.Text
	scroll  *container.Scroll
	shown   string // id of the place shown
}

func newCardView(act cardActions) *cardView {
	c := &cardView{}
	c.stripe = canvas.NewRectangle(color.Black)
	c.stripe.SetMinSize(fyne.NewSize(6, 6))
	c.chip = newFitText("", color.Black, size(sizeSmall)+1, true)
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), act.close)
	closeBtn.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, nil, touchTarget(closeBtn), container.NewPadded(c.chip))

	c.title = wrappedText("", sizeCardTitle, true, theme.ColorNameForeground)
	c.admin = wrappedText("", sizeCardBody, false, theme.ColorNamePlaceHolder)
	c.story = wrappedText("", sizeCardBody, false, theme.ColorNameForeground)
	c.figHead = sectionTitle(T("card.figures"))
	c.figures = container.NewGridWithColumns(2)
	c.honHead = sectionTitle(T("card.honours"))
	c.honours = container.NewVBox()
	c.source = wrappedText("", sizeSmall, false, theme.ColorNamePlaceHolder)
	body := container.NewVBox(header, c.title, c.admin, widget.NewSeparator(), c.story,
		c.figHead, c.figures, c.honHead, c.honours, widget.NewSeparator(), c.source)
	c.scroll = container.NewVScroll(container.NewPadded(body))

	prev := widget.NewButtonWithIcon(T("card.prev"), theme.NavigateBackIcon(), act.prev)
	next := widget.NewButtonWithIcon(T("card.next"), theme.NavigateNextIcon(), act.next)
	next.IconPlacement = widget.ButtonIconTrailingText
	c.where = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
	c.where.TextSize = size(sizeSmall) + 1
	c.where.Alignment = fyne.TextAlignCenter
	row := container.NewBorder(nil, nil, tall(prev), tall(next), container.NewCenter(c.where))
	nav := container.NewVBox(widget.NewSeparator(), container.NewPadded(row))

	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF})
	shadow := canvas.NewRectangle(color.NRGBA{A: 0x30})
	c.root = container.NewStack(shadow, container.NewBorder(nil, nil, c.stripe, nil,
		container.NewStack(bg, container.NewBorder(nil, nav, nil, nil, c.scroll))))
	return c
}

// newCard builds a card showing site s in language l (at tour position pos of total;
// pos 0 is the overview).
func newCard(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int, act cardActions) fyne.CanvasObject {
	c := newCardView(act)
	c.show(ds, s, l, pos, total)
	return c.root
}

// show fills the card with site s in language l.
func (c *cardView) show(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int) {
	th := ds.Theme(s.Theme)
	accent := themeColour(th)
	c.stripe.FillColor = accent
	c.stripe.Refresh()
	themeName := ""
	if th != nil {
		themeName = th.Name.In(l)
	}
	c.chip.set(themeName, accent)

	var path []string
	for _, a := range s.Admin {
		path = append(path, a.In(l))
	}
	setText(c.title, s.Name.In(l))
	setText(c.admin, strings.Join(path, " › "))
	setText(c.story, s.Story.In(l))
	setText(c.source, sourceLine(s, l))

	cols, wide := 2, false
	for len(c.tiles) < len(s.Indicators) {
		c.tiles = append(c.tiles, newFigureTile())
	}
	c.figures.Objects = c.figures.Objects[:0]
	for i, ind := range s.Indicators {
		f := ind.Format(l)
		if fyne.MeasureText(figureHeadline(f, l), size(sizeFigure), fyne.TextStyle{Bold: true}).Width > 190*size(sizeCardBody)/17 {
			wide = true
		}
		c.tiles[i].set(f, l, accent)
		c.figures.Objects = append(c.figures.Objects, c.tiles[i].root)
	}
	if wide {
		cols = 1
	}
	c.figures.Layout = layout.NewGridLayoutWithColumns(cols)
	showIf(c.figHead, len(s.Indicators) > 0)
	showIf(c.figures, len(s.Indicators) > 0)

	for len(c.honRows) < len(s.Honours) {
		c.honRows = append(c.honRows, newHonourRow())
	}
	c.honours.Objects = c.honours.Objects[:0]
	for i, h := range s.Honours {
		c.honRows[i].set(h.In(l), accent)
		c.honours.Objects = append(c.honours.Objects, c.honRows[i].root)
	}
	showIf(c.honHead, len(s.Honours) > 0)
	showIf(c.honours, len(s.Honours) > 0)
	c.figures.Refresh()
	c.honours.Refresh()

	c.where.Text = T("card.overview")
	if pos > 0 {
		c.where.Text = itoa(pos) + " / " + itoa(total)
	}
	c.where.Refresh()
	if c.shown != s.ID {
		c.scroll.ScrollToTop()
	}
	c.shown = s.ID
	c.root.Refresh()
}

func showIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// figureHeadline is the large text of a tile: the whole figure in Chinese ("37.5万余次"),
// the number and unit in English (the qualifier goes on a line of its own above).
func figureHeadline(f data.Figure, l data.Lang) string {
	if l == data.Zh {
		return f.Text
	}
	if f.Unit == "" {
		return f.Value
	}
	if f.Unit == "%" {
		return f.Value + "%"
	}
	return f.Value + " " + f.Unit
}

func sectionTitle(text string) *widget.RichText {
	return wrappedText(text, sizeCardBody, true, theme.ColorNameForeground)
}

// sourceLine credits the article (and the photo, where the article shows one).
func sourceLine(s *data.Site, l data.Lang) string {
	line := TData("card.source", map[string]any{"Date": articleDate(s.Source.Date, l)})
	if s.Source.Photo != nil {
		line += "\n" + TData("card.photo", map[string]any{"Caption": s.Source.Photo.In(l)})
	}
	return line
}

// articleDate writes "2024-07-01" as 2024年7月1日 or 1 July 2024.
func articleDate(iso string, l data.Lang) string {
	var y, m, d int
	if n, _ := sscanDate(iso, &y, &m, &d); n != 3 {
		return iso
	}
	if l == data.Zh {
		return itoa(y) + "年" + itoa(m) + "月" + itoa(d) + "日"
	}
	months := [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	if m < 1 || m > 12 {
		return iso
	}
	return itoa(d) + " " + months[m-1] + " " + itoa(y)
}

// themeColour parses a theme's "#RRGGBB" colour; Party red when missing.
func themeColour(th *data.Theme) color.NRGBA {
	c := color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xFF}
	if th == nil {
		return c
	}
	if p, ok := parseHex(th.Color); ok {
		return p
	}
	return c
}

// tall makes a button at least 48 units high.
func tall(b *widget.Button) fyne.CanvasObject {
	return container.New(layout.NewGridWrapLayout(fyne.NewSize(b.MinSize().Width+8, size(sizeTouch))), b)
}
