package pinyin

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run gen_pinyin.go

// The pinyin table, made by gen_pinyin.go from github.com/mozillazg/go-pinyin's dictionary.
// It lives in the binary's read-only data: the library builds its dictionary as a map of
// 41,923 entries when the program starts, about 1.6 MB of heap for the life of the
// process, whether or not anyone searches.
var (
	//go:embed pinyin_syllables.txt
	syllableText string
	//go:embed pinyin_bmp.bin
	pinyinBMP string
	//go:embed pinyin_ext.bin
	pinyinExt string
)

// The code points pinyinBMP covers, one big-endian uint16 each.
const bmpLo, bmpHi = 0x3400, 0xA000

// syllableList is the lines of syllableText; reading numbers count from 1.
var syllableList = sync.OnceValue(func() []string {
	return strings.Split(strings.TrimSuffix(syllableText, "\n"), "\n")
})

// Reading returns the toneless pinyin of a Chinese character as go-pinyin's SinglePinyin
// gives it first in the Normal style ("滕" → "teng", ü written v), or "" when the
// character has none.
func Reading(r rune) string {
	var n int
	if r >= bmpLo && r < bmpHi {
		i := 2 * int(r-bmpLo)
		n = int(pinyinBMP[i])<<8 | int(pinyinBMP[i+1])
	} else {
		const size = 5
		count := len(pinyinExt) / size
		i := sort.Search(count, func(i int) bool { return extRune(i) >= r })
		if i < count && extRune(i) == r {
			n = int(pinyinExt[i*size+3])<<8 | int(pinyinExt[i*size+4])
		}
	}
	syl := syllableList()
	if n < 1 || n > len(syl) {
		return ""
	}
	return syl[n-1]
}

// extRune is the code point of entry i of pinyinExt.
func extRune(i int) rune {
	e := pinyinExt[i*5:]
	return rune(e[0])<<16 | rune(e[1])<<8 | rune(e[2])
}
