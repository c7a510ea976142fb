package search

import (
	"slices"
	"testing"
)

// FuzzQuery types arbitrary text into the search box of the embedded data.
// Query must never panic, never return more than the limit or a result
// without a place, rank by score then tour, and a limited answer must be
// the start of the full one. normalize must be idempotent.
//
// The seeds are the committed corpus in testdata/fuzz/FuzzQuery: the
// queries of the tests (Chinese, pinyin with tones and spaces, initials,
// English, full-width, limits of every sign).
func FuzzQuery(f *testing.F) {
	_, ix := embedded(f)
	f.Fuzz(func(t *testing.T, q string, limit int) {
		n := normalize(q)
		if again := normalize(n); again != n {
			t.Fatalf("normalize(%q) = %q, then %q", q, n, again)
		}
		all := ix.Query(q, 0)
		rs := ix.Query(q, limit)
		checkRanking(t, rs, limit)
		if !slices.Equal(rs, all[:len(rs)]) {
			t.Fatalf("Query(%q, %d) = %v is not the start of %v", q, limit, ids(rs), ids(all))
		}
		if limit <= 0 && len(rs) != len(all) {
			t.Fatalf("Query(%q, %d): %d results, want all %d", q, limit, len(rs), len(all))
		}
		if len(all) > ix.Len() {
			t.Fatalf("Query(%q): %d results from %d places", q, len(all), ix.Len())
		}
	})
}
