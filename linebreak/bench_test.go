package linebreak

import (
	"testing"

	"ningbomap/resources"
)

// longestStory is the longest text of the content.
func longestStory(b *testing.B) string {
	var longest string
	for text := range contentTexts(b) {
		if len(text) > len(longest) {
			longest = text
		}
	}
	return longest
}

// BenchmarkLines breaks the longest story of the content at a card's width, measuring with
// the embedded font: uncached, as on the first layout, and with the widths remembered, as
// when a card is resized (Fyne caches text metrics the same way).
func BenchmarkLines(b *testing.B) {
	text := longestStory(b)
	b.Logf("%d characters", len([]rune(text)))
	for _, bc := range []struct {
		name   string
		cached bool
	}{{"shaped", false}, {"cached", true}} {
		b.Run(bc.name, func(b *testing.B) {
			m := newFontMeasure(b, resources.Font, 17)
			measure := m.shape
			if bc.cached {
				measure = m.width
			}
			var br Breaker
			b.ReportAllocs()
			for b.Loop() {
				br.Lines(text, 400, measure)
			}
		})
	}
}
