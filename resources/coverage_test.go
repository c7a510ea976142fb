package resources

import (
	"slices"
	"testing"
)

func TestMissingRunes(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []rune
	}{
		{"empty", "", nil},
		{"hanzi and punctuation", "宁波市“三联三进”，覆盖率100%（2023年）……", nil},
		{"latin and pinyin", "Níngbō Tengtou Village, No. 1 · ǎ ü é", nil},
		{"spaces and format characters", " \t\n\u3000\u200d\ufe0f", nil},
		{"outside GB2312, twice", "鄞州龘区龘", []rune{'龘'}},
		{"extension B and emoji", "𪚥😀", []rune{'𪚥', '😀'}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MissingRunes(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("MissingRunes(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFontsParse(t *testing.T) {
	for _, b := range [][]byte{Font, FontBold} {
		if _, err := readCmap(b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := cmaps(); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkMissingRunes(b *testing.B) {
	s := "宁波市奉化区萧王庙街道滕头村以“党建联建”推动乡村振兴，村集体经济收入超1亿元。"
	b.ReportAllocs()
	for b.Loop() {
		MissingRunes(s)
	}
}
