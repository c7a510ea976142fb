package chart

import (
	"strings"
	"testing"
	"time"
)

func TestNiceTicks(t *testing.T) {
	cases := []struct {
		max       float64
		n         int
		step, top float64
	}{
		{0, 5, 1, 1},
		{1, 5, 1, 1},
		{3, 5, 1, 3},
		{7, 5, 2, 8},
		{10, 5, 2, 10},
		{1843, 5, 500, 2000},
		{99, 4, 50, 100},
		{101, 4, 50, 150},
		{0.3, 5, 1, 1}, // counts: never a fraction
		{12345678, 6, 5000000, 15000000},
	}
	for _, c := range cases {
		step, top := niceTicks(c.max, c.n)
		if step != c.step || top != c.top {
			t.Errorf("niceTicks(%v, %d) = %v, %v; want %v, %v", c.max, c.n, step, top, c.step, c.top)
		}
	}
}

func TestDateTicks(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	measure := func(s string) float64 { return 7 * float64(len([]rune(s))) }
	cases := []struct {
		name     string
		lang     string
		from, to time.Time
		width    float64
		labels   string // the first ticks' labels
	}{
		{"one day", "en", d(2025, 3, 1), d(2025, 3, 1), 800, "1 Mar"},
		{"a week, every day", "en", d(2025, 3, 1), d(2025, 3, 7), 800, "1 Mar|2 Mar|3 Mar"},
		{"a month, Mondays", "en", d(2025, 3, 1), d(2025, 3, 31), 400, "3 Mar|10 Mar|17 Mar"},
		{"a quarter, every other Monday", "zh", d(2025, 3, 1), d(2025, 5, 31), 500, "3月3日|3月17日|3月31日"},
		{"a year, months with the year at January", "en", d(2025, 1, 1), d(2025, 12, 31), 900, "Jan 2025|Feb|Mar"},
		{"a year, narrow: quarters", "zh", d(2025, 2, 10), d(2026, 2, 9), 300, "2025年4月|7月|10月|2026年1月"},
		{"years", "en", d(2020, 5, 1), d(2026, 4, 30), 300, "2021|2022|2023"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := dateTicks(c.lang, c.from, c.to, c.width, 14, measure)
			var got []string
			for _, tk := range ts {
				got = append(got, tk.label)
				if tk.t.Before(c.from) || tk.t.After(c.to) {
					t.Errorf("tick %v outside the span", tk.t)
				}
			}
			if s := strings.Join(got, "|"); !strings.HasPrefix(s, c.labels) {
				t.Errorf("labels %s, want them to start %s", s, c.labels)
			}
		})
	}
}

func TestSpanLabel(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		lang     string
		from, to time.Time
		want     string
	}{
		{"en", d(2025, 3, 1), d(2025, 5, 31), "1 Mar – 31 May 2025"},
		{"en", d(2024, 12, 1), d(2025, 1, 31), "1 Dec 2024 – 31 Jan 2025"},
		{"en", d(2025, 3, 1), d(2025, 3, 1), "1 Mar 2025"},
		{"zh", d(2025, 3, 1), d(2025, 5, 31), "2025年3月1日 – 5月31日"},
		{"zh", d(2024, 12, 1), d(2025, 1, 31), "2024年12月1日 – 2025年1月31日"},
	}
	for _, c := range cases {
		if got := spanLabel(c.lang, c.from, c.to); got != c.want {
			t.Errorf("spanLabel(%s, %v, %v) = %q, want %q", c.lang, c.from, c.to, got, c.want)
		}
	}
}

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 1843.4: "1,843", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := Number(v); got != want {
			t.Errorf("Number(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestLabelLines: long names wrap onto two lines and are cut with the
// ellipsis of their script; short ones stay whole.
func TestLabelLines(t *testing.T) {
	regular, _, unlock, err := lockFaces()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	f := font{regular, 15}
	cases := []struct {
		text  string
		width float64
		lines int
		last  string // the last line's end
	}{
		{"Tengtou Village", 300, 1, "Village"},
		{"Drainage Management Service Office of the Fenghua District Water Resources Bureau", 220, 2, "..."},
		{"奉化区水利局排水管理服务处", 100, 2, "…"},
		{"奉化区水利局排水管理服务处", 250, 1, "处"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			ls := f.lines(c.text, c.width, 2)
			if len(ls) != c.lines || !strings.HasSuffix(ls[len(ls)-1], c.last) {
				t.Errorf("lines %q, want %d ending %q", ls, c.lines, c.last)
			}
			for _, l := range ls {
				if w := f.width(l); w > c.width {
					t.Errorf("line %q is %.0f px, wider than %.0f", l, w, c.width)
				}
			}
		})
	}
}
