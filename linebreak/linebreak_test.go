package linebreak

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// cells measures text in terminal cells: two for CJK characters and full-width forms, one
// for the rest.
func cells(s string) float32 {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x2E80 {
			n++
		}
	}
	return float32(n)
}

var lineCases = []struct {
	name  string
	text  string
	width float32
	want  []string
}{
	{"empty", "", 10, nil},
	{"fits", "宁波", 10, []string{"宁波"}},
	{"comma stays with the character before", "一二三，四五", 6, []string{"一二", "三，四", "五"}},
	{"full stop and closing bracket", "一二三。）四", 6, []string{"一二", "三。）", "四"}},
	{"opening bracket goes down", "一二（三）四", 6, []string{"一二", "（三）", "四"}},
	{"book title marks", "读《宁波日报》", 8, []string{"读《宁波", "日报》"}},
	{"ellipsis does not begin a line", "一二三……", 6, []string{"一二", "三……"}},
	{"question and exclamation marks", "好吗？好！", 4, []string{"好", "吗？", "好！"}},
	{"English at spaces", "the quick brown fox", 10, []string{"the quick", "brown fox"}},
	{"English closing bracket", "a (quick) fox", 8, []string{"a", "(quick)", "fox"}},
	{"spaces hang at the end", "ab   cd", 2, []string{"ab", "cd"}},
	{"mixed Chinese and Latin", "村民收入8.2万元，增长10%", 10, []string{"村民收入", "8.2万元，", "增长10%"}},
	{"hard breaks", "a\nb\r\nc\n", 10, []string{"a", "b", "c", ""}},
	{"blank line", "a\n\nb", 10, []string{"a", "", "b"}},
	{"word wider than the line is cut", "abcdefghij k", 4, []string{"abcd", "efgh", "ij k"}},
	{"a cut word keeps its full stop", "abcd. e", 4, []string{"abc", "d. e"}},
	{"a character wider than the line stands alone", "宁波", 1, []string{"宁", "波"}},
}

func TestLines(t *testing.T) {
	var b Breaker // reused across cases, as a widget would
	for _, tc := range lineCases {
		t.Run(tc.name, func(t *testing.T) {
			got := b.Lines(tc.text, tc.width, cells)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Lines(%q, %v) = %q, want %q", tc.text, tc.width, got, tc.want)
			}
			if fresh := Lines(tc.text, tc.width, cells); !slices.Equal(fresh, got) {
				t.Errorf("Lines = %q, a reused Breaker gave %q", fresh, got)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	if got, want := Wrap("一二三，四五", 6, cells), "一二\n三，四\n五"; got != want {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
}

// TestLinesMeasuresWholeLines checks that a line is measured whole when its segments'
// widths add up to less than it (kerning, ligatures across segments).
func TestLinesMeasuresWholeLines(t *testing.T) {
	kerned := func(s string) float32 {
		w := cells(s)
		if strings.Contains(s, "b c") {
			w += 5 // the pair spreads when set together
		}
		return w
	}
	got := Lines("a b c d", 6, kerned)
	for _, l := range got {
		if kerned(l) > 6 {
			t.Errorf("line %q is %v wide, want ≤ 6 (lines %q)", l, kerned(l), got)
		}
	}
	if strings.Join(got, " ") != "a b c d" {
		t.Errorf("lines %q lose text", got)
	}
}

func TestCellsMeasure(t *testing.T) {
	if cells("a宁") != 3 || utf8.RuneCountInString("a宁") != 2 {
		t.Fatal("cells measure is wrong")
	}
}
