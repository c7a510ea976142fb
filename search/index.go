// Package search finds places as the user types: over their Chinese and
// English names, the pinyin of the Chinese name (full, with or without
// spaces, or as initials: "tengtou", "teng tou", "tt") and their
// administrative path ("奉化" finds every place in 奉化区). The pinyin is
// computed when the index is built, by package pinyin: a table made from
// github.com/mozillazg/go-pinyin's dictionary and embedded as read-only data,
// and a small table of place-name readings the dictionary gets wrong; the
// data never carries it.
package search

import (
	"strings"

	"ningbomap/data"
)

// Index is a search index over a list of places. It is built once per
// dataset (cheap enough to rebuild on every reload) and never changes
// afterwards, so any number of goroutines may query it at the same time.
type Index struct {
	entries []entry
}

// entry holds the normalised keys of one place. Keys compared with the
// query as normalised are zh, en, words and adminText; keys compared with
// the query without tone digits are pinyin, tails, initials and
// adminPinyin.
type entry struct {
	site        *data.Site
	zh          string   // Chinese name: "滕头村"
	en          string   // whole English name: "tengtouvillage"
	words       []string // English words: "tengtou", "village"
	pinyin      []string // full pinyin spellings: "tengtoucun"
	tails       []string // pinyin from each later syllable: "toucun", "cun"
	initials    string   // "ttc"
	adminText   []string // each level of the path, Chinese and English: "奉化区", "fenghuadistrict"
	adminPinyin []string // each level of the path in pinyin: "fenghuaqu"
}

// NewIndex indexes sites, in the order given; ties in the ranking keep the
// order of the tour (Site.Tour) and then this order. Nil sites are skipped.
// To make the overview card findable ("宁波", "ningbo"), include it, as
// NewDatasetIndex does.
func NewIndex(sites []*data.Site) *Index {
	ix := &Index{entries: make([]entry, 0, len(sites))}
	for _, s := range sites {
		if s != nil {
			ix.entries = append(ix.entries, newEntry(s))
		}
	}
	return ix
}

// NewDatasetIndex indexes every place of d together with its overview
// card. A nil dataset gives an empty index.
func NewDatasetIndex(d *data.Dataset) *Index {
	if d == nil {
		return NewIndex(nil)
	}
	sites := make([]*data.Site, 0, len(d.Sites)+1)
	if d.Overview != nil {
		sites = append(sites, d.Overview)
	}
	return NewIndex(append(sites, d.Sites...))
}

// Len returns the number of places in the index.
func (ix *Index) Len() int { return len(ix.entries) }

// newEntry computes the keys of one place.
func newEntry(s *data.Site) entry {
	syl := syllables(s.Name.Zh)
	e := entry{
		site:     s,
		zh:       normalize(s.Name.Zh),
		en:       normalize(s.Name.En),
		words:    englishWords(s.Name.En),
		pinyin:   spellings(syl),
		tails:    tails(syl),
		initials: initials(syl),
	}
	for _, level := range s.Admin {
		for _, k := range []string{normalize(level.Zh), normalize(level.En)} {
			if k != "" {
				e.adminText = append(e.adminText, k)
			}
		}
		e.adminPinyin = append(e.adminPinyin, spellings(syllables(level.Zh))...)
	}
	return e
}

// hasPrefixAny reports whether any of keys starts with q.
func hasPrefixAny(keys []string, q string) bool {
	for _, k := range keys {
		if strings.HasPrefix(k, q) {
			return true
		}
	}
	return false
}

// equalsAny reports whether any of keys equals q.
func equalsAny(keys []string, q string) bool {
	for _, k := range keys {
		if k == q {
			return true
		}
	}
	return false
}
