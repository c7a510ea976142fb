//go:build ignore

// gen_pinyin writes the pinyin table that table.go embeds, from the dictionary of
// github.com/mozillazg/go-pinyin (the version in go.mod): for each character the library
// knows, its first toneless reading as pinyin.SinglePinyin gives it in the Normal style
// (ü written v). Run with `go generate ./pinyin`.
//
//	pinyin_syllables.txt  the distinct readings, one a line, sorted
//	pinyin_bmp.bin        U+3400–U+9FFF: a big-endian uint16 per code point, the line of its
//	                      reading counted from 1 (0: no reading)
//	pinyin_ext.bin        every other character, sorted: 3 bytes of code point and 2 bytes
//	                      of line, big-endian
package main

import (
	"bytes"
	"encoding/binary"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

const bmpLo, bmpHi = 0x3400, 0xA000

func main() {
	args := pinyin.Args{Style: pinyin.Normal, Fallback: func(rune, pinyin.Args) []string { return nil }}
	read := map[rune]string{}
	set := map[string]bool{}
	for k := range pinyin.PinyinDict {
		r := rune(k)
		if p := pinyin.SinglePinyin(r, args); len(p) > 0 && p[0] != "" {
			read[r] = p[0]
			set[p[0]] = true
		}
	}
	var syl []string
	for s := range set {
		syl = append(syl, s)
	}
	slices.Sort(syl)
	line := map[string]uint16{}
	for i, s := range syl {
		line[s] = uint16(i + 1)
	}

	bmp := make([]byte, 2*(bmpHi-bmpLo))
	var ext bytes.Buffer
	var runes []rune
	for r := range read {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	for _, r := range runes {
		n := line[read[r]]
		if r >= bmpLo && r < bmpHi {
			binary.BigEndian.PutUint16(bmp[2*(r-bmpLo):], n)
			continue
		}
		ext.Write([]byte{byte(r >> 16), byte(r >> 8), byte(r), byte(n >> 8), byte(n)})
	}
	write("pinyin_syllables.txt", []byte(strings.Join(syl, "\n")+"\n"))
	write("pinyin_bmp.bin", bmp)
	write("pinyin_ext.bin", ext.Bytes())
	log.Printf("%d characters, %d readings", len(read), len(syl))
}

func write(name string, b []byte) {
	if err := os.WriteFile(name, b, 0o644); err != nil {
		log.Fatal(err)
	}
}
