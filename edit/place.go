package edit

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ningbomap/data"
)

// ErrNoPlace is returned for an id that names no place.
var ErrNoPlace = errors.New("no such place")

// ErrNoItem is returned for a figure or photo position a place does not
// have.
var ErrNoItem = errors.New("no such item")

// Field names a field of a place as the checks name it in a problem's
// Field: "name", "story", "indicators[2]" (the second figure). An edit
// names the field it types into, and the edits of one field of one place
// in a typing run are one undo step.
type Field string

// The fields of a place that an edit types into; Figure and Photo name the
// fields of one figure or photo.
const (
	Name    Field = "name"
	Admin   Field = "admin"
	Story   Field = "story"
	Honours Field = "honours"
	Source  Field = "source"
)

// Figure is the field of figure i (from 0): "indicators[i+1]".
func Figure(i int) Field { return Field("indicators[" + strconv.Itoa(i+1) + "]") }

// Photo is the field of photo i (from 0): "photos[i+1]".
func Photo(i int) Field { return Field("photos[" + strconv.Itoa(i+1) + "]") }

// item returns the list and position (from 0) a figure's or photo's field
// names, or "", -1 for another field.
func (f Field) item() (list string, i int) {
	list, rest, ok := strings.Cut(string(f), "[")
	n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	if !ok || err != nil {
		return "", -1
	}
	return list, n - 1
}

// Edit changes the place id, the user typing into its field f: change gets
// a copy of the place to change, and the result is kept when it passes the
// checks (else a *Refused, and the content stays as it was). The edits of
// one field in a typing run are one undo step. Edit fails with ErrNoPlace
// for an id that names no place, and with ErrNoItem for a figure or photo
// the place does not have.
func (e *Editor) Edit(id string, f Field, change func(s *data.Site)) error {
	if list, i := f.item(); list != "" {
		n := -1
		if s := e.cur.ds.Site(id); s != nil && list == "indicators" {
			n = len(s.Indicators)
		} else if s != nil && list == "photos" {
			n = len(s.Photos)
		}
		if n >= 0 && (i < 0 || i >= n) {
			return fmt.Errorf("edit: %q: %s: %w", id, f, ErrNoItem)
		}
	}
	return e.typed(fieldKey(id, f), func() error { return e.update(id, change) })
}

// update changes the place id with change, given a copy of it, as one edit.
func (e *Editor) update(id string, change func(s *data.Site)) error {
	return e.apply(func(d *draft) error {
		i, j := d.find(id)
		if i < 0 {
			return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
		}
		change(d.site(i, j))
		return nil
	})
}

// updateItem is update for item i of a list of the place (its figures or
// photos, as list returns it), failing with ErrNoItem when i is out of
// range.
func (e *Editor) updateItem(id, what string, i int, list func(s *data.Site) int, change func(s *data.Site)) error {
	if s := e.cur.ds.Site(id); s != nil && (i < 0 || i >= list(s)) {
		return fmt.Errorf("edit: %q: %s %d: %w", id, what, i+1, ErrNoItem)
	}
	return e.update(id, change)
}

func figures(s *data.Site) int { return len(s.Indicators) }

func photos(s *data.Site) int { return len(s.Photos) }

// AddIndicator appends a figure to a place.
func (e *Editor) AddIndicator(id string, ind data.Indicator) error {
	return e.update(id, func(s *data.Site) { s.Indicators = append(s.Indicators, cloneIndicator(ind)) })
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
	return e.apply(func(d *draft) error {
		i, j := d.find(id)
		if i < 0 {
			return fmt.Errorf("edit: %q: %w", id, ErrNoPlace)
		}
		s := d.site(i, j)
		s.Theme = theme
		for k, l := range d.layers {
			if l.Theme == theme && k != i {
				from := d.layer(i)
				from.Sites = slices.Delete(from.Sites, j, j+1)
				d.insert(k, s)
				break
			}
		}
		return nil
	})
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
