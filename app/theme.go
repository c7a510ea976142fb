package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ningbomap/resources"
)

// fontResource is the embedded CJK font as a Fyne resource.
var fontResource = fyne.NewStaticResource(resources.FontName, resources.Font)

// iconResource is the application icon.
var iconResource = fyne.NewStaticResource("icon.png", resources.Icon)

// mapTheme is the application theme: Fyne's light theme with the embedded CJK font for
// every text style, so Chinese renders on machines that have no CJK font installed.
type mapTheme struct {
	fyne.Theme
}

func newMapTheme() fyne.Theme {
	return &mapTheme{Theme: theme.DefaultTheme()}
}

// Font returns the embedded CJK font for all styles but symbols.
func (t *mapTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	return fontResource
}

// Color gives the Party-red primary colour; everything else is the light theme's.
func (t *mapTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary:
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xFF}
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0x7F}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0x40}
	}
	return t.Theme.Color(n, theme.VariantLight)
}

// Size enlarges text a little: the app is read on projectors and kiosks.
func (t *mapTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 16
	case theme.SizeNameHeadingText:
		return 26
	case theme.SizeNameSubHeadingText:
		return 20
	}
	return t.Theme.Size(n)
}
