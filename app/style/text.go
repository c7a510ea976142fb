package style

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// NewParagraph is a word-wrapped paragraph in one of the app's text sizes and a theme
// colour, made of one segment so that SetParagraph can refill it.
func NewParagraph(text string, sizeName fyne.ThemeSizeName, bold bool, colour fyne.ThemeColorName) *widget.RichText {
	seg := &widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: colour,
		SizeName:  sizeName,
		TextStyle: fyne.TextStyle{Bold: bold},
		Inline:    false,
	}}
	rt := widget.NewRichText(seg)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// SetParagraph replaces the text of a paragraph made by NewParagraph.
func SetParagraph(rt *widget.RichText, text string) {
	if len(rt.Segments) == 1 {
		if seg, ok := rt.Segments[0].(*widget.TextSegment); ok {
			if seg.Text != text {
				seg.Text = text
				rt.Refresh()
			}
			return
		}
	}
	rt.ParseMarkdown(text)
}

// ShowIf shows o when on and hides it otherwise.
func ShowIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// T returns the translation of key in the current UI language.
func T(key string) string {
	return lang.X(key, key)
}

// TData returns the translation of key, filled from d.
func TData(key string, d map[string]any) string {
	return lang.X(key, key, d)
}
