package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// override is a reading that the pinyin table (go-pinyin's dictionary) gets wrong in a Ningbo
// place name: the library gives each character its most common reading,
// which is not always the one a place name uses.
type override struct {
	zh        string   // the characters, matched before the library is asked
	syllables []string // their toneless pinyin, one syllable per character
}

// overrides lists the Ningbo place names the library reads wrongly. Every
// entry is checked by the tests to differ from the library's own output, so
// the table stays as small as it can be. Whole words rather than single
// characters, because the same character reads differently elsewhere
// (江厦 jiāngxià, but 大厦 dàshà). The embedded places need none: these
// are Ningbo places that layers loaded from a folder may name.
var overrides = []override{
	{"浒山", []string{"xu", "shan"}},   // 浒山街道, 慈溪市 (library: hu shan)
	{"江厦", []string{"jiang", "xia"}}, // 江厦街道, 海曙区 (library: jiang sha)
	{"长街", []string{"chang", "jie"}}, // 长街镇, 宁海县 (library: zhang jie)
	{"长河", []string{"chang", "he"}},  // 长河镇, 慈溪市 (library: zhang he)
}

// syllables returns the toneless pinyin of a Chinese text, one element per
// Chinese character ("滕头村" → teng tou cun). Runs of ASCII letters and
// digits in the text are kept as one lower-case element each; anything
// else (punctuation, spaces) is skipped. ü is written v, as the library
// does.
func syllables(s string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, run.String())
			run.Reset()
		}
	}
	for i := 0; i < len(s); {
		if o := overrideAt(s[i:]); o != nil {
			flush()
			out = append(out, o.syllables...)
			i += len(o.zh)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.Is(unicode.Han, r) {
			flush()
			if p := reading(r); p != "" {
				out = append(out, p)
			}
			continue
		}
		f, ok := foldRune(r)
		switch {
		case !ok:
			flush()
		case 'a' <= f && f <= 'z' || '0' <= f && f <= '9':
			run.WriteRune(f)
		default:
			flush()
		}
	}
	flush()
	return out
}

// overrideAt returns the override that s starts with, or nil.
func overrideAt(s string) *override {
	for i := range overrides {
		if strings.HasPrefix(s, overrides[i].zh) {
			return &overrides[i]
		}
	}
	return nil
}

// spellings returns the full pinyin of a syllable list as the index keeps
// it: the syllables joined ("tengtoucun"), and, when a syllable has ü
// (written v), the same with u as well ("lvshan", "lushan"), since both
// are typed.
func spellings(syl []string) []string {
	full := strings.Join(syl, "")
	if full == "" {
		return nil
	}
	if !strings.Contains(full, "v") {
		return []string{full}
	}
	return []string{full, strings.ReplaceAll(full, "v", "u")}
}

// tails returns the pinyin of the name from each syllable after the first
// ("tengtoucun" → "toucun", "cun"), in every spelling, so that a query can
// match the pinyin of any part of the name at a syllable boundary.
func tails(syl []string) []string {
	var out []string
	for i := 1; i < len(syl); i++ {
		out = append(out, spellings(syl[i:])...)
	}
	return out
}

// initials returns the first letter of every syllable ("滕头村" → "ttc").
func initials(syl []string) string {
	b := make([]byte, 0, len(syl))
	for _, s := range syl {
		b = append(b, s[0])
	}
	return string(b)
}
