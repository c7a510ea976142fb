package edit

import (
	"slices"

	"ningbomap/data"
)

// cloneSite copies a place with its lists and optional parts.
func cloneSite(s *data.Site) *data.Site {
	c := *s
	c.Admin = slices.Clone(s.Admin)
	c.Honours = slices.Clone(s.Honours)
	c.Photos = slices.Clone(s.Photos)
	c.Indicators = make([]data.Indicator, len(s.Indicators))
	for i, ind := range s.Indicators {
		c.Indicators[i] = cloneIndicator(ind)
	}
	c.Source = cloneSource(s.Source)
	return &c
}

// cloneIndicator copies an indicator and its optional parts.
func cloneIndicator(ind data.Indicator) data.Indicator {
	if ind.Decimals != nil {
		d := *ind.Decimals
		ind.Decimals = &d
	}
	if ind.Share != nil {
		sh := *ind.Share
		ind.Share = &sh
	}
	if ind.Rank != nil {
		r := *ind.Rank
		ind.Rank = &r
	}
	return ind
}

// cloneSource copies a source line, with its own title and photo caption.
func cloneSource(src data.Source) data.Source {
	if src.Title != nil {
		t := *src.Title
		src.Title = &t
	}
	if src.Photo != nil {
		p := *src.Photo
		src.Photo = &p
	}
	return src
}
