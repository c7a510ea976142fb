package search

import (
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "tengtou", "tengtou"},
		{"trim and case", "  TengTou ", "tengtou"},
		{"inner spaces", "teng tou", "tengtou"},
		{"full-width letters", "ｔｔ", "tt"},
		{"full-width with ideographic space", "ＴＥＮＧ　ＴＯＵ", "tengtou"},
		{"tone marks", "Téng Tóu", "tengtou"},
		{"all tones of a", "āáǎà", "aaaa"},
		{"u umlaut", "lü", "lv"},
		{"u umlaut with tone", "Lǚ", "lv"},
		{"combining accent", "te\u0301ng", "teng"},
		{"apostrophe", "Huangbi'ao", "huangbiao"},
		{"curly apostrophe", "Huangbi’ao", "huangbiao"},
		{"hyphen", "xi-an", "xian"},
		{"en dash", "Party–Masses", "partymasses"},
		{"chinese unchanged", "奉化区", "奉化区"},
		{"chinese with space", "奉化 区", "奉化区"},
		{"middle dot", "欧阳·明", "欧阳明"},
		{"digits kept", "G20", "g20"},
		{"tab and newline", "tt\t\n", "tt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := normalize(tt.in)
			if got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := normalize(got); again != got {
				t.Errorf("normalize not idempotent: %q → %q", got, again)
			}
		})
	}
}

func TestDropToneDigits(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"teng2tou2", "tengtou"},
		{"teng2tou", "tengtou"},
		{"ning2bo1", "ningbo"},
		{"tengtou", "tengtou"},
		{"g20", "g20"}, // a 0 is no tone
		{"5g", "5g"},   // a digit first is no tone
		{"a6", "a6"},   // nor is a 6
		{"滕2", "滕2"},   // not pinyin
		{"teng22", "teng22"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dropToneDigits(tt.in); got != tt.want {
				t.Errorf("dropToneDigits(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEnglishWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Tengtou Village", []string{"tengtou", "village"}},
		{"Huangbi'ao Township", []string{"huangbiao", "township"}},
		{"Lingfeng Industrial Community Party–Masses Service Centre",
			[]string{"lingfeng", "industrial", "community", "party", "masses", "service", "centre"}},
		{"Drainage Management Service Office, Fenghua District", []string{"drainage", "management", "service", "office", "fenghua", "district"}},
		{"", []string{}},
		{"  ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := englishWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("englishWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
