package budget_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"ningbomap/budget"
)

func TestCut(t *testing.T) {
	b := budget.Budget{Name: "name length", Limit: 5, Unit: budget.Runes}
	tests := []struct {
		in, want string
		cut      bool
	}{
		{"", "", false},
		{"abcde", "abcde", false},
		{"abcdef", "abcd…", true},
		{"宁波市海曙区", "宁波市海…", true},
		{"宁波市海曙", "宁波市海曙", false},
		{"ab\xffcdef", "ab\xffc…", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, cut := budget.Cut(tc.in, b)
			if got != tc.want || cut != tc.cut {
				t.Errorf("Cut(%q) = %q, %v; want %q, %v", tc.in, got, cut, tc.want, tc.cut)
			}
			if utf8.RuneCountInString(got) > b.Int() {
				t.Errorf("%q is over the budget", got)
			}
		})
	}
}

func TestCutWarn(t *testing.T) {
	s := strings.Repeat("宁", 100_000)
	err := budget.CutWarn(&s, budget.Name)
	if utf8.RuneCountInString(s) != budget.Name.Int() || !strings.HasSuffix(s, budget.Ellipsis) {
		t.Errorf("cut to %d runes", utf8.RuneCountInString(s))
	}
	if !errors.Is(err, budget.ErrOver) || !strings.Contains(err.Error(), "name length budget of 200 characters") {
		t.Errorf("warning %v", err)
	}
	short := "滕头村"
	if err := budget.CutWarn(&short, budget.Name); err != nil || short != "滕头村" {
		t.Errorf("%q %v", short, err)
	}
}

func BenchmarkCutHuge(b *testing.B) {
	s := strings.Repeat("宁波", 1<<20)
	b.ReportAllocs()
	for b.Loop() {
		budget.Cut(s, budget.Name)
	}
}
