package card

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/data"
)

// figureTile shows one indicator: the figure large in the theme colour, what it counts,
// and a line with coverage, rank and year.
type figureTile struct {
	root      *fyne.Container
	bg        *canvas.Rectangle
	qualifier *canvas.Text
	big       *style.FitText
	label     *style.Paragraph
	meta      *style.Paragraph
}

func newFigureTile() *figureTile {
	t := &figureTile{}
	t.qualifier = canvas.NewText("", color.Black)
	t.qualifier.TextSize = style.Size(style.Small)
	t.big = style.NewFitText("", color.Black, style.Size(style.Figure), true)
	t.label = style.NewParagraph("", style.CardBody, false, theme.ColorNameForeground)
	t.meta = style.NewParagraph("", style.Small, false, theme.ColorNamePlaceHolder)
	t.bg = canvas.NewRectangle(color.Transparent)
	t.bg.CornerRadius = 8
	t.root = container.NewStack(t.bg, container.NewPadded(container.NewVBox(t.qualifier, t.big, t.label, t.meta)))
	return t
}

func (t *figureTile) set(f data.Figure, l data.Lang, accent color.NRGBA) {
	tint := accent
	tint.A = 0x1A
	t.bg.FillColor = tint
	t.bg.Refresh()
	q := ""
	if l == data.En {
		q = f.Qualifier
	}
	// Figures shrink to fit (FitText), below the size of large text: 4.5:1 for both.
	onTint := contrast.Over(tint, white)
	t.qualifier.Text, t.qualifier.Color = q, style.Readable(accent, onTint, contrast.Normal)
	style.ShowIf(t.qualifier, q != "")
	t.qualifier.Refresh()
	t.big.Set(figureHeadline(f, l), style.Readable(accent, onTint, contrast.Normal))
	style.SetParagraph(t.label, f.Label)
	var meta []string
	for _, m := range []string{f.Share, f.Rank, f.Year} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	style.SetParagraph(t.meta, strings.Join(meta, " · "))
	style.ShowIf(t.meta, len(meta) > 0)
}

// honourRow is one distinction with a star in the theme colour.
type honourRow struct {
	root *fyne.Container
	star *canvas.Text
	text *style.Paragraph
}

func newHonourRow() *honourRow {
	h := &honourRow{star: canvas.NewText("★", color.Black), text: style.NewParagraph("", style.CardBody, false, theme.ColorNameForeground)}
	h.star.TextSize = style.Size(style.CardBody)
	h.root = container.NewBorder(nil, nil, container.NewPadded(h.star), nil, h.text)
	return h
}

func (h *honourRow) set(text string, accent color.NRGBA) {
	h.star.Color = style.Readable(accent, white, contrast.Normal)
	h.star.Refresh()
	style.SetParagraph(h.text, text)
}
