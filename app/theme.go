package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ningbomap/resources"
)

// The embedded Noto Sans CJK SC faces as Fyne resources: one value each, so that Fyne's
// font cache sees the same resource for every style that uses a face.
var (
	fontResource     = fyne.NewStaticResource(resources.FontName, resources.Font)
	fontBoldResource = fyne.NewStaticResource(resources.FontBoldName, resources.FontBold)
)

// iconResource is the application icon.
var iconResource = fyne.NewStaticResource("icon.png", resources.Icon)

// Theme size names of the app's own text roles.
const (
	sizeCardTitle fyne.ThemeSizeName = "ningbomap.card.title"
	sizeCardBody  fyne.ThemeSizeName = "ningbomap.card.body"
	sizeFigure    fyne.ThemeSizeName = "ningbomap.figure"
	sizeSmall     fyne.ThemeSizeName = "ningbomap.small"
	sizeLabel     fyne.ThemeSizeName = "ningbomap.label"
	sizeTouch     fyne.ThemeSizeName = "ningbomap.touch" // the least side of a touch target
)

// mapTheme is the application theme: Fyne's light theme with the embedded CJK fonts for
// every text style, so Chinese renders on machines that have no CJK font installed, and
// sizes for the app's text roles. zoom scales every size (kiosk mode uses it).
type mapTheme struct {
	fyne.Theme
	zoom float32
}

func newMapTheme() *mapTheme {
	return &mapTheme{Theme: theme.DefaultTheme(), zoom: 1}
}

// appSizes are the sizes of the app's text roles at zoom 1.
var appSizes = map[fyne.ThemeSizeName]float32{
	sizeCardTitle: 26,
	sizeCardBody:  17,
	sizeFigure:    30,
	sizeSmall:     13,
	sizeLabel:     15,
	sizeTouch:     48,
}

// size returns a theme size of the current app theme.
func size(n fyne.ThemeSizeName) float32 {
	if a := fyne.CurrentApp(); a != nil {
		return a.Settings().Theme().Size(n)
	}
	return appSizes[n]
}

// Font returns Noto Sans CJK SC Bold for bold text (headings, figure values) and its
// Regular for all other text but symbols. Both carry Latin letters and digits, so mixed
// text is one family; CJK has no italic, so italic text is upright. Characters the
// embedded subset lacks are drawn by Fyne's fallback: its own Noto Sans, then a system
// font that has them.
func (t *mapTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return t.Theme.Font(s)
	case s.Bold:
		return fontBoldResource
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
	if v, ok := appSizes[n]; ok {
		return v * t.zoom
	}
	switch n {
	case theme.SizeNameText:
		return 16 * t.zoom
	case theme.SizeNameHeadingText:
		return 26 * t.zoom
	case theme.SizeNameSubHeadingText:
		return 20 * t.zoom
	}
	return t.Theme.Size(n) * t.zoom
}
