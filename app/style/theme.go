package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is the application theme: Fyne's light theme with the embedded CJK fonts for
// every text style, so Chinese renders on machines that have no CJK font installed, and
// sizes for the app's text roles. Zoom scales every size (kiosk mode uses it); Text
// scales the sizes of what a visitor reads besides (TextScale, the text size buttons).
type Theme struct {
	fyne.Theme
	Zoom float32
	Text float32 // 0 is 1
}

// NewTheme makes the theme at zoom 1 and text scale 1.
func NewTheme() *Theme {
	return &Theme{Theme: theme.DefaultTheme(), Zoom: 1, Text: 1}
}

// WithText is a copy of t at text scale s: a new theme value, so that Fyne, given it,
// sees a change and lays every window out again.
func (t *Theme) WithText(s float32) *Theme {
	c := *t
	c.Text = s
	return &c
}

// Font returns Noto Sans CJK SC Bold for bold text (headings, figure values) and its
// Regular for all other text but symbols. Both carry Latin letters and digits, so mixed
// text is one family; CJK has no italic, so italic text is upright. Characters the
// embedded subset lacks are drawn by a system font that has them. The resources are
// Fyne's own default font values holding the embedded faces (see fonts.go), so Fyne
// parses each face once and no second, Latin-only face.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return t.Theme.Font(s)
	case s.Monospace:
		return theme.DefaultTextMonospaceFont()
	case s.Bold && s.Italic:
		return fontBoldItalic
	case s.Bold:
		return fontBold
	case s.Italic:
		return fontItalic
	}
	return fontRegular
}

// Muted is the colour of secondary text (administrative paths, source lines, hints):
// 6.4:1 on white, 5.8:1 on the light theme's input background and 5.0:1 under a scroll
// container's edge shadow, where Fyne's own placeholder grey (#888888, 3.5:1 on white)
// falls under WCAG's 4.5:1.
var Muted = color.NRGBA{R: 0x5F, G: 0x5F, B: 0x5F, A: 0xFF}

// Color gives the Party-red primary colour and the muted grey of secondary text;
// everything else is the light theme's.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary:
		return PartyRed
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0x7F}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0x40}
	case theme.ColorNamePlaceHolder:
		return Muted
	}
	return t.Theme.Color(n, theme.VariantLight)
}

// Size enlarges text a little: the app is read on projectors and kiosks.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	if v, ok := Defaults[n]; ok {
		if reading[n] && t.Text > 0 {
			return v * t.Zoom * t.Text
		}
		return v * t.Zoom
	}
	switch n {
	case theme.SizeNameText:
		return 16 * t.Zoom
	case theme.SizeNameHeadingText:
		return 26 * t.Zoom
	case theme.SizeNameSubHeadingText:
		return 20 * t.Zoom
	}
	return t.Theme.Size(n) * t.Zoom
}
