package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize folds a query, or a key of the index, into the form the index
// compares: full-width characters become half-width, letters lower-case,
// tone marks are dropped (ā → a; ü and ǖ…ǜ → v), and spaces, apostrophes,
// hyphens, dashes, middle dots and combining marks are removed. Chinese
// characters pass unchanged. normalize(normalize(s)) == normalize(s).
func normalize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r, ok := foldRune(r); ok {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is already normalised ASCII (lower-case letters,
// digits and punctuation that normalize keeps), so that normalize can
// return it without allocating.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c <= ' ' || c == '\'' || c == '-' || c == '`' || c == 0x7f {
			return false
		}
	}
	return true
}

// foldRune maps one rune to its normalised form; ok is false when the rune
// is dropped.
func foldRune(r rune) (_ rune, ok bool) {
	r = unicode.ToLower(foldWidth(r))
	if dropped(r) {
		return 0, false
	}
	if p, ok := plainVowel[r]; ok {
		return p, true
	}
	return r, true
}

// foldWidth maps a full-width ASCII variant (U+FF01…U+FF5E) and the
// ideographic space to its half-width form.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	}
	return r
}

// dropped reports whether a (folded, lower-case) rune is left out of the
// compared form: white space, apostrophes, hyphens and dashes, middle dots
// and combining marks (tone marks typed as separate accents).
func dropped(r rune) bool {
	return isApostrophe(r) || isDash(r) || r == '·' || r == '・' ||
		unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Mn, r)
}

// plainVowel maps pinyin letters with tone marks to plain letters; ü (with
// or without a tone) becomes v, as in toneless pinyin.
var plainVowel = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a',
	'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e', 'ê': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i',
	'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u',
	'ü': 'v', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v',
	'ḿ': 'm', 'ń': 'n', 'ň': 'n', 'ǹ': 'n',
}

// dropToneDigits removes tone numbers from a normalised query typed as
// numbered pinyin ("teng2tou2" → "tengtou"). It applies only when the
// query is made of ASCII letters and digits 1–5 that each follow a letter;
// any other query is returned unchanged.
func dropToneDigits(q string) string {
	digits := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case 'a' <= c && c <= 'z':
		case '1' <= c && c <= '5' && i > 0 && 'a' <= q[i-1] && q[i-1] <= 'z':
			digits++
		default:
			return q
		}
	}
	if digits == 0 {
		return q
	}
	b := make([]byte, 0, len(q)-digits)
	for i := 0; i < len(q); i++ {
		if c := q[i]; c < '0' || c > '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// englishWords splits an English name into its normalised words. Words are
// separated by anything that is neither a letter, a digit nor an
// apostrophe, so "Huangbi'ao" is one word ("huangbiao") and
// "Party–Masses" two.
func englishWords(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		r = foldWidth(r)
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApostrophe(r) && !unicode.Is(unicode.Mn, r)
	})
	words := make([]string, 0, len(fields))
	for _, f := range fields {
		if w := normalize(f); w != "" {
			words = append(words, w)
		}
	}
	return words
}

// isDash reports whether r is a hyphen or a dash.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// isApostrophe reports whether r is an apostrophe or a quote used as one
// (the syllable divider of "Huangbi'ao").
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '‘', '’', 'ʼ', '′':
		return true
	}
	return false
}
