package vector

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ningbomap/pinyin"
)

// Lang is the language the map's names are shown in.
type Lang uint8

// The languages of the names.
const (
	Chinese Lang = iota
	English
)

// Name returns a feature's name in lang, "" when it has none:
//   - Chinese: name:zh-Hans, then name:zh, then name;
//   - English: name:en, then name_en, then name — in pinyin when it is
//     Chinese ("萧王庙街道" → "Xiaowangmiao Subdistrict", see Romanize).
//
// A tile without name uses name:latin in its place (tilemaker's default
// OpenMapTiles profile writes the OSM name there).
func Name(props map[string]any, lang Lang) string {
	if lang == Chinese {
		return first(props, "name:zh-Hans", "name:zh", "name", "name:latin")
	}
	if s := first(props, "name:en", "name_en"); s != "" {
		return s
	}
	base := first(props, "name", "name:latin")
	if hasHan(base) {
		return Romanize(base)
	}
	return base
}

// first returns the first of keys that props holds as a non-blank string.
func first(props map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := props[k].(string); ok {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
	}
	return ""
}

// hasHan reports whether s has a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// generic is the last part of a Chinese place name that says what the
// place is, and its English.
type generic struct{ zh, en string }

// generics are the ends of Chinese place names written in English rather
// than in pinyin, as the map's own places are ("滕头村" → "Tengtou
// Village"). Longer ends come first.
var generics = []generic{
	{"街道", "Subdistrict"}, {"社区", "Community"}, {"水库", "Reservoir"}, {"公园", "Park"},
	{"东路", "East Road"}, {"西路", "West Road"}, {"南路", "South Road"}, {"北路", "North Road"},
	{"中路", "Middle Road"}, {"大道", "Avenue"}, {"公路", "Highway"}, {"高速", "Expressway"},
	{"大桥", "Bridge"}, {"隧道", "Tunnel"}, {"火车站", "Railway Station"}, {"机场", "Airport"},
	{"镇", "Town"}, {"乡", "Township"}, {"村", "Village"}, {"区", "District"}, {"县", "County"},
	{"市", "City"}, {"路", "Road"}, {"街", "Street"}, {"巷", "Lane"}, {"弄", "Lane"}, {"桥", "Bridge"},
	{"江", "River"}, {"河", "River"}, {"湖", "Lake"}, {"湾", "Bay"}, {"岛", "Island"},
}

// Romanize writes a Chinese place name for an English reader: the
// pinyin of its proper part as one capitalised word, and its generic end
// in English ("萧王庙街道" → "Xiaowangmiao Subdistrict", "中山东路" →
// "Zhongshan East Road"), or the whole name in pinyin when the proper
// part would be one syllable ("东湖" → "Donghu"). Apostrophes separate
// syllables that would run together ("黄避岙" → "Huangbi'ao"); letters,
// digits and other words in the name are kept ("G20峰会" → "G20
// Fenghui").
func Romanize(zh string) string {
	zh = strings.TrimSpace(zh)
	for _, g := range generics {
		rest, ok := strings.CutSuffix(zh, g.zh)
		if !ok {
			continue
		}
		if syllableCount(rest) < 2 {
			break
		}
		return romanizeWords(rest) + " " + g.en
	}
	return romanizeWords(zh)
}

// syllableCount counts the syllables of the Chinese characters of s.
func syllableCount(s string) int {
	var syl []string
	for i := 0; i < len(s); {
		var n int
		if syl, n = pinyin.Append(syl, s[i:]); n == 0 {
			_, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
	}
	return len(syl)
}

// romanizeWords writes each run of Chinese characters of s as one
// capitalised pinyin word and keeps the rest, words separated by single
// spaces.
func romanizeWords(s string) string {
	var b strings.Builder
	var syl []string
	word := false // inside a word of pinyin
	space := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	for i := 0; i < len(s); {
		syl = syl[:0]
		var n int
		if syl, n = pinyin.Append(syl, s[i:]); n > 0 {
			for _, p := range syl {
				p = strings.ReplaceAll(p, "v", "ü")
				if !word {
					space()
					r, k := utf8.DecodeRuneInString(p)
					b.WriteRune(unicode.ToUpper(r))
					b.WriteString(p[k:])
					word = true
					continue
				}
				if strings.IndexByte("aoe", p[0]) >= 0 {
					b.WriteByte('\'')
				}
				b.WriteString(p)
			}
			i += n
			continue
		}
		r, k := utf8.DecodeRuneInString(s[i:])
		i += k
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if word {
				space()
				word = false
			}
			b.WriteRune(r)
		case r == '-' || r == '\'' || r == '.' || r == '&':
			b.WriteRune(r)
			word = false
		default: // spaces, brackets, dots: a word break
			space()
			word = false
		}
	}
	return strings.TrimSpace(b.String())
}
