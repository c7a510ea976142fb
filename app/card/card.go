package card

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/data"
	"ningbomap/photo"
)

// Actions are what the buttons of a card do.
type Actions struct {
	Prev, Next, Close func()
}

// View is the story-and-indicator card: theme, name, administrative path, story,
// figure tiles, distinctions, source line and navigation. It is built once per language
// and refilled for each place (show), so opening card after card for days builds no new
// widgets beyond the most tiles and distinctions a card has had.
type View struct {
	// Root is the card's whole content, to put where the card goes.
	Root    *fyne.Container
	stripe  *canvas.Rectangle
	chip    *style.FitText
	title   *style.Paragraph
	admin   *style.Paragraph
	story   *style.Paragraph
	source  *style.Paragraph
	figHead *style.Paragraph
	figures *fyne.Container
	tiles   []*figureTile
	honHead *style.Paragraph
	honours *fyne.Container
	honRows []*honourRow
	where   *canvas.Text
	scroll  *style.TouchScroll
	photos  *photoArea
	lang    data.Lang
	shown   string // id of the place shown
}

// NewView builds an empty card whose buttons do act.
func NewView(act Actions) *View {
	c := &View{}
	c.stripe = canvas.NewRectangle(color.Black)
	c.stripe.SetMinSize(fyne.NewSize(6, 6))
	c.chip = style.NewFitText("", color.Black, style.Size(style.Small)+1, true)
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), act.Close)
	closeBtn.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, nil, style.TouchTarget(closeBtn), container.NewPadded(c.chip))

	c.title = style.NewParagraph("", style.CardTitle, true, theme.ColorNameForeground)
	c.admin = style.NewParagraph("", style.CardBody, false, theme.ColorNamePlaceHolder)
	c.story = style.NewParagraph("", style.CardBody, false, theme.ColorNameForeground)
	c.figHead = sectionTitle(locale.T("card.figures"))
	c.figures = container.NewGridWithColumns(2)
	c.honHead = sectionTitle(locale.T("card.honours"))
	c.honours = container.NewVBox()
	c.source = style.NewParagraph("", style.Small, false, theme.ColorNamePlaceHolder)
	c.photos = newPhotoArea(func(s *data.Site, i int) { OpenViewer(c.Root, c.photos.src, s, c.lang, i) })
	body := container.NewVBox(header, c.title, c.admin, widget.NewSeparator(), c.photos.hero, c.story, c.photos.scroll,
		c.figHead, c.figures, c.honHead, c.honours, widget.NewSeparator(), c.source)
	c.scroll = style.NewTouchScroll(container.NewPadded(body)) // a finger's drag scrolls the card

	prev := widget.NewButtonWithIcon(locale.T("card.prev"), theme.NavigateBackIcon(), act.Prev)
	next := widget.NewButtonWithIcon(locale.T("card.next"), theme.NavigateNextIcon(), act.Next)
	next.IconPlacement = widget.ButtonIconTrailingText
	c.where = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
	c.where.TextSize = style.Size(style.Small) + 1
	c.where.Alignment = fyne.TextAlignCenter
	row := container.NewBorder(nil, nil, style.TallButton(prev), style.TallButton(next), container.NewCenter(c.where))
	nav := container.NewVBox(widget.NewSeparator(), container.NewPadded(row))

	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF})
	shadow := canvas.NewRectangle(color.NRGBA{A: 0x30})
	c.Root = container.NewStack(shadow, container.NewBorder(nil, nil, c.stripe, nil,
		container.NewStack(bg, container.NewBorder(nil, nav, nil, nil, c.scroll))))
	return c
}

// New builds a card showing site s in language l (at tour position pos of total;
// pos 0 is the overview).
func New(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int, act Actions) fyne.CanvasObject {
	c := NewView(act)
	c.Show(ds, s, l, pos, total)
	return c.Root
}

// SetPhotos gives the card its photos' source; without one it shows no photos.
func (c *View) SetPhotos(p Photos) { c.photos.src = p }

// Show fills the card with site s in language l, at tour position pos of total (pos 0
// is the overview, or a place outside the tour).
func (c *View) Show(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int) {
	th := ds.Theme(s.Theme)
	accent := ThemeColour(th)
	c.stripe.FillColor = accent
	c.stripe.Refresh()
	themeName := ""
	if th != nil {
		themeName = th.Name.In(l)
	}
	c.chip.Set(themeName, style.Readable(accent, white, contrast.Normal))

	var path []string
	for _, a := range s.Admin {
		path = append(path, a.In(l))
	}
	style.SetParagraph(c.title, s.Name.In(l))
	if repeatsName(path, s.Name.In(l)) {
		path = nil // the overview: 宁波 over 宁波市, Ningbo over Ningbo
	}
	style.SetParagraph(c.admin, strings.Join(path, " › "))
	style.ShowIf(c.admin, len(path) > 0)
	style.SetParagraph(c.story, s.Story.In(l))
	c.lang = l
	scale := float32(1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.Root); cv != nil {
		scale = cv.Scale()
	}
	c.photos.show(s, scale)
	style.SetParagraph(c.source, sourceLine(s, l, photo.Credits(c.photos.shown()...)))

	cols, wide := 2, false
	for len(c.tiles) < len(s.Indicators) {
		c.tiles = append(c.tiles, newFigureTile())
	}
	c.figures.Objects = c.figures.Objects[:0]
	for i, ind := range s.Indicators {
		f := ind.Format(l)
		if fyne.MeasureText(figureHeadline(f, l), style.Size(style.Figure), fyne.TextStyle{Bold: true}).Width > 190*style.Size(style.CardBody)/17 {
			wide = true
		}
		c.tiles[i].set(f, l, accent)
		c.figures.Objects = append(c.figures.Objects, c.tiles[i].root)
	}
	if wide {
		cols = 1
	}
	c.figures.Layout = layout.NewGridLayoutWithColumns(cols)
	style.ShowIf(c.figHead, len(s.Indicators) > 0)
	style.ShowIf(c.figures, len(s.Indicators) > 0)

	for len(c.honRows) < len(s.Honours) {
		c.honRows = append(c.honRows, newHonourRow())
	}
	c.honours.Objects = c.honours.Objects[:0]
	for i, h := range s.Honours {
		c.honRows[i].set(h.In(l), accent)
		c.honours.Objects = append(c.honours.Objects, c.honRows[i].root)
	}
	style.ShowIf(c.honHead, len(s.Honours) > 0)
	style.ShowIf(c.honours, len(s.Honours) > 0)
	c.figures.Refresh()
	c.honours.Refresh()

	c.where.Text = locale.T("card.overview")
	if pos > 0 {
		c.where.Text = strconv.Itoa(pos) + " / " + strconv.Itoa(total)
	}
	c.where.Refresh()
	if c.shown != s.ID {
		c.scroll.ScrollToTop()
	}
	c.shown = s.ID
	c.Root.Refresh()
}

// ScrollToEnd scrolls the card to its source line.
func (c *View) ScrollToEnd() { c.scroll.ScrollToBottom() }

// white is the card's background.
var white = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}

// adminSuffixes end the names of administrative units: 宁波 is 宁波市.
var adminSuffixes = []string{"市", "区", "县", "镇", "乡", "街道", "村", "社区"}

// repeatsName reports whether an administrative path only names the place itself again
// (the overview's 宁波市 under 宁波): one level, the name or the name and a suffix.
func repeatsName(path []string, name string) bool {
	if len(path) != 1 {
		return false
	}
	p := strings.TrimSpace(path[0])
	for _, suf := range adminSuffixes {
		if p == name+suf {
			return true
		}
	}
	return strings.EqualFold(p, strings.TrimSpace(name))
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

// sectionTitle is a bold heading inside a card.
func sectionTitle(text string) *style.Paragraph {
	return style.NewParagraph(text, style.CardBody, true, theme.ColorNameForeground)
}

// sourceLine credits the article (and the photo, where the article shows one) and the
// sources of the photos on the card, when it shows some.
func sourceLine(s *data.Site, l data.Lang, credits []string) string {
	line := locale.TData("card.source", map[string]any{"Date": articleDate(s.Source.Date, l)})
	if t := s.Source.Title; t != nil && t.In(l) != "" {
		line = locale.TData("card.sourceTitled", map[string]any{"Title": t.In(l), "Date": articleDate(s.Source.Date, l)})
	}
	if s.Source.Photo != nil {
		line += "\n" + locale.TData("card.photo", map[string]any{"Caption": s.Source.Photo.In(l)})
	}
	if len(credits) > 0 {
		sep := ", "
		if l == data.Zh {
			sep = "、"
		}
		line += "\n" + locale.TData("card.photos", map[string]any{"Credits": strings.Join(credits, sep)})
	}
	return line
}

// articleDate writes "2024-07-01" as 2024年7月1日 or 1 July 2024.
func articleDate(iso string, l data.Lang) string {
	var y, m, d int
	if n, _ := fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d); n != 3 {
		return iso
	}
	if l == data.Zh {
		return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月" + strconv.Itoa(d) + "日"
	}
	months := [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	if m < 1 || m > 12 {
		return iso
	}
	return strconv.Itoa(d) + " " + months[m-1] + " " + strconv.Itoa(y)
}

// ThemeColour is a theme's colour; Party red when it has none.
func ThemeColour(th *data.Theme) color.NRGBA {
	if th == nil {
		return style.PartyRed
	}
	return style.HexColour(th.Color, style.PartyRed)
}
