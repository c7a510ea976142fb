package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/budget"
)

// Layer is one file of places sharing a theme.
type Layer struct {
	ID    string
	Name  Text
	Theme string
	File  string
	Sites []*Site // in tour order
}

// layerHeader is the "layer" foreign member of a layer file.
type layerHeader struct {
	ID    string
	Theme string
	Name  Text
}

// rawFeature is a feature decoded by geojson with its properties still raw,
// or a feature that failed to decode (err set, field naming the culprit).
type rawFeature struct {
	index int // from 1
	id    any
	geom  orb.Geometry
	props json.RawMessage
	field string
	err   error
}

// parsed is the outcome of reading one layer file: the layer (nil when the
// file is not a feature collection) and its problems.
type parsed struct {
	layer *Layer
	errs  []error
}

// parseLayer decodes and checks one layer file. Problems that keep a
// feature off the map (no id, no usable point) drop that feature; all other
// problems are reported and the feature loads.
func parseLayer(file string, b []byte, districts []District) parsed {
	var errs []error
	fr := report{file: file, errs: &errs}
	header, features, ok := decodeCollection(b, &fr)
	if !ok {
		return parsed{errs: errs}
	}
	l := &Layer{File: file}
	l.readHeader(header, &fr)
	for _, f := range features {
		if f.err != nil {
			r := report{file: file, index: f.index, id: FeatureID(f.id), errs: &errs}
			r.add(f.field, f.err)
			continue
		}
		if s := decodeSite(file, f, l, districts, &errs); s != nil {
			l.Sites = append(l.Sites, s)
		}
	}
	return parsed{layer: l, errs: errs}
}

// decodeCollection decodes the feature collection with geojson. When a
// feature is malformed geojson rejects the whole collection, so the
// collection is then taken apart by hand and each feature decoded on its
// own, reporting only the broken ones.
func decodeCollection(b []byte, fr *report) (header json.RawMessage, features []rawFeature, ok bool) {
	var fc geojson.FeatureCollectionOf[json.RawMessage]
	if err := json.Unmarshal(b, &fc); err == nil {
		if h, found := fc.ExtraMembers["layer"]; found {
			header, _ = json.Marshal(h) // decoded from JSON, so it encodes
		}
		for i, f := range fc.Features {
			if f == nil {
				features = append(features, rawFeature{index: i + 1, err: fmt.Errorf("%w: feature is null", ErrInvalid)})
				continue
			}
			features = append(features, rawFeature{index: i + 1, id: f.ID, geom: f.Geometry, props: f.Properties})
		}
		return header, features, true
	}

	var env struct {
		Type     string            `json:"type"`
		Layer    json.RawMessage   `json:"layer"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		fr.addf("", "%w: not a GeoJSON FeatureCollection: %s", ErrInvalid, explainJSON(err))
		return nil, nil, false
	}
	if env.Type != "FeatureCollection" {
		fr.addf("type", "%w: want \"FeatureCollection\", got %q", ErrInvalid, env.Type)
		return nil, nil, false
	}
	for i, raw := range env.Features {
		var f geojson.FeatureOf[json.RawMessage]
		if err := json.Unmarshal(raw, &f); err != nil {
			field, err := explainFeature(raw, err)
			features = append(features, rawFeature{index: i + 1, id: peekID(raw), field: field, err: err})
			continue
		}
		features = append(features, rawFeature{index: i + 1, id: f.ID, geom: f.Geometry, props: f.Properties})
	}
	return env.Layer, features, true
}

// explainFeature finds which part of a feature geojson could not decode.
func explainFeature(raw json.RawMessage, err error) (field string, _ error) {
	var parts struct {
		Type     any             `json:"type"`
		Geometry json.RawMessage `json:"geometry"`
	}
	if json.Unmarshal(raw, &parts) != nil {
		return "", fmt.Errorf("%w: want a GeoJSON Feature object, got %s", ErrInvalid, jsonKind(raw))
	}
	if parts.Type != "Feature" {
		return "type", fmt.Errorf("%w: want \"Feature\", got %v", ErrInvalid, parts.Type)
	}
	if !isNull(parts.Geometry) {
		if _, gerr := geojson.UnmarshalGeometry(parts.Geometry); gerr != nil {
			return "geometry", fmt.Errorf("%w: %s", ErrInvalid, explainGeometry(gerr))
		}
	}
	return "", fmt.Errorf("%w feature: %s", ErrInvalid, strings.TrimPrefix(explainJSON(err), "geojson: "))
}

// explainGeometry words a geometry decoding error.
func explainGeometry(err error) string {
	if errors.Is(err, geojson.ErrInvalidGeometry) {
		return "not a GeoJSON geometry (want a Point)"
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("coordinates: want [lon, lat], got %s", te.Value)
	}
	return strings.TrimPrefix(explainJSON(err), "geojson: ")
}

// readHeader decodes and checks the "layer" member. A missing id falls back
// to the file name so that the places still load.
func (l *Layer) readHeader(raw json.RawMessage, fr *report) {
	var h layerHeader
	present, ok := decodeObject(raw, "layer", []member{
		{"id", &h.ID}, {"theme", &h.Theme}, {"name", &h.Name},
	}, fr)
	if !ok && isNull(raw) {
		fr.addf("layer", "%w: the collection needs a \"layer\" member {id, theme, name}", ErrMissing)
	}
	l.ID, l.Theme, l.Name = h.ID, h.Theme, h.Name
	if !present["id"] || h.ID == "" {
		l.ID = strings.TrimSuffix(path.Base(strings.ReplaceAll(l.File, `\`, "/")), path.Ext(l.File))
	}
	if ok {
		checkHeader(h, present, fr)
	}
	cutText(&l.Name, "layer.name", budget.Name, fr)
}

// checkHeader checks a decoded "layer" member; present is as decodeObject
// returned it.
func checkHeader(h layerHeader, present map[string]bool, r *report) {
	switch {
	case !present["id"] || h.ID == "":
		r.add("layer.id", ErrMissing)
	case !validID(h.ID):
		r.addf("layer.id", "%w: %q: want lower-case letters, digits and '-'", ErrInvalid, h.ID)
	}
	switch {
	case !present["theme"] || h.Theme == "":
		r.add("layer.theme", ErrMissing)
	case !knownTheme(h.Theme):
		r.addf("layer.theme", "%w theme %q", ErrUnknown, h.Theme)
	}
	if m := h.Name.missing(); m != "" {
		r.add("layer.name", &LangError{Langs: m})
	}
}

// validID reports whether s matches [a-z0-9-]+.
func validID(s string) bool { return validToken(s, '-') }

// validKey reports whether s matches [a-z0-9_]+.
func validKey(s string) bool { return validToken(s, '_') }

func validToken(s string, sep rune) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == sep) {
			return false
		}
	}
	return true
}
