package search

import (
	"slices"
	"sync"
	"testing"

	"ningbomap/data"
)

// TestQueryRankTiers checks the order of the kinds of match on made-up
// places, each matching the query in one way, listed in tour order from
// the weakest match to the strongest.
func TestQueryRankTiers(t *testing.T) {
	site := func(id string, tour int, zh, en string, admin ...string) *data.Site {
		s := &data.Site{ID: id, Tour: tour, Name: data.Text{Zh: zh, En: en}}
		for _, a := range admin {
			s.Admin = append(s.Admin, data.Text{Zh: a})
		}
		return s
	}
	sites := []*data.Site{
		site("admin", 1, "甲村", "Jia Village", "滕镇"),
		site("english-inside", 2, "乙村", "Xitengi Village"),
		site("pinyin-inside", 3, "大滕", "Da Hamlet"),
		site("english-word", 4, "丙村", "Bing Tengbridge"),
		site("pinyin-prefix", 5, "滕家", "Jia Hamlet"),
		site("exact", 6, "藤", "Rattan"),
	}
	ix := NewIndex(append(sites, nil))
	tests := []struct {
		q      string
		want   []string
		fields []string
	}{
		// The two matches inside a name score the same: tour order.
		{"teng", []string{"exact", "pinyin-prefix", "english-word", "english-inside", "pinyin-inside", "admin"},
			[]string{FieldPinyin, FieldPinyin, FieldEnglish, FieldEnglish, FieldPinyin, FieldAdmin}},
		{"滕", []string{"pinyin-prefix", "pinyin-inside", "admin"},
			[]string{FieldName, FieldName, FieldAdmin}},
		{"tj", []string{"pinyin-prefix"}, []string{FieldInitials}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rs := ix.Query(tt.q, 0)
			checkRanking(t, rs, 0)
			if got := ids(rs); !slices.Equal(got, tt.want) {
				t.Fatalf("Query(%q) = %q, want %q", tt.q, got, tt.want)
			}
			for i, r := range rs {
				if r.Field != tt.fields[i] {
					t.Errorf("%s matched on %q, want %q", r.Site.ID, r.Field, tt.fields[i])
				}
			}
		})
	}
}

// TestQueryReadings checks the v/u spellings of ü and the place-name
// readings that override the library.
func TestQueryReadings(t *testing.T) {
	sites := []*data.Site{
		{ID: "lvdao", Tour: 1, Name: data.Text{Zh: "绿岛村", En: "Lüdao Village"}},
		{ID: "xushan", Tour: 2, Name: data.Text{Zh: "浒山街道", En: "Xushan Subdistrict"}},
		{ID: "jiangxia", Tour: 3, Name: data.Text{Zh: "江厦街道", En: "Jiangxia Subdistrict"}},
		{ID: "dasha", Tour: 4, Name: data.Text{Zh: "宁波大厦", En: "Ningbo Mansion"}},
	}
	ix := NewIndex(sites)
	tests := []struct {
		q    string
		want []string
	}{
		{"lvdao", []string{"lvdao"}},
		{"ludao", []string{"lvdao"}},
		{"lüdao", []string{"lvdao"}},
		{"LǙ DǍO", []string{"lvdao"}},
		{"xushan", []string{"xushan"}},
		{"hushan", []string{}},
		{"jiangxia", []string{"jiangxia"}},
		{"jiangsha", []string{}},
		{"dasha", []string{"dasha"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := ids(ix.Query(tt.q, 0)); !slices.Equal(got, tt.want) {
				t.Errorf("Query(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestQueryLimit(t *testing.T) {
	_, ix := embedded(t)
	all := ix.Query("village", 0)
	if len(all) < 3 {
		t.Fatalf("only %d villages", len(all))
	}
	tests := []struct {
		limit, want int
	}{
		{-1, len(all)}, {0, len(all)}, {1, 1}, {2, 2}, {len(all), len(all)}, {len(all) + 5, len(all)},
	}
	for _, tt := range tests {
		t.Run("", func(t *testing.T) {
			rs := ix.Query("village", tt.limit)
			if len(rs) != tt.want {
				t.Fatalf("limit %d: %d results, want %d", tt.limit, len(rs), tt.want)
			}
			if !slices.Equal(rs, all[:len(rs)]) {
				t.Errorf("limit %d: %v is not the start of %v", tt.limit, ids(rs), ids(all))
			}
		})
	}
}

func TestIndexEmpty(t *testing.T) {
	for _, ix := range []*Index{NewIndex(nil), NewDatasetIndex(nil), NewIndex([]*data.Site{nil})} {
		if ix.Len() != 0 || ix.Query("tt", 0) != nil {
			t.Errorf("empty index: Len %d, Query %v", ix.Len(), ix.Query("tt", 0))
		}
	}
	// A place without pinyin, English or a path is indexed without panicking.
	ix := NewIndex([]*data.Site{{ID: "blank"}, {ID: "latin", Name: data.Text{Zh: "ABC"}}})
	if got := ids(ix.Query("abc", 0)); !slices.Equal(got, []string{"latin"}) {
		t.Errorf("Query(abc) = %q", got)
	}
}

// TestQueryConcurrent runs queries from several goroutines on one index
// (meaningful under -race).
func TestQueryConcurrent(t *testing.T) {
	_, ix := embedded(t)
	want := ids(ix.Query("tt", 0))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if got := ids(ix.Query("tt", 0)); !slices.Equal(got, want) {
					t.Errorf("concurrent Query(tt) = %q, want %q", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
