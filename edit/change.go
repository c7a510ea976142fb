package edit

import (
	"slices"

	"ningbomap/data"
)

// Change is what differs between two versions of the content: the places
// changed (in content, or in their position in their layer's file), added
// or removed, and the layers that hold or held them, by id, sorted.
type Change struct {
	Places []string
	Layers []string
}

// Diff returns what changed from one version of the content to another,
// both as Editor.Dataset returned them (before and after some edits, undos
// or redos). An Editor keeps the places an edit does not touch as the same
// values, so Diff names just the places the edits in between touched, in
// time proportional to the number of places. Datasets that were not made
// by the same Editor share no place: every place then counts as changed.
// A nil Dataset has no places.
func Diff(from, to *data.Dataset) Change {
	places, layers := map[string]bool{}, map[string]bool{}
	note := func(s *data.Site) {
		places[s.ID] = true
		layers[s.Layer] = true
	}
	each(to, func(s *data.Site) {
		if was := from.Site(s.ID); was != s {
			note(s)
			if was != nil {
				layers[was.Layer] = true
			}
		}
	})
	each(from, func(s *data.Site) {
		if to.Site(s.ID) == nil {
			note(s)
		}
	})
	return Change{Places: sorted(places), Layers: sorted(layers)}
}

// each calls f with the overview and every place of ds.
func each(ds *data.Dataset, f func(s *data.Site)) {
	if ds == nil {
		return
	}
	if ds.Overview != nil {
		f(ds.Overview)
	}
	for _, s := range ds.Sites {
		f(s)
	}
}

func sorted(set map[string]bool) []string {
	if len(set) == 0 {
		return nil
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
