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

// newCard builds the story-and-indicator card of site s in language l: theme, name,
// administrative path, story, figure tiles, honours, source line and navigation.
// pos and total give its place in the tour ("3 / 15"); pos 0 is the overview.
func newCard(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int, act cardActions) fyne.CanvasObject {
	th := ds.Theme(s.Theme)
	accent := themeColour(th)

	stripe := canvas.NewRectangle(accent)
	stripe.SetMinSize(fyne.NewSize(6, 6))

	themeName := ""
	if th != nil {
		themeName = th.Name.In(l)
	}
	chip := canvas.NewText(themeName, accent)
	chip.TextSize = size(sizeSmall) + 1
	chip.TextStyle.Bold = true

	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), act.close)
	closeBtn.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, nil, touchTarget(closeBtn), container.NewPadded(chip))

	title := wrappedText(s.Name.In(l), sizeCardTitle, true, theme.ColorNameForeground)
	var path []string
	for _, a := range s.Admin {
		path = append(path, a.In(l))
	}
	admin := wrappedText(strings.Join(path, " › "), sizeCardBody, false, theme.ColorNamePlaceHolder)
	story := wrappedText(s.Story.In(l), sizeCardBody, false, theme.ColorNameForeground)

	body := container.NewVBox(header, title, admin, widget.NewSeparator(), story)

	if len(s.Indicators) > 0 {
		body.Add(sectionTitle(T("card.figures")))
		body.Add(figureTiles(s, l, accent))
	}
	if len(s.Honours) > 0 {
		body.Add(sectionTitle(T("card.honours")))
		for _, h := range s.Honours {
			body.Add(honourLine(h.In(l), accent))
		}
	}
	body.Add(widget.NewSeparator())
	body.Add(wrappedText(sourceLine(s, l), sizeSmall, false, theme.ColorNamePlaceHolder))

	scroll := container.NewVScroll(container.NewPadded(body))

	nav := cardNav(pos, total, act)
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF})
	shadow := canvas.NewRectangle(color.NRGBA{A: 0x30})
	return container.NewStack(shadow, container.NewBorder(nil, nil, stripe, nil,
		container.NewStack(bg, container.NewBorder(nil, nav, nil, nil, scroll))))
}

// cardNav is the bottom row of a card: previous, position in the tour, next.
func cardNav(pos, total int, act cardActions) fyne.CanvasObject {
	prev := widget.NewButtonWithIcon(T("card.prev"), theme.NavigateBackIcon(), act.prev)
	next := widget.NewButtonWithIcon(T("card.next"), theme.NavigateNextIcon(), act.next)
	next.IconPlacement = widget.ButtonIconTrailingText
	label := T("card.overview")
	if pos > 0 {
		label = itoa(pos) + " / " + itoa(total)
	}
	where := canvas.NewText(label, theme.Color(theme.ColorNamePlaceHolder))
	where.TextSize = size(sizeSmall) + 1
	where.Alignment = fyne.TextAlignCenter
	row := container.NewBorder(nil, nil, tall(prev), tall(next), container.NewCenter(where))
	return container.NewVBox(widget.NewSeparator(), container.NewPadded(row))
}

// figureTiles lays the indicators out as tiles: the figure large in the theme colour, its
// label, and a line with year, coverage and rank.
func figureTiles(s *data.Site, l data.Lang, accent color.NRGBA) fyne.CanvasObject {
	tiles := make([]fyne.CanvasObject, 0, len(s.Indicators))
	wide := false
	for _, ind := range s.Indicators {
		f := ind.Format(l)
		if fyne.MeasureText(figureHeadline(f, l), size(sizeFigure), fyne.TextStyle{Bold: true}).Width > 190*size(sizeCardBody)/17 {
			wide = true
		}
		tiles = append(tiles, figureTile(f, l, accent))
	}
	cols := 2
	if wide {
		cols = 1
	}
	return container.NewGridWithColumns(cols, tiles...)
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

func figureTile(f data.Figure, l data.Lang, accent color.NRGBA) fyne.CanvasObject {
	items := []fyne.CanvasObject{}
	if l == data.En && f.Qualifier != "" {
		q := canvas.NewText(f.Qualifier, accent)
		q.TextSize = size(sizeSmall)
		items = append(items, q)
	}
	big := canvas.NewText(figureHeadline(f, l), accent)
	big.TextSize = size(sizeFigure)
	big.TextStyle.Bold = true
	items = append(items, big)
	items = append(items, wrappedText(f.Label, sizeCardBody, false, theme.ColorNameForeground))
	var meta []string
	for _, m := range []string{f.Share, f.Rank, f.Year} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		items = append(items, wrappedText(strings.Join(meta, " · "), sizeSmall, false, theme.ColorNamePlaceHolder))
	}
	tint := accent
	tint.A = 0x1A
	bg := canvas.NewRectangle(tint)
	bg.CornerRadius = 8
	return container.NewStack(bg, container.NewPadded(container.NewVBox(items...)))
}

func honourLine(text string, accent color.NRGBA) fyne.CanvasObject {
	star := canvas.NewText("★", accent)
	star.TextSize = size(sizeCardBody)
	return container.NewBorder(nil, nil, container.NewPadded(star), nil, wrappedText(text, sizeCardBody, false, theme.ColorNameForeground))
}

func sectionTitle(text string) fyne.CanvasObject {
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
	return container.New(layout.NewGridWrapLayout(fyne.NewSize(b.MinSize().Width+8, 48)), b)
}
