package pinyin

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
	{"药行", []string{"yao", "hang"}},  // 药行街, 海曙区 (library: yao xing)
}

// Append appends to dst the pinyin of the start of s and says how many
// bytes of s it read: a place name of the override table (all its
// syllables), else one Chinese character (its reading, nothing when the
// table has none). It reads nothing (0) when s starts with anything else.
// Syllables are toneless and lower case, ü written v ("滕" → "teng").
func Append(dst []string, s string) ([]string, int) {
	for i := range overrides {
		if strings.HasPrefix(s, overrides[i].zh) {
			return append(dst, overrides[i].syllables...), len(overrides[i].zh)
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.Is(unicode.Han, r) {
		return dst, 0
	}
	if p := Reading(r); p != "" {
		dst = append(dst, p)
	}
	return dst, n
}
