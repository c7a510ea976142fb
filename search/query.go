package search

import (
	"cmp"
	"slices"
	"strings"

	"ningbomap/data"
)

// Result is one match of a query.
type Result struct {
	Site  *data.Site
	Score int    // higher is better; see the Score constants
	Field string // what matched: FieldName, FieldPinyin, FieldInitials, FieldEnglish or FieldAdmin
}

// Fields a result can have matched on.
const (
	FieldName     = "name"     // the Chinese name
	FieldPinyin   = "pinyin"   // the pinyin of the Chinese name
	FieldInitials = "initials" // the pinyin initials of the Chinese name
	FieldEnglish  = "english"  // the English name
	FieldAdmin    = "admin"    // a level of the administrative path, in Chinese, pinyin or English
)

// Scores of the kinds of match, best first. A place scores its best match.
const (
	ScoreExact         = 700 // the whole name: Chinese, full pinyin or English
	ScoreNamePrefix    = 600 // the start of the Chinese name
	ScorePinyinPrefix  = 500 // the start of the name's pinyin ("tengtou", "tengtouc")
	ScoreInitialPrefix = 400 // the start of the name's initials ("tt", "ttc")
	ScoreEnglishWord   = 300 // the start of a word of the English name
	ScoreSubstring     = 200 // inside the name: Chinese, English, or pinyin from a syllable on
	ScoreAdmin         = 100 // the start of a level of the administrative path
)

// Query returns the places matching q, best first, at most limit of them
// (all when limit <= 0). q is taken as typed: Chinese characters, pinyin
// with or without spaces, tone marks or tone numbers (ü as v or u),
// initials, or English words, in any case and in full-width or half-width
// characters. Places with the same score keep the order of the tour. An
// empty query matches nothing.
func (ix *Index) Query(q string, limit int) []Result {
	nq := normalize(q)
	if nq == "" {
		return nil
	}
	pq := dropToneDigits(nq)
	var out []Result
	for i := range ix.entries {
		e := &ix.entries[i]
		if score, field := e.match(nq, pq); score > 0 {
			out = append(out, Result{Site: e.site, Score: score, Field: field})
		}
	}
	slices.SortStableFunc(out, func(a, b Result) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Site.Tour, b.Site.Tour)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit:limit]
	}
	return out
}

// match returns the best score of the place for the normalised query nq
// (pq: the same without tone digits) and the field that gave it; 0 when
// nothing matches.
func (e *entry) match(nq, pq string) (int, string) {
	switch {
	case e.zh == nq:
		return ScoreExact, FieldName
	case equalsAny(e.pinyin, pq):
		return ScoreExact, FieldPinyin
	case e.en == nq:
		return ScoreExact, FieldEnglish
	case strings.HasPrefix(e.zh, nq):
		return ScoreNamePrefix, FieldName
	case hasPrefixAny(e.pinyin, pq):
		return ScorePinyinPrefix, FieldPinyin
	case strings.HasPrefix(e.initials, pq):
		return ScoreInitialPrefix, FieldInitials
	case hasPrefixAny(e.words, nq):
		return ScoreEnglishWord, FieldEnglish
	case strings.Contains(e.zh, nq):
		return ScoreSubstring, FieldName
	case hasPrefixAny(e.tails, pq):
		return ScoreSubstring, FieldPinyin
	case strings.Contains(e.en, nq):
		return ScoreSubstring, FieldEnglish
	case hasPrefixAny(e.adminText, nq) || hasPrefixAny(e.adminPinyin, pq):
		return ScoreAdmin, FieldAdmin
	}
	return 0, ""
}
