package data

import (
	"fmt"
	"math"
	"time"

	"github.com/paulmach/orb"
)

// Story length bounds: a visitor reads a card in under a minute.
const (
	StoryMinZh    = 80  // characters, white space excluded
	StoryMaxZh    = 200 // characters
	StoryMinWords = 60  // English words
	StoryMaxWords = 150 // English words
)

// CityCode is Ningbo's own GB/T 2260 code; the overview card may use it as
// its district.
const CityCode = "330200"

// checkPoint returns the place's coordinate from its geometry; a place with
// no usable point cannot be shown, so any problem here is fatal (ok false).
func checkPoint(g orb.Geometry, r *report) (_ orb.Point, ok bool) {
	p, isPoint := g.(orb.Point)
	switch {
	case g == nil:
		r.fail("geometry", fmt.Errorf("%w: want a Point", ErrMissing))
	case !isPoint:
		r.fail("geometry", fmt.Errorf("%w: want a Point, got %s", ErrInvalid, g.GeoJSONType()))
	case !finite(p):
		r.fail("geometry", fmt.Errorf("%w: coordinates are not finite", ErrInvalid))
	case !NingboBound.Contains(p):
		r.fail("geometry", fmt.Errorf("%w: [%g, %g] lies outside Ningbo (lon %g–%g, lat %g–%g; is it [lon, lat]?)",
			ErrOutside, p[0], p[1], NingboBound.Min[0], NingboBound.Max[0], NingboBound.Min[1], NingboBound.Max[1]))
	default:
		return p, true
	}
	return orb.Point{}, false
}

// checkSite checks the fields of a decoded site. present is what
// decodeObject returned: a field maps to true when it decoded, to false when
// its value was wrong (reported already) and is absent when not given.
func checkSite(s *Site, present map[string]bool, districts []District, r *report) {
	overview := s.IsOverview()
	for _, name := range []string{"name", "admin", "precision", "coord_source", "theme", "tour", "story", "source"} {
		if _, given := present[name]; !given {
			r.add(name, ErrMissing)
		}
	}
	if _, given := present["district"]; !given && !overview {
		r.add("district", ErrMissing)
	}
	if present["name"] {
		checkText(s.Name, "name", r)
	}
	if present["short"] {
		checkShort(s.Short, r)
	}
	if present["admin"] && len(s.Admin) == 0 {
		r.addf("admin", "%w: want the path from the district down", ErrMissing)
	}
	for i, t := range s.Admin {
		checkText(t, fmt.Sprintf("admin[%d]", i+1), r)
	}
	if present["district"] {
		checkDistrict(s, overview, districts, r)
	}
	if present["precision"] && !s.Precision.known() {
		r.addf("precision", "%w precision %q: want village, subdistrict or approximate", ErrUnknown, s.Precision)
	}
	if present["coord_source"] && s.CoordSource == "" {
		r.add("coord_source", ErrMissing)
	}
	if s.Theme != "" && !knownTheme(s.Theme) {
		r.addf("theme", "%w theme %q", ErrUnknown, s.Theme)
	}
	switch {
	case !present["tour"]:
		// missing or wrong, reported already
	case overview && s.Tour != 0:
		r.addf("tour", "%w: the overview card has tour 0, not %d", ErrInvalid, s.Tour)
	case !overview && s.Tour < 1:
		r.addf("tour", "%w: %d: places count from 1 (0 is the overview)", ErrInvalid, s.Tour)
	}
	if present["story"] {
		checkStory(s.Story, r)
	}
	for i, t := range s.Honours {
		checkText(t, fmt.Sprintf("honours[%d]", i+1), r)
	}
	if present["source"] {
		if _, err := time.Parse(time.DateOnly, s.Source.Date); err != nil {
			r.add("source.date", &FormatError{Value: s.Source.Date, Want: "YYYY-MM-DD"})
		}
		if s.Source.Title != nil {
			checkText(*s.Source.Title, "source.title", r)
		}
		if s.Source.Photo != nil {
			checkText(*s.Source.Photo, "source.photo", r)
		}
	}
}

// checkDistrict checks the district code and that the point lies inside
// that district, naming the district it does lie in when it does not.
func checkDistrict(s *Site, overview bool, districts []District, r *report) {
	if s.District == "" {
		if !overview {
			r.add("district", ErrMissing)
		}
		return
	}
	if overview && s.District == CityCode {
		return
	}
	var d *District
	for i := range districts {
		if districts[i].Code == s.District {
			d = &districts[i]
		}
	}
	if d == nil {
		r.addf("district", "%w district code %q", ErrUnknown, s.District)
		return
	}
	if s.Point == (orb.Point{}) || d.Contains(s.Point) {
		return // no point to check (reported already), or inside
	}
	where := "in no district (at sea?)"
	for i := range districts {
		if districts[i].Contains(s.Point) {
			where = fmt.Sprintf("in %s (%s)", districts[i].Name.Zh, districts[i].Code)
			break
		}
	}
	r.addf("district", "%w: [%g, %g] lies outside %s (%s), %s",
		ErrOutside, s.Point[0], s.Point[1], d.Name.Zh, d.Code, where)
}

// checkStory checks that the story is there in both languages and within
// the length bounds.
func checkStory(t Text, r *report) {
	if !checkText(t, "story", r) {
		return
	}
	if n := zhLength(t.Zh); n < StoryMinZh || n > StoryMaxZh {
		r.add("story.zh", &LengthError{N: n, Min: StoryMinZh, Max: StoryMaxZh, Unit: "characters"})
	}
	if n := enWords(t.En); n < StoryMinWords || n > StoryMaxWords {
		r.add("story.en", &LengthError{N: n, Min: StoryMinWords, Max: StoryMaxWords, Unit: "words"})
	}
}

// checkText reports a Text that lacks a language; it returns true when both
// are present.
func checkText(t Text, field string, r *report) bool {
	if m := t.missing(); m != "" {
		r.add(field, &LangError{Langs: m})
		return false
	}
	return true
}

// checkIndicator checks one indicator; given is as decodeObject returned it
// and keys maps the keys seen on the card to their position.
func checkIndicator(ind Indicator, given map[string]bool, path string, keys map[string]int, pos int, r *report) {
	for _, name := range []string{"key", "label", "value", "unit"} {
		if _, ok := given[name]; !ok {
			r.add(join(path, name), ErrMissing)
		}
	}
	switch {
	case !given["key"]:
	case !validKey(ind.Key):
		r.addf(join(path, "key"), "%w: %q: want lower-case letters, digits and '_'", ErrInvalid, ind.Key)
	case keys[ind.Key] != 0:
		r.addf(join(path, "key"), "%w key %q (also indicators[%d])", ErrDuplicate, ind.Key, keys[ind.Key])
	default:
		keys[ind.Key] = pos
	}
	if given["label"] {
		checkText(ind.Label, join(path, "label"), r)
	}
	if ind.Value < 0 || math.IsNaN(ind.Value) || math.IsInf(ind.Value, 0) {
		r.addf(join(path, "value"), "%w: %g: want a finite number ≥ 0", ErrInvalid, ind.Value)
	}
	switch {
	case !given["unit"]:
	case !ind.Unit.known():
		r.addf(join(path, "unit"), "%w unit %q", ErrUnknown, ind.Unit)
	case ind.Unit == UnitCount:
		if _, ok := given["counter"]; !ok {
			r.addf(join(path, "counter"), "%w: unit count needs a counter {\"zh\": \"个\", \"en\": \"cases\"}", ErrMissing)
		} else if given["counter"] {
			checkText(ind.Counter, join(path, "counter"), r)
		}
	}
	if ind.Numerals != "" {
		if ind.Numerals != NumeralsHanzi {
			r.addf(join(path, "numerals"), "%w numerals %q: want \"hanzi\" or nothing", ErrUnknown, ind.Numerals)
		} else if _, ok := hanziNumber(ind.Value, ind.Unit == UnitCount || ind.Unit == UnitYears || ind.Unit == UnitMonths); !ok {
			r.addf(join(path, "numerals"), "%w: %v cannot be written in Chinese numerals: want a whole number 1–99", ErrInvalid, ind.Value)
		}
	}
	if ind.Decimals != nil && (*ind.Decimals < 0 || *ind.Decimals > 6) {
		r.addf(join(path, "decimals"), "%w: %d: want 0–6", ErrInvalid, *ind.Decimals)
	}
	if !ind.Qualifier.known() {
		r.addf(join(path, "qualifier"), "%w qualifier %q: want \"\", over, odd or above", ErrUnknown, ind.Qualifier)
	}
	if sh := ind.Share; sh != nil {
		if sh.Value <= 0 || sh.Value > 100 {
			r.addf(join(path, "share.value"), "%w: %g: want a percentage in (0, 100]", ErrInvalid, sh.Value)
		}
		if !sh.Qualifier.known() {
			r.addf(join(path, "share.qualifier"), "%w qualifier %q", ErrUnknown, sh.Qualifier)
		}
	}
	if rk := ind.Rank; rk != nil {
		if !rk.Scope.known() {
			r.addf(join(path, "rank.scope"), "%w scope %q: want province, city or county", ErrUnknown, rk.Scope)
		}
		if rk.Position < 1 {
			r.addf(join(path, "rank.position"), "%w: %d: want 1 or more", ErrInvalid, rk.Position)
		}
	}
}

// CheckIndicator checks one figure on its own, with the rules the loader
// applies to each entry of "indicators" (as CheckLayer does, a member left
// empty counts as not given), and maps each field with a problem
// ("value", "counter", "rank.position") to the problem. An editor calls it
// while the user types; the map is empty when the figure is fine.
func CheckIndicator(ind Indicator) map[string]string {
	var errs []error
	r := report{errs: &errs}
	checkIndicator(ind, indicatorGiven(ind), "", map[string]int{}, 1, &r)
	out := map[string]string{}
	for _, e := range errs {
		if fe, ok := e.(*FeatureError); ok {
			if _, seen := out[fe.Field]; !seen {
				out[fe.Field] = fe.Err.Error()
			}
		}
	}
	return out
}
