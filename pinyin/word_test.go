package pinyin

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// TestOverridesNeeded keeps the override table minimal: each entry must
// differ from what the library says on its own.
func TestOverridesNeeded(t *testing.T) {
	for _, o := range overrides {
		t.Run(o.zh, func(t *testing.T) {
			lib := gopinyin.LazyPinyin(o.zh, pinyinArgs)
			if slices.Equal(lib, o.syllables) {
				t.Errorf("the library already reads %s as %q: drop the override", o.zh, lib)
			}
			if n := utf8.RuneCountInString(o.zh); len(o.syllables) != n {
				t.Errorf("%s: %d syllables for %d characters", o.zh, len(o.syllables), n)
			}
			t.Logf("%s: library %q, override %q", o.zh, lib, o.syllables)
		})
	}
}

func TestAppend(t *testing.T) {
	tests := []struct {
		s    string
		want string // syllables joined by spaces
		n    int
	}{
		{"滕头村", "teng", 3},
		{"浒山街道", "xu shan", 6},
		{"长街镇", "chang jie", 6},
		{"长城", "zhang", 3}, // only the place names of the table read otherwise
		{"𠀀", "he", 4},     // outside the BMP
		{"\u9FEF", "", 3},  // a Chinese character the table has no reading for
		{"A区", "", 0},
		{"，", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			got, n := Append(nil, tt.s)
			if strings.Join(got, " ") != tt.want || n != tt.n {
				t.Errorf("Append(%q) = %q, %d; want %q, %d", tt.s, got, n, tt.want, tt.n)
			}
		})
	}
}
