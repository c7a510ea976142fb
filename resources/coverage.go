package resources

import (
	"bytes"
	"fmt"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// cmaps are the character maps of Font and FontBold, read once on first use. Only the
// 'cmap' table is parsed: a whole parsed face costs many times its file size.
var cmaps = sync.OnceValues(func() ([]font.Cmap, error) {
	var cs []font.Cmap
	for _, b := range [][]byte{Font, FontBold} {
		c, err := readCmap(b)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, nil
})

// readCmap parses the character map of a single-face OpenType font.
func readCmap(b []byte) (font.Cmap, error) {
	ld, err := opentype.NewLoader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("embedded font: %w", err)
	}
	raw, err := ld.RawTable(opentype.MustNewTag("cmap"))
	if err != nil {
		return nil, fmt.Errorf("embedded font: cmap: %w", err)
	}
	t, _, err := tables.ParseCmap(raw)
	if err != nil {
		return nil, fmt.Errorf("embedded font: cmap: %w", err)
	}
	c, _, err := font.ProcessCmap(t, 0)
	if err != nil {
		return nil, fmt.Errorf("embedded font: cmap: %w", err)
	}
	return c, nil
}

// HasRune reports whether both embedded weights have a glyph for r. Characters that are
// never drawn (white space, controls, format characters such as zero-width joiners and
// variation selectors) count as present.
func HasRune(r rune) bool {
	if !drawn(r) {
		return true
	}
	cs, err := cmaps()
	if err != nil {
		return false
	}
	for _, c := range cs {
		if _, ok := c.Lookup(r); !ok {
			return false
		}
	}
	return true
}

// MissingRunes returns the characters of s that the embedded fonts lack, each once, in
// the order they first occur. On screen Fyne draws them with a system font that has them,
// when there is one; `ningbomap check` warns about them.
func MissingRunes(s string) []rune {
	var missing []rune
	for _, r := range s {
		if HasRune(r) || containsRune(missing, r) {
			continue
		}
		missing = append(missing, r)
	}
	return missing
}

// drawn reports whether r is drawn with a glyph.
func drawn(r rune) bool {
	return !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) &&
		!unicode.Is(unicode.Variation_Selector, r)
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
