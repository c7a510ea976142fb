package data

import (
	"errors"
	"fmt"

	"github.com/paulmach/orb"
)

// CheckLayer checks a layer held in memory, as an editor has it: the
// layer's id, theme and name, and each place with its figures and photos,
// by the rules loading applies to a layer file. It finds what loading would
// find in the file WriteLayer writes for l, without writing or reading it,
// and words it the same: *FeatureError values joined, naming l.File, the
// place's position in l.Sites (from 1, as the file counts its features) and
// the field; nil when all is well. Photos are looked for beside l.File, and
// checked as loading checks them (the file exists and is at most
// budget.PhotoFile). What spans layers (ids, tour numbers, the overview card)
// is Dataset.WithLayers's to check.
func CheckLayer(l *Layer, districts []District) error {
	var errs []error
	checkHeader(layerHeader{ID: l.ID, Theme: l.Theme, Name: l.Name}, headerWritten,
		&report{file: l.File, errs: &errs})
	for i, s := range l.Sites {
		checkPlace(l, s, districts, &report{file: l.File, index: i + 1, id: s.ID, errs: &errs})
	}
	return errors.Join(errs...)
}

// checkPlace checks one place of l held in memory, as decodeSite checks it
// once read back from the layer file.
func checkPlace(l *Layer, s *Site, districts []District, r *report) {
	if s.Theme == "" { // read back, a place without a theme has its layer's
		c := *s
		c.Theme = l.Theme
		s = &c
	}
	switch {
	case s.ID == "":
		r.fail("id", fmt.Errorf("%w: the place needs an id", ErrMissing))
	case !validID(s.ID):
		r.addf("id", "%w: %q: want lower-case letters, digits and '-'", ErrInvalid, s.ID)
	}
	keys := map[string]int{}
	for i, ind := range s.Indicators {
		checkIndicator(ind, indicatorGiven(ind), fmt.Sprintf("indicators[%d]", i+1), keys, i+1, r)
	}
	for i, p := range s.Photos {
		checkPhoto(l.File, p, photoWritten, fmt.Sprintf("photos[%d]", i+1), r)
	}
	if _, ok := checkPoint(s.Point, r); !ok {
		c := *s // read back, a place without a usable point has none
		c.Point = orb.Point{}
		s = &c
	}
	given := siteWritten
	if !s.Short.IsZero() {
		given = siteWrittenShort
	}
	checkSite(s, given, districts, r)
}

// What WriteLayer writes of a layer, a place and a photo, as decodeObject
// reports the members it finds: every member, "short" only when set.
var (
	headerWritten    = map[string]bool{"id": true, "theme": true, "name": true}
	photoWritten     = map[string]bool{"file": true, "caption": true, "credit": true}
	siteWritten      = written("short")
	siteWrittenShort = written()
)

func written(except ...string) map[string]bool {
	m := map[string]bool{}
	for _, name := range []string{"id", "name", "short", "admin", "district", "precision", "coord_source",
		"theme", "tour", "story", "indicators", "honours", "source", "photos"} {
		m[name] = true
	}
	for _, name := range except {
		delete(m, name)
	}
	return m
}

// indicatorGiven is which of the members checkIndicator asks about
// indicatorMembers writes: the optional ones only when set. (A member
// decodeObject does not find is absent from its map, not false.)
func indicatorGiven(ind Indicator) map[string]bool {
	given := map[string]bool{"value": true}
	if ind.Key != "" {
		given["key"] = true
	}
	if !ind.Label.IsZero() {
		given["label"] = true
	}
	if ind.Unit != "" {
		given["unit"] = true
	}
	if !ind.Counter.IsZero() {
		given["counter"] = true
	}
	return given
}
