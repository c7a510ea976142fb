package search

import (
	"slices"
	"testing"

	"ningbomap/data"
)

// embedded loads the embedded dataset and indexes it with its overview.
func embedded(t testing.TB) (*data.Dataset, *Index) {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	return ds, NewDatasetIndex(ds)
}

// ids returns the site ids of rs, in order.
func ids(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Site.ID
	}
	return out
}

// inAdmin returns, in tour order, the ids of the places whose
// administrative path has a level named zh.
func inAdmin(ds *data.Dataset, zh string) []string {
	var out []string
	for _, s := range ds.Sites {
		if slices.ContainsFunc(s.Admin, func(a data.Text) bool { return a.Zh == zh }) {
			out = append(out, s.ID)
		}
	}
	return out
}

// checkRanking checks what holds for every answer: no nil place, scores
// positive and non-increasing, ties in tour order, a known field, the limit
// kept.
func checkRanking(t *testing.T, rs []Result, limit int) {
	t.Helper()
	if limit > 0 && len(rs) > limit {
		t.Errorf("%d results for limit %d", len(rs), limit)
	}
	for i, r := range rs {
		if r.Site == nil {
			t.Fatalf("result %d has no place", i)
		}
		if r.Score <= 0 {
			t.Errorf("result %d (%s) scores %d", i, r.Site.ID, r.Score)
		}
		switch r.Field {
		case FieldName, FieldPinyin, FieldInitials, FieldEnglish, FieldAdmin:
		default:
			t.Errorf("result %d (%s) has field %q", i, r.Site.ID, r.Field)
		}
		if i == 0 {
			continue
		}
		p := rs[i-1]
		if p.Score < r.Score || p.Score == r.Score && p.Site.Tour > r.Site.Tour {
			t.Errorf("result %d (%s, %d, tour %d) ranked after %s (%d, tour %d)",
				i, r.Site.ID, r.Score, r.Site.Tour, p.Site.ID, p.Score, p.Site.Tour)
		}
	}
}

func TestQueryEmbedded(t *testing.T) {
	ds, ix := embedded(t)
	fenghua := inAdmin(ds, "奉化区")
	if len(fenghua) < 2 {
		t.Fatalf("the data has %d places in 奉化区", len(fenghua))
	}
	xiaowangmiao := inAdmin(ds, "萧王庙街道")
	xiangshan := inAdmin(ds, "象山县")

	tests := []struct {
		name  string
		q     string
		want  []string // every result, in order; nil: see set
		set   []string // every result, in any order
		first string   // the best result and its field, when set
		field string
	}{
		// 滕头村 (tour 2) and 滕头乡村振兴学院 (tour 3) both have initials
		// starting with tt and score the same; the tie goes to the tour
		// order, so the village comes first.
		{name: "initials tt", q: "tt", want: []string{"tengtou", "tengtou-academy"}, field: FieldInitials},
		{name: "full-width tt", q: "ｔｔ", want: []string{"tengtou", "tengtou-academy"}, field: FieldInitials},
		{name: "initials ttc", q: "ttc", want: []string{"tengtou"}, field: FieldInitials},
		{name: "pinyin tengtou", q: "tengtou", want: []string{"tengtou", "tengtou-academy"}, field: FieldPinyin},
		{name: "pinyin with space", q: "teng tou", want: []string{"tengtou", "tengtou-academy"}, field: FieldPinyin},
		{name: "pinyin with tone marks", q: "Téngtóu", want: []string{"tengtou", "tengtou-academy"}, field: FieldPinyin},
		{name: "pinyin with tone numbers", q: "teng2tou2", want: []string{"tengtou", "tengtou-academy"}, field: FieldPinyin},
		{name: "pinyin into the next syllable", q: "tengtouc", first: "tengtou", field: FieldPinyin},
		{name: "pinyin whole", q: "tengtoucun", first: "tengtou", field: FieldPinyin},
		{name: "chinese exact", q: "滕头村", first: "tengtou", field: FieldName},
		{name: "chinese prefix", q: "匡堰", want: []string{"kuangyan"}, field: FieldName},
		{name: "pinyin kuangyan", q: "kuangyan", want: []string{"kuangyan"}, field: FieldPinyin},
		{name: "initials ky", q: "ky", want: []string{"kuangyan"}, field: FieldInitials},
		{name: "district in chinese", q: "奉化", set: fenghua},
		{name: "district with suffix", q: "奉化区", set: fenghua},
		{name: "district in pinyin", q: "fenghua", set: fenghua},
		{name: "subdistrict", q: "萧王庙", set: xiaowangmiao, field: FieldAdmin},
		{name: "county in pinyin", q: "xiangshan", set: xiangshan, field: FieldAdmin},
		{name: "township in english", q: "Huangbi'ao", set: xiangshan, field: FieldAdmin},
		{name: "english word", q: "Tengtou", set: []string{"tengtou", "tengtou-academy"}},
		{name: "english second word", q: "academy", want: []string{"tengtou-academy"}, field: FieldEnglish},
		{name: "english whole name", q: "Gaoni Village", want: []string{"gaoni"}, field: FieldEnglish},
		{name: "english inside the name", q: "masses", want: []string{"lingfeng"}, field: FieldEnglish},
		{name: "pinyin gaoni", q: "gaoni", want: []string{"gaoni"}, field: FieldPinyin},
		{name: "pinyin from a later syllable", q: "zhenxing", want: []string{"tengtou-academy"}, field: FieldPinyin},
		{name: "chinese inside the name", q: "头村", want: []string{"tengtou", "longtou"}, field: FieldName},
		{name: "overview in chinese", q: "宁波", want: []string{"ningbo"}, field: FieldName},
		{name: "overview in pinyin", q: "ningbo", want: []string{"ningbo"}, field: FieldPinyin},
		{name: "overview in capitals", q: "NINGBO", want: []string{"ningbo"}, field: FieldPinyin},
		{name: "no match", q: "zzz", want: []string{}},
		{name: "empty", q: "", want: []string{}},
		{name: "only spaces", q: "  \u3000 ", want: []string{}},
		{name: "only punctuation", q: "'-'", want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := ix.Query(tt.q, 0)
			checkRanking(t, rs, 0)
			got := ids(rs)
			switch {
			case tt.want != nil:
				if !slices.Equal(got, tt.want) {
					t.Errorf("Query(%q) = %q, want %q", tt.q, got, tt.want)
				}
			case tt.set != nil:
				g, w := slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(tt.set))
				if !slices.Equal(g, w) {
					t.Errorf("Query(%q) = %q, want %q in any order", tt.q, got, tt.set)
				}
			}
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("Query(%q) = %q, want %s first", tt.q, got, tt.first)
			}
			if tt.field != "" && len(rs) > 0 && rs[0].Field != tt.field {
				t.Errorf("Query(%q) best match on %q, want %q", tt.q, rs[0].Field, tt.field)
			}
		})
	}
}

// TestQueryFullWidth checks that a query typed in full-width characters
// answers as its half-width form.
func TestQueryFullWidth(t *testing.T) {
	_, ix := embedded(t)
	for _, pair := range [][2]string{{"ｔｔ", "tt"}, {"ＴＥＮＧＴＯＵ", "tengtou"}, {"ｆｅｎｇ　ｈｕａ", "feng hua"}} {
		t.Run(pair[1], func(t *testing.T) {
			if a, b := ix.Query(pair[0], 0), ix.Query(pair[1], 0); !slices.Equal(a, b) {
				t.Errorf("Query(%q) = %v, Query(%q) = %v", pair[0], ids(a), pair[1], ids(b))
			}
		})
	}
}
