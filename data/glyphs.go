package data

import (
	"errors"
	"fmt"
	"iter"
)

// ErrNoGlyph is the problem of a character the embedded font cannot draw: on screen it
// then comes from a system font, when the machine has one.
var ErrNoGlyph = errors.New("is not in the embedded font")

// TextAt is one text the map shows, with where it comes from in the shape of a
// FeatureError: File, the feature's Index (0 for the layer header), its ID and the Field
// ("name.zh", "indicators[2].label.en").
type TextAt struct {
	File  string
	Index int
	ID    string
	Field string
	Text  string
}

// Texts yields every text of the dataset written by its editors: layer names, and for
// each place and the overview its name, administrative path, story, figure labels and
// counters, distinctions and photo caption, in both languages. Figures, years and ranks
// are formatted by the program from numbers and are not included.
func (d *Dataset) Texts() iter.Seq[TextAt] {
	return func(yield func(TextAt) bool) {
		if d == nil {
			return
		}
		for _, l := range d.Layers {
			if !yieldText(yield, TextAt{File: l.File, ID: l.ID, Field: "layer.name"}, l.Name) {
				return
			}
		}
		sites := d.Sites
		if d.Overview != nil {
			sites = append([]*Site{d.Overview}, sites...)
		}
		for _, s := range sites {
			if !siteTexts(s, yield) {
				return
			}
		}
	}
}

// siteTexts yields the texts of one place; it returns false when yield asked to stop.
func siteTexts(s *Site, yield func(TextAt) bool) bool {
	at := func(field string) TextAt { return TextAt{File: s.File, Index: s.Index, ID: s.ID, Field: field} }
	ok := yieldText(yield, at("name"), s.Name) && yieldText(yield, at("story"), s.Story)
	for i, a := range s.Admin {
		ok = ok && yieldText(yield, at(fmt.Sprintf("admin[%d]", i+1)), a)
	}
	for i, ind := range s.Indicators {
		path := fmt.Sprintf("indicators[%d]", i+1)
		ok = ok && yieldText(yield, at(path+".label"), ind.Label) &&
			yieldText(yield, at(path+".counter"), ind.Counter)
	}
	for i, h := range s.Honours {
		ok = ok && yieldText(yield, at(fmt.Sprintf("honours[%d]", i+1)), h)
	}
	if s.Source.Title != nil {
		ok = ok && yieldText(yield, at("source.title"), *s.Source.Title)
	}
	if s.Source.Photo != nil {
		ok = ok && yieldText(yield, at("source.photo"), *s.Source.Photo)
	}
	return ok
}

// yieldText yields both languages of t under at, skipping empty ones.
func yieldText(yield func(TextAt) bool, at TextAt, t Text) bool {
	field := at.Field
	for _, v := range []struct{ lang, s string }{{"zh", t.Zh}, {"en", t.En}} {
		if v.s == "" {
			continue
		}
		at.Field, at.Text = field+"."+v.lang, v.s
		if !yield(at) {
			return false
		}
	}
	return true
}

// CheckGlyphs returns, joined, a *FeatureError wrapping ErrNoGlyph for every character of
// the dataset's Texts for which has reports false (once per field and character):
// "file: feature N (id): field: character '龘' (U+9F98) is not in the embedded font".
// It returns nil when every character is drawn by the embedded font.
func CheckGlyphs(d *Dataset, has func(rune) bool) error {
	var errs []error
	for at := range d.Texts() {
		var seen []rune
		for _, r := range at.Text {
			if has(r) || containsRune(seen, r) {
				continue
			}
			seen = append(seen, r)
			errs = append(errs, &FeatureError{File: at.File, Index: at.Index, ID: at.ID, Field: at.Field,
				Err: fmt.Errorf("character %q (U+%04X) %w", r, r, ErrNoGlyph)})
		}
	}
	return errors.Join(errs...)
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
