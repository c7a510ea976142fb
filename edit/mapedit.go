package edit

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"ningbomap/data"
)

// Move puts a place at p (a marker dragged on the map). When p lies in
// another district, the place's district code follows, and so does the
// first step of its administrative path when that named the old district.
func (e *Editor) Move(id string, p orb.Point) error {
	districts := e.cur.ds.Districts
	return e.update(id, func(s *data.Site) {
		old := districtOf(districts, s.District)
		s.Point = p
		if s.IsOverview() {
			return
		}
		d := districtAt(districts, p)
		if d == nil || d.Code == s.District {
			return
		}
		s.District = d.Code
		if old != nil && len(s.Admin) > 0 && s.Admin[0] == old.Name {
			s.Admin[0] = d.Name
		}
	})
}

// NewPlace returns a draft of a place at p in layer layerID for the UI's
// form: a fresh id, the district and the first step of the administrative
// path from p, the layer's theme, the next tour number, precision
// "approximate", the coordinate's source and today's date as the source
// date. Name and story are left for the user; AddPlace refuses the draft
// until they are filled in.
func (e *Editor) NewPlace(layerID string, p orb.Point) *data.Site {
	s := &data.Site{
		ID:          e.freeID("place"),
		Point:       p,
		Precision:   data.PrecisionApproximate,
		CoordSource: "placed on the map in the editor",
		Layer:       layerID,
		Tour:        e.nextTour(),
		Source:      data.Source{Date: time.Now().Format(time.DateOnly)},
	}
	if l := e.cur.ds.Layer(layerID); l != nil {
		s.Theme = l.Theme
	}
	if d := districtAt(e.cur.ds.Districts, p); d != nil {
		s.District = d.Code
		s.Admin = []data.Text{d.Name}
	}
	return s
}

// AddPlace adds s (from NewPlace, filled in) to the layer s.Layer. It is
// refused like any edit when s breaks a rule (a blank name or a short story
// is named by its field).
func (e *Editor) AddPlace(s *data.Site) error {
	c := cloneSite(s)
	return e.apply(func(d *draft) error {
		for i, l := range d.layers {
			if l.ID == c.Layer {
				d.insert(i, c)
				return nil
			}
		}
		return fmt.Errorf("edit: no layer %q", c.Layer)
	})
}

// Delete removes a place; the places after it in the tour move up one.
func (e *Editor) Delete(id string) error {
	return e.apply(func(d *draft) error {
		i, j := d.find(id)
		if i < 0 {
			return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
		}
		l := d.layer(i)
		s := l.Sites[j]
		l.Sites = slices.Delete(l.Sites, j, j+1)
		if s.IsOverview() {
			return nil
		}
		for i, l := range d.layers {
			for j, x := range l.Sites {
				if !x.IsOverview() && x.Tour > s.Tour {
					d.site(i, j).Tour--
				}
			}
		}
		return nil
	})
}

// ReorderTour sets the guided tour's order: ids lists every place (not the
// overview) once, first stop first.
func (e *Editor) ReorderTour(ids []string) error {
	return e.apply(func(d *draft) error {
		pos := make(map[string]int, len(ids))
		for i, id := range ids {
			if _, dup := pos[id]; dup {
				return fmt.Errorf("edit: tour order: %q listed twice", id)
			}
			pos[id] = i + 1
		}
		var missing []string
		for i, l := range d.layers {
			for j, s := range l.Sites {
				if s.IsOverview() {
					continue
				}
				n, ok := pos[s.ID]
				if !ok {
					missing = append(missing, s.ID)
					continue
				}
				if s.Tour != n {
					d.site(i, j).Tour = n
				}
				delete(pos, s.ID)
			}
		}
		if len(missing) > 0 || len(pos) > 0 {
			var extra []string
			for id := range pos {
				extra = append(extra, id)
			}
			slices.Sort(extra)
			return fmt.Errorf("edit: tour order: missing %s; not places: %s",
				strings.Join(missing, ", "), strings.Join(extra, ", "))
		}
		return nil
	})
}

// TourOrder returns the ids of the places in tour order.
func (e *Editor) TourOrder() []string {
	ids := make([]string, 0, len(e.cur.ds.Sites))
	for _, s := range e.cur.ds.Sites {
		ids = append(ids, s.ID)
	}
	return ids
}

// freeID returns prefix-N for the smallest N ≥ 1 that no place uses.
func (e *Editor) freeID(prefix string) string {
	for n := 1; ; n++ {
		id := fmt.Sprintf("%s-%d", prefix, n)
		if e.cur.ds.Site(id) == nil {
			return id
		}
	}
}

// nextTour is one more than the last tour number.
func (e *Editor) nextTour() int {
	n := 0
	for _, s := range e.cur.ds.Sites {
		n = max(n, s.Tour)
	}
	return n + 1
}

func districtAt(ds []data.District, p orb.Point) *data.District {
	for i := range ds {
		if ds[i].Contains(p) {
			return &ds[i]
		}
	}
	return nil
}

func districtOf(ds []data.District, code string) *data.District {
	for i := range ds {
		if ds[i].Code == code {
			return &ds[i]
		}
	}
	return nil
}
