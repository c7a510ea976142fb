// Package linebreak breaks a paragraph into lines that fit a width, at the break
// opportunities of Unicode's line breaking algorithm (UAX #14, as implemented by
// github.com/go-text/typesetting/segmenter). The algorithm's classes already carry the
// Chinese and Japanese rules of kinsoku: no line begins with closing punctuation
// (，。、；：？！）」』》”’…, classes CL, CP, EX, IS, NS, QU, IN) and no line ends with opening
// punctuation (（「『《“‘, classes OP and QU).
//
// It knows nothing of fonts or widgets: the caller measures text. A label shows the result
// with its own wrapping turned off, and breaks the text again when its width changes.
package linebreak

import (
	"strings"
	"unicode"

	"github.com/go-text/typesetting/segmenter"
)

// Measure returns the width of s as drawn, in the same unit as the width given to Lines.
// In a Fyne UI it is func(s string) float32 { return fyne.MeasureText(s, size, style).Width }.
type Measure func(s string) float32

// Lines breaks text into lines no wider than width, filling each line greedily. Hard line
// breaks in text (LF, CR LF, U+2028…) always end a line; white space at the end of a line
// is dropped. A word wider than width on its own (a long URL) is cut between grapheme
// clusters, the only case where a line may end where UAX #14 allows no break; a single
// character wider than width stands alone on its line.
// Empty text gives no lines.
func Lines(text string, width float32, measure Measure) []string {
	var b Breaker
	return b.Lines(text, width, measure)
}

// Wrap is Lines joined with "\n": the text to show in a label whose wrapping is off.
func Wrap(text string, width float32, measure Measure) string {
	return strings.Join(Lines(text, width, measure), "\n")
}

// Breaker breaks text like Lines, reusing its buffers from one call to the next. The zero
// value is ready to use; a Breaker is not safe for concurrent use.
type Breaker struct {
	seg  segmenter.Segmenter
	pair segmenter.Segmenter // checks breaks between two characters
	segs []segment
}

// segment is the text between two break opportunities, as rune offsets into the text.
type segment struct {
	start, end int     // the segment without its hard break, if any
	bare       int     // end without trailing white space
	full, trim float32 // widths of [start, end) and of [start, bare)
	hard       bool    // a hard line break follows
}

// Lines is the function Lines using b's buffers.
func (b *Breaker) Lines(text string, width float32, measure Measure) []string {
	if text == "" {
		return nil
	}
	runes := []rune(text)
	b.split(runes, measure)
	segs := b.segs
	var lines []string
	for i := 0; i < len(segs); {
		j, w := i, float32(0)
		for j < len(segs) {
			s := segs[j]
			if j > i && w+s.trim > width {
				break
			}
			w += s.full
			j++
			if s.hard {
				break
			}
		}
		// Widths were summed segment by segment; measure the line whole (kerning,
		// shaping across segments) and give back segments while it is too wide.
		for j-i > 1 && measure(string(runes[segs[i].start:segs[j-1].bare])) > width {
			j--
		}
		if j-i == 1 && segs[i].trim > width {
			// Cut the segment; what is left of it begins the next line.
			head, rest := b.cut(runes, segs[i], width, measure)
			if len(head) > 0 {
				lines = append(lines, head...)
				b.measure(runes, &segs[i], rest, measure)
				continue
			}
		}
		lines = append(lines, string(runes[segs[i].start:segs[j-1].bare]))
		i = j
	}
	if last := segs[len(segs)-1]; last.hard {
		lines = append(lines, "") // the text ends with a line break
	}
	return lines
}

// split finds the segments of runes and measures them.
func (b *Breaker) split(runes []rune, measure Measure) {
	b.segs = b.segs[:0]
	b.seg.Init(runes)
	it := b.seg.LineIterator()
	for it.Next() {
		l := it.Line()
		s := segment{start: l.Offset, end: l.Offset + len(l.Text)}
		if n := len(b.segs); n > 0 && !b.segs[n-1].hard && !b.breaks(runes, s.start) {
			s.start = b.segs[n-1].start // not a break after all: join the segment before
			b.segs = b.segs[:n-1]
		}
		for s.end > s.start && isHardBreak(runes[s.end-1]) {
			s.end--
			s.hard = true
		}
		s.bare = s.end
		for s.bare > s.start && isHanging(runes[s.bare-1]) {
			s.bare--
		}
		b.measure(runes, &s, s.start, measure)
		b.segs = append(b.segs, s)
	}
}

// breaks reports whether a break the segmenter found before runes[i] stands.
//
// After white space UAX #14 allows a break before anything (rule LB18 comes before the
// rules that keep closing punctuation, ellipses and quotation marks off the start of a
// line), so "text …" or "word ”" could put "…" or "”" first on a line. There the break is
// kept only when the character could follow an ideograph with a break between (which
// rules out the classes CL, CP, EX, IS, NS, IN, QU and GL), or is an opening quotation
// mark (as in Unicode 15.1's LB19).
func (b *Breaker) breaks(runes []rune, i int) bool {
	c := runes[i]
	if !b.pairBreaks(runes[i-1], c) {
		return false
	}
	if !isHanging(runes[i-1]) || unicode.Is(unicode.Pi, c) {
		return true
	}
	return b.pairBreaks('一', c)
}

// pairBreaks reports whether UAX #14 allows a break between a and b on their own. The
// segmenter of go-text v0.2.1 carries its number-sequence state (rule LB25) too far and
// allows a break in "00，0)" before the ")"; a break is kept only when the pair allows it
// too, which the rules that look further (LB14–LB17 across spaces, LB25, LB30a) never
// contradict for a break the whole text allows, except between regional indicators.
func (b *Breaker) pairBreaks(a, c rune) bool {
	b.pair.Init([]rune{a, c})
	it := b.pair.LineIterator()
	return it.Next() && len(it.Line().Text) == 1
}

// measure sets the start of s and measures it from there.
func (b *Breaker) measure(runes []rune, s *segment, start int, measure Measure) {
	s.start = start
	s.trim = 0
	if s.bare > s.start {
		s.trim = measure(string(runes[s.start:s.bare]))
	}
	s.full = s.trim
	if s.end > s.bare {
		s.full = measure(string(runes[s.start:s.end]))
	}
}

// cut breaks a segment wider than width between grapheme clusters, as many to a line as
// fit and at least one, and never just before punctuation (Unicode category P) or white
// space when an
// earlier cut is possible. It returns the full lines and the start of the rest, which
// fits on a line; no lines when the segment is a single grapheme cluster.
func (b *Breaker) cut(runes []rune, s segment, width float32, measure Measure) (lines []string, rest int) {
	start, last, good := s.start, s.start, s.start // good: the last cut before a non-punctuation
	it := b.seg.GraphemeIterator()
	for it.Next() {
		g := it.Grapheme()
		end := g.Offset + len(g.Text)
		if g.Offset < s.start {
			continue
		}
		if end > s.bare {
			break
		}
		if last > start && measure(string(runes[start:end])) > width {
			at := last
			if (unicode.IsPunct(runes[last]) || isHanging(runes[last])) && good > start {
				at = good
			}
			lines = append(lines, string(runes[start:at]))
			start = at
		}
		if !unicode.IsPunct(g.Text[0]) && !isHanging(g.Text[0]) {
			good = g.Offset
		}
		last = end
	}
	return lines, start
}

// isHardBreak reports whether r is a mandatory line break (UAX #14 classes BK, CR, LF, NL).
func isHardBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isHanging reports whether r is white space that may hang past the end of a line.
func isHanging(r rune) bool {
	return r == ' ' || r == '\t' || r == 0x3000
}
