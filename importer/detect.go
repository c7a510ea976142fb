package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// candidates are the legacy encodings a text that is not UTF-8 is scored
// in, in order of preference when they score the same: files met here
// come from Chinese Excel and GIS programs ("GBK", "ANSI"), from Taiwan
// and Hong Kong (Big5), and from Western programs (Latin-1, windows-1252).
var candidates = []string{EncodingGB18030, EncodingBig5, EncodingWindows1252}

// sampleBytes is how much of a file is scored; the rest is only decoded.
const sampleBytes = 256 << 10

// detection is what detectText found.
type detection struct {
	name      string // the encoding used
	ambiguous string // other candidates that fit about as well, "A and B"; "" when clear
	bad       int    // characters that became U+FFFD (a byte-order mark, then broken text)
}

// detectText returns data as UTF-8 and the encoding it was found in: a
// byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; UTF-16 without a
// mark is recognised by its zero bytes; valid UTF-8 is taken as such;
// other text is scored in each of the candidates (see score) and read in
// the best. Text that fits none of them gives an *Error (without File)
// with the line of the first byte that is not UTF-8, wrapping ErrEncoding.
func detectText(data []byte) ([]byte, detection, error) {
	var name string
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		name = EncodingUTF8
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		name = EncodingUTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		name = EncodingUTF16BE
	default:
		name = utf16ByZeros(data)
	}
	if name == "" && utf8.Valid(data) {
		return data, detection{name: EncodingUTF8}, nil
	}
	if name != "" {
		out, bad := decodeAs(data, name)
		return out, detection{name: name, bad: bad}, nil
	}
	best, ambiguous, ok := guess(data)
	if !ok {
		at := min(firstInvalid(data), len(data)-1)
		line := 1 + bytes.Count(data[:at], []byte("\n"))
		return nil, detection{}, &Error{Line: line, Err: fmt.Errorf(
			"%w: not UTF-8 (byte 0x%02X), and no sense as %s; choose the encoding, or save the file as UTF-8",
			ErrEncoding, data[at], strings.Join(candidates, ", ")+" either")}
	}
	out, bad := decodeAs(data, best) // bad > 0 only past the sample
	return out, detection{name: best, ambiguous: ambiguous, bad: bad}, nil
}

// utf16ByZeros recognises UTF-16 text without a byte-order mark by the
// zero bytes of its ASCII characters: at odd offsets in little-endian
// text, at even ones in big-endian. Other text has no zero bytes.
func utf16ByZeros(data []byte) string {
	head := data[:min(len(data), 4096)&^1]
	pairs := len(head) / 2
	if pairs == 0 {
		return ""
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*4 >= pairs && even*8 <= odd:
		return EncodingUTF16LE
	case even*4 >= pairs && odd*8 <= even:
		return EncodingUTF16BE
	}
	return ""
}

// scored is a candidate encoding and how well a text fits it.
type scored struct {
	name  string
	score float64
}

// guess scores a sample of data in each candidate encoding and returns the
// best, and the others that come within a margin of it ("" when none
// does). A candidate that cannot decode the sample, or whose reading is
// mostly implausible, does not fit; ok is false when none fits.
func guess(data []byte) (best, ambiguous string, ok bool) {
	sample := data
	if len(sample) > sampleBytes {
		// Cut after a line feed, which is never part of a multi-byte character.
		cut := bytes.LastIndexByte(sample[:sampleBytes], '\n')
		if cut <= 0 {
			cut = sampleBytes
		}
		sample = sample[:cut+1]
	}
	high := 0
	for _, b := range sample {
		if b >= 0x80 {
			high++
		}
	}
	var fits []scored
	for _, name := range candidates {
		out, bad := decodeAs(sample, name)
		if bad > 0 {
			continue
		}
		s := score(out, name)
		if s < -float64(high)/2 {
			continue
		}
		fits = append(fits, scored{name, s})
	}
	if len(fits) == 0 {
		return "", "", false
	}
	top := 0
	for i, f := range fits {
		if f.score > fits[top].score {
			top = i
		}
	}
	margin := 1 + 0.05*float64(high)
	var close []string
	for i, f := range fits {
		if i != top && f.score > fits[top].score-margin {
			close = append(close, f.name)
		}
	}
	return fits[top].name, strings.Join(close, " and "), true
}

// firstInvalid returns the offset of the first byte of data that is not
// part of valid UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}
