package style

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/linebreak"
)

// Paragraph is a paragraph broken into lines the way a printed page breaks them: at the
// break opportunities of Unicode's line breaking algorithm (package linebreak), so that
// no line begins with closing punctuation (，。、；：？！）」』》”’…) nor ends with opening
// punctuation (（「『《“‘), in Chinese and in English. It breaks the text again whenever
// its width changes; hard line breaks in the text are kept.
//
// Fyne's own word wrap breaks Chinese between any two characters, punctuation included,
// which is why the card does not use it.
type Paragraph struct {
	widget.BaseWidget
	text    string
	rt      *widget.RichText // wrapping off: it shows the lines this widget made
	seg     *widget.TextSegment
	width   float32 // the width the lines were broken for; -1 before the first layout
	breaker linebreak.Breaker
}

// NewParagraph is a paragraph in one of the app's text sizes and a theme colour.
func NewParagraph(text string, sizeName fyne.ThemeSizeName, bold bool, colour fyne.ThemeColorName) *Paragraph {
	p := &Paragraph{text: text, width: -1}
	p.seg = &widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: colour,
		SizeName:  sizeName,
		TextStyle: fyne.TextStyle{Bold: bold},
		Inline:    false,
	}}
	p.rt = widget.NewRichText(p.seg)
	p.rt.Wrapping = fyne.TextWrapOff
	p.ExtendBaseWidget(p)
	return p
}

// SetParagraph replaces the text of a paragraph.
func SetParagraph(p *Paragraph, text string) { p.SetText(text) }

// SetText replaces the text.
func (p *Paragraph) SetText(text string) {
	if text == p.text {
		return
	}
	p.text = text
	p.width = -1 // break again at the next layout
	p.rebreak(p.Size().Width)
	p.Refresh()
}

// String is the paragraph's text, without the line breaks it added.
func (p *Paragraph) String() string { return p.text }

// Lines are the lines the paragraph shows now.
func (p *Paragraph) Lines() []string { return strings.Split(p.seg.Text, "\n") }

// rebreak breaks the text for a widget width w.
func (p *Paragraph) rebreak(w float32) {
	avail := w - 2*theme.InnerPadding()
	if avail <= 0 {
		p.seg.Text = p.text
		return
	}
	if avail == p.width {
		return
	}
	p.width = avail
	size := Size(p.seg.Style.SizeName)
	ts := p.seg.Style.TextStyle
	measure := func(s string) float32 { return fyne.MeasureText(s, size, ts).Width }
	var b strings.Builder
	for i, para := range strings.Split(p.text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(p.breaker.Lines(para, avail, measure), "\n"))
	}
	p.seg.Text = b.String()
}

// CreateRenderer is part of fyne.Widget.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer { return &paragraphRenderer{p: p} }

type paragraphRenderer struct{ p *Paragraph }

func (r *paragraphRenderer) Layout(size fyne.Size) {
	before := r.p.seg.Text
	r.p.rebreak(size.Width)
	if r.p.seg.Text != before {
		r.p.rt.Refresh()
	}
	r.p.rt.Resize(size)
}

// MinSize is narrow (a paragraph takes the width it is given) and as tall as its lines.
func (r *paragraphRenderer) MinSize() fyne.Size {
	h := r.p.rt.MinSize().Height
	if r.p.text == "" {
		h = 0
	}
	w := fyne.MeasureText("汉汉汉汉", Size(r.p.seg.Style.SizeName), r.p.seg.Style.TextStyle).Width + 2*theme.InnerPadding()
	return fyne.NewSize(w, h)
}

func (r *paragraphRenderer) Refresh() {
	r.p.rt.Refresh()
}

func (r *paragraphRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.rt} }
func (r *paragraphRenderer) Destroy()                     {}
