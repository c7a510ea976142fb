package data

import (
	"encoding/json"
	"fmt"

	"ningbomap/budget"
)

// decodeSite decodes one feature into a Site and checks it, reporting every
// problem into errs. It returns nil when the feature cannot be placed on
// the map (no id, no usable point, properties not an object).
func decodeSite(file string, f rawFeature, l *Layer, districts []District, errs *[]error) *Site {
	fid := FeatureID(f.id)
	r := report{file: file, index: f.index, id: shortID(fid), errs: errs}
	if r.id == "" {
		r.id = shortID(propertyID(f.props))
	}

	s := &Site{Layer: l.ID, File: file, Index: f.index}
	var (
		tour       *int
		indicators []json.RawMessage
		source     *Source
		photos     []json.RawMessage
	)
	present, ok := decodeObject(f.props, "", []member{
		{"id", &s.ID}, {"name", &s.Name}, {"short", &s.Short}, {"admin", &s.Admin}, {"district", &s.District},
		{"precision", &s.Precision}, {"coord_source", &s.CoordSource}, {"theme", &s.Theme},
		{"tour", &tour}, {"story", &s.Story}, {"indicators", &indicators},
		{"honours", &s.Honours}, {"source", &source}, {"photos", &photos},
	}, &r)
	if !ok {
		if isNull(f.props) {
			r.fail("properties", fmt.Errorf("%w", ErrMissing))
		} else {
			r.fatal = true // decodeObject has said why
		}
		return nil
	}

	switch {
	case s.ID == "" && fid == "":
		r.fail("id", fmt.Errorf("%w: the place needs an id", ErrMissing))
	case s.ID == "":
		r.addf("id", "%w: the Feature id is %q but properties.id is empty", ErrMissing, fid)
		s.ID = fid
	case fid != "" && fid != s.ID:
		r.addf("id", "%w: properties.id %q differs from the Feature id %q", ErrInvalid, s.ID, fid)
	}
	r.id = shortID(s.ID)
	if len(s.ID) > MaxIDLength {
		r.fail("id", fmt.Errorf("%w: %d characters, want at most %d", ErrLength, len(s.ID), MaxIDLength))
		return nil
	}
	if s.ID != "" && !validID(s.ID) {
		r.addf("id", "%w: %q: want lower-case letters, digits and '-'", ErrInvalid, s.ID)
	}

	if tour != nil {
		s.Tour = *tour
	}
	if source != nil {
		s.Source = *source
	}
	cutList(&indicators, "indicators", &r) // before any is decoded or any photo looked for
	cutList(&photos, "photos", &r)
	keys := map[string]int{}
	for i, raw := range indicators {
		path := fmt.Sprintf("indicators[%d]", i+1)
		if ind, given, ok := decodeIndicator(raw, path, &r); ok {
			checkIndicator(ind, given, path, keys, i+1, &r)
			s.Indicators = append(s.Indicators, ind)
		}
	}
	if s.Theme == "" {
		s.Theme = l.Theme
	}
	decodePhotos(photos, s, &r)
	cutTexts(s, &r)

	if p, ok := checkPoint(f.geom, &r); ok {
		s.Point = p
	}
	checkSite(s, present, districts, &r)
	if r.fatal {
		return nil
	}
	return s
}

// shortID is id as problems name it: cut to MaxIDLength characters.
func shortID(id string) string {
	cut, _ := budget.Cut(id, budget.Budget{Name: "id length", Limit: MaxIDLength, Unit: budget.Runes})
	return cut
}

// decodeIndicator decodes one entry of "indicators". Requirements are
// checked by checkIndicator; given is as decodeObject returns it, and ok is
// false when the entry is not an object.
func decodeIndicator(raw json.RawMessage, path string, r *report) (Indicator, map[string]bool, bool) {
	var ind Indicator
	var value *float64
	present, ok := decodeObject(raw, path, []member{
		{"key", &ind.Key}, {"label", &ind.Label}, {"value", &value}, {"unit", &ind.Unit},
		{"counter", &ind.Counter}, {"decimals", &ind.Decimals}, {"qualifier", &ind.Qualifier},
		{"share", &ind.Share}, {"year", &ind.Year}, {"rank", &ind.Rank}, {"numerals", &ind.Numerals},
	}, r)
	if !ok {
		if isNull(raw) {
			r.addf(path, "%w: an indicator is null", ErrInvalid)
		}
		return ind, nil, false
	}
	if value != nil {
		ind.Value = *value
	}
	return ind, present, true
}

// propertyID digs properties.id out of raw properties for messages about a
// feature whose Feature id is missing.
func propertyID(props json.RawMessage) string {
	var p struct {
		ID any `json:"id"`
	}
	_ = json.Unmarshal(props, &p) // best effort
	return FeatureID(p.ID)
}
