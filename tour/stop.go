package tour

import (
	"slices"
	"strings"
	"unicode"

	"ningbomap/data"
)

// Stop is one place of a tour: the id the app flies to and opens, and how much
// there is to read on its card in each language.
type Stop struct {
	ID string
	Zh int // characters of the Chinese card, white space and punctuation excluded
	En int // words of the English card
}

// StopOf measures the card of site s: its name, story, figures (label and
// value) and honours, in both languages.
func StopOf(s *data.Site) Stop {
	st := Stop{ID: s.ID}
	add := func(t data.Text) {
		st.Zh += zhChars(t.Zh)
		st.En += len(strings.Fields(t.En))
	}
	add(s.Name)
	add(s.Story)
	for _, h := range s.Honours {
		add(h)
	}
	for _, ind := range s.Indicators {
		zh, en := ind.Format(data.Zh), ind.Format(data.En)
		add(data.Text{
			Zh: zh.Label + zh.Text + zh.Year + zh.Rank + zh.Share,
			En: strings.Join([]string{en.Label, en.Text, en.Year, en.Rank, en.Share}, " "),
		})
	}
	return st
}

// Stops returns the tour over sites: every place with a tour position
// (Site.Tour > 0; the overview and unnumbered places are left out), ordered
// by that position, ties keeping the order of sites. sites is not modified.
func Stops(sites []*data.Site) []Stop {
	var ordered []*data.Site
	for _, s := range sites {
		if s != nil && s.Tour > 0 && !s.IsOverview() {
			ordered = append(ordered, s)
		}
	}
	slices.SortStableFunc(ordered, func(a, b *data.Site) int { return a.Tour - b.Tour })
	stops := make([]Stop, len(ordered))
	for i, s := range ordered {
		stops[i] = StopOf(s)
	}
	return stops
}

// zhChars counts the characters of a Chinese text that take reading time:
// white space and punctuation are left out, Latin letters and digits count
// one each.
func zhChars(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			n++
		}
	}
	return n
}
