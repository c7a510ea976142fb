package data

import (
	"fmt"
	"math"
	"sort"
)

// setFile names the whole set of layers in problems that belong to no
// single file.
const setFile = "layers"

// assemble puts the parsed layers together into a Dataset and checks what
// spans layers: ids unique (a later duplicate is dropped), tour numbers
// unique, exactly one overview card.
func assemble(districts []District, parsedLayers []parsed) (*Dataset, []error) {
	ds := &Dataset{Districts: districts, Neighbours: Neighbours(), Waters: Waters(), Themes: Themes(), byID: map[string]*Site{}}
	var errs []error
	for _, p := range parsedLayers {
		if p.layer != nil {
			ds.Layers = append(ds.Layers, p.layer)
		}
	}
	sort.SliceStable(ds.Layers, func(i, j int) bool {
		return themeOrder(ds.Layers[i].Theme) < themeOrder(ds.Layers[j].Theme)
	})

	tours := map[int]*Site{}
	for _, l := range ds.Layers {
		kept := l.Sites[:0]
		for _, s := range l.Sites {
			r := report{file: s.File, index: s.Index, id: s.ID, errs: &errs}
			if first := ds.byID[s.ID]; first != nil {
				r.addf("id", "%w id %q (also %s); this place is skipped", ErrDuplicate, s.ID, where(first))
				continue
			}
			ds.byID[s.ID] = s
			kept = append(kept, s)
			switch first := tours[s.Tour]; {
			case s.Tour < 1 && !s.IsOverview():
				// an invalid tour number, reported by checkSite
			case first == nil:
				tours[s.Tour] = s
			case first.IsOverview() && s.IsOverview():
				// a second overview card, reported below
			default:
				r.addf("tour", "%w tour number %d (also %s)", ErrDuplicate, s.Tour, where(first))
			}
			if !s.IsOverview() {
				ds.Sites = append(ds.Sites, s)
				continue
			}
			if ds.Overview != nil {
				r.addf("theme", "%w overview card (also %s); only the first is the overview", ErrDuplicate, where(ds.Overview))
				continue
			}
			ds.Overview = s
		}
		l.Sites = kept
		sort.SliceStable(l.Sites, func(i, j int) bool { return tourKey(l.Sites[i]) < tourKey(l.Sites[j]) })
	}
	sort.SliceStable(ds.Sites, func(i, j int) bool { return tourKey(ds.Sites[i]) < tourKey(ds.Sites[j]) })
	if ds.Overview == nil && len(ds.Layers) > 0 {
		errs = append(errs, &FeatureError{File: setFile, Field: "overview",
			Err: fmt.Errorf("%w: no place has theme %q (the Ningbo overview card)", ErrMissing, ThemeOverview)})
	}
	return ds, errs
}

// where names a site's file and feature for messages.
func where(s *Site) string {
	return fmt.Sprintf("%s feature %d", s.File, s.Index)
}

// tourKey orders sites by tour number, the overview first and places with
// an invalid (reported) tour number last.
func tourKey(s *Site) int {
	if s.Tour < 1 && !s.IsOverview() {
		return math.MaxInt
	}
	return s.Tour
}
