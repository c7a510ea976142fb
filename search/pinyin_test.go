package search

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"ningbomap/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// embeddedNames returns every Chinese name the index reads pinyin from: the
// overview, each place and each level of their administrative paths, once
// each, in tour order.
func embeddedNames(t testing.TB) []string {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	var names []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	for _, s := range append([]*data.Site{ds.Overview}, ds.Sites...) {
		add(s.Name.Zh)
		for _, a := range s.Admin {
			add(a.Zh)
		}
	}
	return names
}

// TestEmbeddedPinyin pins the pinyin of every name and administrative level
// of the embedded data in testdata/pinyin.golden (go test -update rewrites
// it), so that a new place, or a new version of the pinyin library, shows
// its readings in review.
func TestEmbeddedPinyin(t *testing.T) {
	var b strings.Builder
	for _, name := range embeddedNames(t) {
		syl := syllables(name)
		if n := utf8.RuneCountInString(name); len(syl) != n {
			t.Errorf("%s: %d syllables for %d characters: %q", name, len(syl), n, syl)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", name, strings.Join(syl, " "), initials(syl))
	}
	got := b.String()
	const golden = "testdata/pinyin.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("pinyin differs from %s (go test -update to accept):\n%s", golden, got)
	}
}

// TestPlaceReadings checks characters whose reading in Ningbo place names
// is easy to get wrong.
func TestPlaceReadings(t *testing.T) {
	tests := []struct {
		zh   string
		want string
	}{
		{"黄避岙乡", "huang bi ao xiang"},
		{"匡堰镇", "kuang yan zhen"},
		{"白屿村", "bai yu cun"},
		{"海曙区", "hai shu qu"},
		{"鄞州区", "yin zhou qu"},
		{"北仑区", "bei lun qu"},
		{"慈溪市", "ci xi shi"},
		{"甬江", "yong jiang"},
		{"大碶街道", "da qi jie dao"},
		{"萧王庙街道", "xiao wang miao jie dao"},
		{"余姚市", "yu yao shi"},
		{"高泥村", "gao ni cun"},
		{"宁波", "ning bo"},
		{"浒山街道", "xu shan jie dao"},
		{"江厦街道", "jiang xia jie dao"},
		{"宁波大厦", "ning bo da sha"},
		{"长街镇", "chang jie zhen"},
		{"长河镇", "chang he zhen"},
		{"5G智慧村", "5g zhi hui cun"},
		{"G20 峰会", "g20 feng hui"},
		{"绿岛", "lv dao"},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			if got := strings.Join(syllables(tt.zh), " "); got != tt.want {
				t.Errorf("syllables(%s) = %q, want %q", tt.zh, got, tt.want)
			}
		})
	}
}

func TestSpellingsAndTails(t *testing.T) {
	tests := []struct {
		syl       []string
		spellings []string
		tails     []string
		initials  string
	}{
		{[]string{"teng", "tou", "cun"}, []string{"tengtoucun"}, []string{"toucun", "cun"}, "ttc"},
		{[]string{"lv", "dao"}, []string{"lvdao", "ludao"}, []string{"dao"}, "ld"},
		{[]string{"ning"}, []string{"ning"}, nil, "n"},
		{nil, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.syl, " "), func(t *testing.T) {
			if got := spellings(tt.syl); !slices.Equal(got, tt.spellings) {
				t.Errorf("spellings = %q, want %q", got, tt.spellings)
			}
			if got := tails(tt.syl); !slices.Equal(got, tt.tails) {
				t.Errorf("tails = %q, want %q", got, tt.tails)
			}
			if got := initials(tt.syl); got != tt.initials {
				t.Errorf("initials = %q, want %q", got, tt.initials)
			}
		})
	}
}

// TestPinyinAgreesWithEnglish checks the library's readings against the
// romanisation the data already carries: the first word of the English
// name ("Huangbi'ao Township") must start the pinyin of the Chinese one
// (黄避岙乡 → huangbiaoxiang). Names whose English is a translation, not a
// romanisation, are listed as exceptions.
func TestPinyinAgreesWithEnglish(t *testing.T) {
	translated := map[string]bool{"奉化区水利局排水管理服务处": true}
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	var texts []data.Text
	for _, s := range append([]*data.Site{ds.Overview}, ds.Sites...) {
		texts = append(texts, s.Name)
		texts = append(texts, s.Admin...)
	}
	for _, tx := range texts {
		if translated[tx.Zh] {
			continue
		}
		t.Run(tx.Zh, func(t *testing.T) {
			words := englishWords(tx.En)
			py := strings.Join(syllables(tx.Zh), "")
			if len(words) == 0 || !strings.HasPrefix(py, words[0]) {
				t.Errorf("%s reads %q, but its English name is %q", tx.Zh, py, tx.En)
			}
		})
	}
}
