package data

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// setFile names the whole set of layers in problems that belong to no
// single file.
const setFile = "layers"

// WithLayers returns a Dataset with d's districts, neighbours, waters and
// themes and the given layers in place of d's, and the problems that span
// layers, as loading finds them: ids unique (a later duplicate is left out
// of the Dataset), tour numbers unique, exactly one overview card. Places
// are named in problems by their File and Index. The layers and their
// places are not changed: the Dataset has layers of its own, in theme
// order, holding the same places in tour order. Check each layer on its
// own with CheckLayer.
func (d *Dataset) WithLayers(layers []*Layer) (*Dataset, error) {
	ds, errs := d.assemble(layers)
	return ds, errors.Join(errs...)
}

// assemble is WithLayers with the problems unjoined.
func (d *Dataset) assemble(layers []*Layer) (*Dataset, []error) {
	ds := &Dataset{Districts: d.Districts, Neighbours: d.Neighbours, Waters: d.Waters, Themes: d.Themes,
		byID: make(map[string]*Site, len(d.byID))}
	var errs []error
	ds.Layers = make([]*Layer, len(layers))
	for i, l := range layers {
		c := *l
		ds.Layers[i] = &c
	}
	sort.SliceStable(ds.Layers, func(i, j int) bool {
		return themeOrder(ds.Layers[i].Theme) < themeOrder(ds.Layers[j].Theme)
	})

	tours := map[int]*Site{}
	for _, l := range ds.Layers {
		kept := make([]*Site, 0, len(l.Sites))
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
