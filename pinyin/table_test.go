package pinyin

import (
	"testing"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// pinyinArgs asks the library for toneless pinyin, one reading per character, and nothing
// for characters it does not know: what the embedded table holds.
var pinyinArgs = gopinyin.Args{
	Style:    gopinyin.Normal,
	Fallback: func(rune, gopinyin.Args) []string { return nil },
}

// TestReadingMatchesLibrary checks the embedded table against the library it was made
// from, character by character (run `go generate ./pinyin` after updating go-pinyin).
func TestReadingMatchesLibrary(t *testing.T) {
	if len(gopinyin.PinyinDict) < 40000 {
		t.Fatalf("the library's dictionary has only %d characters", len(gopinyin.PinyinDict))
	}
	bad := 0
	for k := range gopinyin.PinyinDict {
		r := rune(k)
		want := ""
		if p := gopinyin.SinglePinyin(r, pinyinArgs); len(p) > 0 {
			want = p[0]
		}
		if got := Reading(r); got != want {
			if bad++; bad <= 10 {
				t.Errorf("Reading(%q U+%04X) = %q, the library says %q", r, r, got, want)
			}
		}
	}
	for _, tc := range []struct {
		r    rune
		want string
	}{
		{'滕', "teng"}, {'绿', "lv"}, {'甬', "yong"}, {'鄞', "yin"}, {'〇', "ling"},
		{'a', ""}, {'，', ""}, {0xE000, ""}, {0x10FFFF, ""}, {-1, ""},
	} {
		if got := Reading(tc.r); got != tc.want {
			t.Errorf("Reading(%q) = %q, want %q", tc.r, got, tc.want)
		}
	}
}

func BenchmarkReading(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range "宁波市奉化区萧王庙街道滕头村𠀀" {
			Reading(r)
		}
	}
}
