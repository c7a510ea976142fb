package linebreak

import (
	"strings"
	"testing"

	"github.com/go-text/typesetting/segmenter"
)

// FuzzLines breaks any text at any width and checks what must always hold: no text is
// lost, every line fits or is a single grapheme cluster, and, when every unbreakable
// segment fits the width, no line begins with closing punctuation or ends with opening
// punctuation.
func FuzzLines(f *testing.F) {
	for _, tc := range lineCases {
		f.Add(tc.text, int(tc.width))
	}
	f.Add("宁波“三联三进”（2023年）：覆盖率100%……好！", 7)
	f.Add("a\u0301\u0301 b\r\n\n（", 1)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 1 || width > 200 || len(text) > 2000 {
			return
		}
		w := float32(width)
		lines := Lines(text, w, cells)
		if strip(strings.Join(lines, "")) != strip(string([]rune(text))) {
			t.Fatalf("Lines(%q, %d) = %q: the lines do not hold the text", text, width, lines)
		}
		var seg segmenter.Segmenter
		for _, l := range lines {
			if cells(l) > w && graphemes(&seg, l) > 1 {
				t.Fatalf("Lines(%q, %d) = %q: line %q is too wide", text, width, lines, l)
			}
		}
		if widestSegment(text) <= w {
			if msg := checkLines(text, lines, w, cells); msg != "" {
				t.Fatalf("Lines(%q, %d) = %q: %s", text, width, lines, msg)
			}
		}
	})
}

func graphemes(seg *segmenter.Segmenter, s string) int {
	seg.Init([]rune(s))
	n := 0
	for it := seg.GraphemeIterator(); it.Next(); {
		n++
	}
	return n
}

// widestSegment is the width of the widest text between two of the Breaker's break
// opportunities, without its trailing white space and line breaks.
func widestSegment(s string) float32 {
	var b Breaker
	b.split([]rune(s), cells)
	var widest float32
	for _, seg := range b.segs {
		widest = max(widest, seg.trim)
	}
	return widest
}
