package linebreak

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"ningbomap/data"
	"ningbomap/resources"
)

// closing may not begin a line and opening may not end one (the lists, the
// classes CL, CP, EX, IS, NS, IN and QU of UAX #14).
const (
	closing = "，。、；：？！）」』》”’…,.;:?!)]}"
	opening = "（「『《“‘([{"
)

// fontMeasure measures text as Fyne draws it: shaped with HarfBuzz (go-text) in the
// embedded Noto Sans CJK SC at size points, which has every character of the content.
// It remembers widths, as Fyne's own metrics cache does.
type fontMeasure struct {
	face   *font.Face
	size   fixed.Int26_6
	shaper shaping.HarfbuzzShaper
	mu     sync.Mutex
	cache  map[string]float32
}

func newFontMeasure(t testing.TB, ttf []byte, size float32) *fontMeasure {
	t.Helper()
	face, err := font.ParseTTF(bytes.NewReader(ttf))
	if err != nil {
		t.Fatalf("embedded font: %v", err)
	}
	return &fontMeasure{face: face, size: fixed.Int26_6(size * 64), cache: map[string]float32{}}
}

func (m *fontMeasure) width(s string) float32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if w, ok := m.cache[s]; ok {
		return w
	}
	w := m.shape(s)
	m.cache[s] = w
	return w
}

func (m *fontMeasure) shape(s string) float32 {
	r := []rune(s)
	out := m.shaper.Shape(shaping.Input{Text: r, RunEnd: len(r), Direction: di.DirectionLTR,
		Face: m.face, Size: m.size})
	return float32(out.Advance) / 64
}

// contentTexts is every text of the embedded data (names, administrative paths, stories,
// figure labels and formatted figures, distinctions, captions, theme and district names)
// and of the translations, with where it comes from.
func contentTexts(t testing.TB) map[string]string {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	texts := map[string]string{}
	add := func(where, s string) {
		if strings.TrimSpace(s) != "" {
			texts[s] = where
		}
	}
	for at := range ds.Texts() {
		add(at.File+" "+at.ID+" "+at.Field, at.Text)
	}
	sites := append([]*data.Site{ds.Overview}, ds.Sites...)
	for _, s := range sites {
		for _, ind := range s.Indicators {
			for _, l := range []data.Lang{data.Zh, data.En} {
				f := ind.Format(l)
				where := s.ID + " " + ind.Key + " " + string(l)
				add(where+" figure", f.Value+f.Unit+" "+f.Label)
				add(where+" year", f.Year)
				add(where+" rank", f.Rank)
				add(where+" share", f.Share)
			}
		}
	}
	for _, th := range ds.Themes {
		add("theme "+th.ID, th.Name.Zh)
		add("theme "+th.ID, th.Name.En)
	}
	for _, d := range ds.Districts {
		add("district "+d.Code, d.Name.Zh)
		add("district "+d.Code, d.Name.En)
	}
	err = fs.WalkDir(resources.Translations, resources.TranslationsDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(resources.Translations, path)
		if err != nil {
			return err
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return err
		}
		for k, v := range m {
			add(path+" "+k, v)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("translations: %v", err)
	}
	if len(texts) < 300 {
		t.Fatalf("only %d texts collected: the content did not load", len(texts))
	}
	return texts
}

// checkLines describes what is wrong with lines as the breaking of text at width.
func checkLines(text string, lines []string, width float32, measure Measure) string {
	hard, ok := hardEnds(text, lines)
	if !ok || strip(strings.Join(lines, "")) != strip(text) {
		return "the lines do not hold the text"
	}
	for i, l := range lines {
		if measure(l) > width {
			return "line " + l + " is too wide"
		}
		if l == "" {
			continue
		}
		first, last := []rune(l)[0], []rune(l)[len([]rune(l))-1]
		if i > 0 && !hard[i-1] && strings.ContainsRune(closing, first) {
			return "line begins with " + string(first)
		}
		if i < len(lines)-1 && !hard[i] && strings.ContainsRune(opening, last) {
			return "line ends with " + string(last)
		}
	}
	return ""
}

// hardEnds finds the lines in text and reports which of them end at a hard line break;
// ok is false when the lines are not the text in order.
func hardEnds(text string, lines []string) (hard []bool, ok bool) {
	r := []rune(text)
	pos := 0
	hard = make([]bool, len(lines))
	for i, l := range lines {
		for _, c := range l {
			if pos >= len(r) || r[pos] != c {
				return nil, false
			}
			pos++
		}
		for pos < len(r) && isHanging(r[pos]) {
			pos++
		}
		if pos < len(r) && isHardBreak(r[pos]) {
			hard[i] = true
			if r[pos] == '\r' && pos+1 < len(r) && r[pos+1] == '\n' {
				pos++
			}
			pos++
		}
	}
	return hard, pos == len(r)
}

// strip removes white space, which breaking drops at line ends.
func strip(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// charWrap breaks after the last character that fits.
func charWrap(text string, width float32, measure Measure) []string {
	var lines []string
	r := []rune(text)
	for len(r) > 0 {
		n := 1
		for n < len(r) && measure(string(r[:n+1])) <= width {
			n++
		}
		lines = append(lines, string(r[:n]))
		r = r[n:]
	}
	return lines
}
