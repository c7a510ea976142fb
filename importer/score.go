package importer

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// How a text read in a candidate encoding is judged: each character that
// is not ASCII adds evidence for or against the reading, weighted by the
// bytes it spans so that one-byte and two-byte encodings compare.
//
//   - Hanzi: the common ones of the encoding's own standard are strong
//     evidence. For GB18030 those are GB2312's level 1 (3,755 common
//     simplified characters, +2) and level 2 (3,008 less common ones, +1,
//     which hold place names such as 鄞 and 甬); a common traditional
//     character written in GBK counts a little (+0.5). For Big5 they are
//     its level 1 (5,401 frequently used traditional characters, +2, but
//     +1 when its second byte is ASCII: "25\xB0C" is more likely "25°C"
//     than "25蚓") and level 2 (+0.5, or 0 when its second byte is ASCII).
//     Any other hanzi, or one wedged between two ASCII letters ("Cr鑝e"),
//     counts against (−1); one touching an ASCII letter on one side
//     ("S鉶") counts 0.5 less.
//   - CJK punctuation and full-width forms (，。（）): +1.
//   - Latin letters and Western punctuation come in runs: a run of one or
//     two touching an ASCII letter ("Crème", "Zürich", "ções") is a word
//     (+1 a letter, +0.5 a sign); a lone sign or letter elsewhere ("25°",
//     "à") +0.5; longer runs ("Äþ²¨", GBK read as Latin) −1 each.
//   - Kana, Greek, Cyrillic, box drawing and the like, which Chinese
//     encodings hold but Chinese map data seldom uses: −1.
//   - Private-use and control characters, and U+FFFD: −4.

// Character classes of the frequency tables.
const (
	gbLevel1 = 1 << iota
	gbLevel2
	big5Level1
	big5Level2
	big5ASCIITrail // second byte in 0x40..0x7E, which may be an ASCII letter misread
)

var (
	hanziOnce  sync.Once
	hanziClass []uint8 // by rune − 0x4E00, for U+4E00..U+9FFF
)

// hanziTables fills hanziClass from the encoders' own tables: GB2312
// level 1 is 0xB0A1..0xD7FE, level 2 0xD8A1..0xF7FE; Big5 level 1 is
// 0xA440..0xC67E, level 2 0xC940..0xF9D5.
func hanziTables() {
	hanziClass = make([]uint8, 0x9FFF-0x4E00+1)
	mark := func(dec func([]byte) ([]byte, error), lead, trail byte, class uint8) {
		r, _ := utf8.DecodeRune(must(dec([]byte{lead, trail})))
		if r >= 0x4E00 && r <= 0x9FFF {
			hanziClass[r-0x4E00] |= class
		}
	}
	gb := simplifiedchinese.GBK.NewDecoder()
	for lead := 0xB0; lead <= 0xF7; lead++ {
		class := uint8(gbLevel1)
		if lead >= 0xD8 {
			class = gbLevel2
		}
		for trail := 0xA1; trail <= 0xFE; trail++ {
			mark(gb.Bytes, byte(lead), byte(trail), class)
		}
	}
	big5 := traditionalchinese.Big5.NewDecoder()
	for lead := 0xA4; lead <= 0xF9; lead++ {
		class := uint8(big5Level1)
		if lead >= 0xC9 {
			class = big5Level2
		} else if lead > 0xC6 {
			continue
		}
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail > 0x7E && trail < 0xA1 {
				continue
			}
			c := class
			if trail <= 0x7E {
				c |= big5ASCIITrail
			}
			mark(big5.Bytes, byte(lead), byte(trail), c)
		}
	}
}

// must returns b, or nothing on error.
func must(b []byte, err error) []byte {
	if err != nil {
		return nil
	}
	return b
}

// score judges text, decoded from encoding enc, as described above.
func score(text []byte, enc string) float64 {
	hanziOnce.Do(hanziTables)
	var s float64
	var prev rune = ' ' // the character before the current one
	run, runScore := 0, 0.0
	endRun := func(next rune) {
		if run == 0 {
			return
		}
		switch {
		case run <= 2 && (isASCIILetter(prev) || isASCIILetter(next)):
			s += runScore
		case run == 1:
			s += 0.5
		default:
			s -= float64(run)
		}
		run, runScore = 0, 0
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if isLatin(r) {
			run++
			if isLatinLetter(r) {
				runScore++
			} else {
				runScore += 0.5
			}
			continue
		}
		endRun(r)
		switch {
		case r < 0x80:
		case r >= 0x4E00 && r <= 0x9FFF:
			next, _ := utf8.DecodeRune(text[i:])
			w := hanziWeight(hanziClass[r-0x4E00], enc)
			switch {
			case isASCIILetter(prev) && isASCIILetter(next):
				w = -1
			case isASCIILetter(prev) || isASCIILetter(next):
				w = min(w, w-0.5)
			}
			s += w
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
			s++
		case r == utf8.RuneError, r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000, r < 0xA0:
			s -= 4
		default:
			s--
		}
		prev = r
	}
	endRun(' ')
	return s
}

// hanziWeight is the evidence a hanzi of class c gives for encoding enc.
func hanziWeight(c uint8, enc string) float64 {
	if enc == EncodingBig5 {
		switch {
		case c&big5Level1 != 0 && c&big5ASCIITrail != 0:
			return 1
		case c&big5Level1 != 0:
			return 2
		case c&big5Level2 != 0 && c&big5ASCIITrail != 0:
			return 0
		case c&big5Level2 != 0:
			return 0.5
		}
		return -1
	}
	switch {
	case c&gbLevel1 != 0:
		return 2
	case c&gbLevel2 != 0:
		return 1
	case c&big5Level1 != 0:
		return 0.5
	}
	return -1
}

// isLatin reports whether r is a Latin-1 letter or sign, a Latin Extended
// letter, or Western punctuation (dashes, quotes, €, ™).
func isLatin(r rune) bool {
	return r >= 0xA0 && r <= 0x24F || r >= 0x2010 && r <= 0x203A || r == 0x20AC || r == 0x2122 || r == 0x2C6 || r == 0x2DC
}

// isLatinLetter reports whether r is a letter among the isLatin runes.
func isLatinLetter(r rune) bool {
	return r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7
}

// isASCIILetter reports whether r is a-z or A-Z.
func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
