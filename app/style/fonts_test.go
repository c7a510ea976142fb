package style

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"

	"ningbomap/resources"
)

// TestFontsAreFyneDefaults checks what keeps Fyne to one parsed face per text style: for
// each style the theme's font is the very resource value Fyne falls back to for that
// style, and it holds the embedded face of the right weight.
func TestFontsAreFyneDefaults(t *testing.T) {
	th := NewTheme()
	for _, tc := range []struct {
		name     string
		style    fyne.TextStyle
		fallback fyne.Resource
		want     []byte
	}{
		{"regular", fyne.TextStyle{}, theme.DefaultTextFont(), resources.Font},
		{"bold", fyne.TextStyle{Bold: true}, theme.DefaultTextBoldFont(), resources.FontBold},
		{"italic", fyne.TextStyle{Italic: true}, theme.DefaultTextItalicFont(), resources.Font},
		{"bold italic", fyne.TextStyle{Bold: true, Italic: true}, theme.DefaultTextBoldItalicFont(), resources.FontBold},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := th.Font(tc.style)
			if got != tc.fallback {
				t.Errorf("theme font %q is not Fyne's default resource for the style: Fyne would parse two faces", got.Name())
			}
			if !bytes.Equal(got.Content(), tc.want) {
				t.Errorf("theme font %q does not hold the embedded face", got.Name())
			}
		})
	}
}

// TestLatinFallback: the map labels' fallback is still Fyne's own Latin face, not the
// embedded face its resource now holds.
func TestLatinFallback(t *testing.T) {
	b := LatinFallback()
	if len(b) == 0 || bytes.Equal(b, resources.FontBold) || bytes.Equal(b, resources.Font) {
		t.Fatalf("LatinFallback is %d bytes and not Fyne's Noto Sans Bold", len(b))
	}
	face, err := font.ParseTTF(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if d := face.Describe(); d.Family != "Noto Sans" || d.Aspect.Weight != font.WeightBold {
		t.Errorf("LatinFallback is %q weight %v, want Noto Sans Bold", d.Family, d.Aspect.Weight)
	}
}
