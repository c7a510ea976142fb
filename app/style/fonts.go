package style

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ningbomap/resources"
)

// Fyne parses the fonts of a text style once per style: the theme's font for that style
// and, when it is a different resource value, Fyne's default font for the style as a
// fallback, each a full parse of the font file held for the life of the process. Our
// theme's faces (Noto Sans CJK SC) cover Latin letters and digits too, so Fyne's own
// Noto Sans would be a second face that draws nothing, at about 2 MB of heap per style.
//
// So the embedded faces are put into Fyne's default font resources themselves, before any
// text is measured: the theme returns those same values, Fyne sees the theme's font and
// the fallback are one resource and parses one face per style. Dialogs and widgets that
// use Fyne's default theme directly draw with the same faces. Characters the embedded
// subset lacks still go to a system font that has them (Fyne's per-character fallback).
var (
	// latinBold is Fyne's own Noto Sans Bold, kept before its resource is given the
	// embedded face: the map's labels fall back to it (see LatinFallback).
	latinBold = theme.DefaultTextBoldFont().Content()

	fontRegular    = adopt(theme.DefaultTextFont(), resources.FontName, resources.Font)
	fontItalic     = adopt(theme.DefaultTextItalicFont(), resources.FontName, resources.Font)
	fontBold       = adopt(theme.DefaultTextBoldFont(), resources.FontBoldName, resources.FontBold)
	fontBoldItalic = adopt(theme.DefaultTextBoldItalicFont(), resources.FontBoldName, resources.FontBold)
)

// adopt makes Fyne's default font resource r hold the named font and returns it. Should
// a later Fyne make its defaults something other than static resources, it returns a new
// resource instead: the theme still draws the embedded face, with Fyne's own as a second.
func adopt(r fyne.Resource, name string, content []byte) fyne.Resource {
	s, ok := r.(*fyne.StaticResource)
	if !ok {
		return fyne.NewStaticResource(name, content)
	}
	s.StaticName = name
	s.StaticContent = content
	return s
}

// LatinFallback is Fyne's Noto Sans Bold: Latin, Greek and Cyrillic beyond what the
// embedded subset has, for text drawn outside Fyne (the map's labels) that the embedded
// face cannot draw whole, such as an imported layer's names.
func LatinFallback() []byte { return latinBold }

// LoadFaces has Fyne load the faces of the text styles the app's widgets use (regular and
// bold: the theme has no other), so that it happens now, while the caller has the
// locale where it wants it (see locale.WhileFontsLoad), and not at the first paint.
func LoadFaces() {
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("宁", theme.TextSize(), st)
	}
}
