package edit

import (
	"errors"
	"fmt"
	"slices"

	"ningbomap/data"
)

// ErrNoPlace is returned for an id that names no place.
var ErrNoPlace = errors.New("no such place")

// ErrNoItem is returned for a figure or photo position a place does not
// have.
var ErrNoItem = errors.New("no such item")

// Update changes the place id with change, given a copy of it, and keeps
// the result when it passes the checks (else a *Refused). The specific
// methods below are built on it; the UI may use it for any field.
func (e *Editor) Update(id string, change func(s *data.Site)) error {
	return e.apply(func(layers []*data.Layer) error {
		_, s := find(layers, id)
		if s == nil {
			return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
		}
		change(s)
		return nil
	})
}

// updateItem is Update for item i of a list of the place (its figures or
// photos, as list returns it), failing with ErrNoItem when i is out of
// range.
func (e *Editor) updateItem(id, what string, i int, list func(s *data.Site) int, change func(s *data.Site)) error {
	if s := e.cur.ds.Site(id); s != nil && (i < 0 || i >= list(s)) {
		return fmt.Errorf("edit: %q: %s %d: %w", id, what, i+1, ErrNoItem)
	}
	return e.Update(id, change)
}

func figures(s *data.Site) int { return len(s.Indicators) }

func photos(s *data.Site) int { return len(s.Photos) }

// SetName sets a place's name in both languages.
func (e *Editor) SetName(id string, name data.Text) error {
	return e.UpdateField(id, "name", func(s *data.Site) { s.Name = name })
}

// SetAdmin sets a place's administrative path, from the district down.
func (e *Editor) SetAdmin(id string, admin []data.Text) error {
	return e.UpdateField(id, "admin", func(s *data.Site) { s.Admin = slices.Clone(admin) })
}

// SetStory sets a place's story in both languages.
func (e *Editor) SetStory(id string, story data.Text) error {
	return e.UpdateField(id, "story", func(s *data.Site) { s.Story = story })
}

// SetHonours sets a place's distinctions.
func (e *Editor) SetHonours(id string, honours []data.Text) error {
	return e.UpdateField(id, "honours", func(s *data.Site) { s.Honours = slices.Clone(honours) })
}

// SetSource sets a place's source line.
func (e *Editor) SetSource(id string, src data.Source) error {
	return e.UpdateField(id, "source", func(s *data.Site) { s.Source = cloneSource(src) })
}

// SetIndicator replaces figure i (from 0) of a place.
func (e *Editor) SetIndicator(id string, i int, ind data.Indicator) error {
	return e.typed(itemKey(id, "figure", i), func() error {
		return e.updateItem(id, "figure", i, figures, func(s *data.Site) { s.Indicators[i] = cloneIndicator(ind) })
	})
}

// AddIndicator appends a figure to a place.
func (e *Editor) AddIndicator(id string, ind data.Indicator) error {
	return e.Update(id, func(s *data.Site) { s.Indicators = append(s.Indicators, cloneIndicator(ind)) })
}

// RemoveIndicator removes figure i (from 0) of a place.
func (e *Editor) RemoveIndicator(id string, i int) error {
	return e.updateItem(id, "figure", i, figures, func(s *data.Site) { s.Indicators = slices.Delete(s.Indicators, i, i+1) })
}

// MoveIndicator moves figure from to position to (both from 0).
func (e *Editor) MoveIndicator(id string, from, to int) error {
	if s := e.cur.ds.Site(id); s != nil && (to < 0 || to >= len(s.Indicators)) {
		return fmt.Errorf("edit: %q: figure %d: %w", id, to+1, ErrNoItem)
	}
	return e.updateItem(id, "figure", from, figures, func(s *data.Site) { s.Indicators = move(s.Indicators, from, to) })
}

// SetTheme sets a place's theme and moves it to the first layer of that
// theme, when there is one.
func (e *Editor) SetTheme(id, theme string) error {
	return e.apply(func(layers []*data.Layer) error {
		from, s := find(layers, id)
		if s == nil {
			return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
		}
		s.Theme = theme
		for _, l := range layers {
			if l.Theme == theme && l != from {
				from.Sites = slices.DeleteFunc(from.Sites, func(x *data.Site) bool { return x == s })
				s.Layer = l.ID
				l.Sites = append(l.Sites, s)
				break
			}
		}
		return nil
	})
}

// find returns the layer holding the place id and the place, or nils.
func find(layers []*data.Layer, id string) (*data.Layer, *data.Site) {
	for _, l := range layers {
		for _, s := range l.Sites {
			if s.ID == id {
				return l, s
			}
		}
	}
	return nil, nil
}

// move returns list with the element at from moved to position to; out of
// range positions leave it unchanged.
func move[T any](list []T, from, to int) []T {
	if from < 0 || from >= len(list) || to < 0 || to >= len(list) || from == to {
		return list
	}
	v := list[from]
	list = slices.Delete(list, from, from+1)
	return slices.Insert(list, to, v)
}
