package search

import (
	"strings"
	"unicode/utf8"

	"ningbomap/pinyin"
)

// syllables returns the toneless pinyin of a Chinese text, one element per
// Chinese character ("滕头村" → teng tou cun), read by package pinyin with
// its table of Ningbo place names. Runs of ASCII letters and digits in the
// text are kept as one lower-case element each; anything else
// (punctuation, spaces) is skipped. ü is written v, as the library does.
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
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := foldRune(r); ok && ('a' <= f && f <= 'z' || '0' <= f && f <= '9') {
			run.WriteRune(f)
			i += n
			continue
		}
		flush()
		var m int
		if out, m = pinyin.Append(out, s[i:]); m > 0 {
			n = m // a Chinese character, or a place name read as a whole
		}
		i += n
	}
	flush()
	return out
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
