package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// wrappedText is a word-wrapped paragraph in one of the app's text sizes and a theme colour.
func wrappedText(text string, sizeName fyne.ThemeSizeName, bold bool, colour fyne.ThemeColorName) *widget.RichText {
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

func itoa(v int) string { return strconv.Itoa(v) }

// sscanDate reads an ISO date "YYYY-MM-DD".
func sscanDate(s string, y, m, d *int) (int, error) {
	return fmt.Sscanf(s, "%d-%d-%d", y, m, d)
}

// parseHex reads a "#RRGGBB" colour.
func parseHex(s string) (color.NRGBA, bool) {
	var r, g, b uint8
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &r, &g, &b); err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}, true
}

// touchTarget wraps a button so that it is at least 48×48.
func touchTarget(b *widget.Button) fyne.CanvasObject {
	t := size(sizeTouch)
	return container.NewGridWrap(fyne.NewSize(t, t), b)
}
