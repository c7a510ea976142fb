//go:build !race

// The whole-content tests break every text at every width: minutes under the race
// detector. make test runs them without -race.

package linebreak

import (
	"ningbomap/resources"
	"strings"
	"testing"
)

// TestContentLines breaks every text of the content at every width from 320 to 900 units
// (in steps of 10, and narrower ones for text inside a card's padding), in the card body
// size and the bold title size, and checks each line: no closing punctuation at its start,
// no opening punctuation at its end, no wider than the width, and no text lost.
func TestContentLines(t *testing.T) {
	texts := contentTexts(t)
	var widths []float32
	for w := float32(200); w <= 900; w += 10 {
		widths = append(widths, w)
	}
	for _, f := range []struct {
		name string
		ttf  []byte
		size float32
	}{
		{"body 17", resources.Font, 17},
		{"title 26 bold", resources.FontBold, 26},
	} {
		t.Run(f.name, func(t *testing.T) {
			m := newFontMeasure(t, f.ttf, f.size)
			var b Breaker
			broken := 0
			for text, where := range texts {
				for _, w := range widths {
					lines := b.Lines(text, w, m.width)
					if len(lines) > 1 {
						broken++
					}
					if msg := checkLines(text, lines, w, m.width); msg != "" {
						t.Errorf("%s at width %v: %s\n%s", where, w, msg, strings.Join(lines, "\n"))
						break
					}
				}
			}
			if broken == 0 {
				t.Fatal("no text needed more than one line: the widths test nothing")
			}
		})
	}
}

// TestContentNeedsBreaking shows the rule matters for the content: breaking at the last
// character that fits, as a plain character wrap does, puts closing punctuation at the
// start of a line somewhere in the stories.
func TestContentNeedsBreaking(t *testing.T) {
	m := newFontMeasure(t, resources.Font, 17)
	bad := 0
	for text := range contentTexts(t) {
		for _, w := range []float32{320, 480, 640} {
			if checkLines(text, charWrap(text, w, m.width), w, m.width) != "" {
				bad++
			}
		}
	}
	if bad == 0 {
		t.Fatal("character wrapping never broke before punctuation: the content test cannot fail")
	}
	t.Logf("character wrapping breaks a rule in %d text/width pairs", bad)
}
