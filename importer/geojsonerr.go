package importer

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/paulmach/orb/geojson"
)

// explainFeature words why orb could not decode a feature: the member at
// fault, the offset of the problem in raw (0 when unknown) and what is
// wrong, wrapping ErrSyntax or ErrGeometry.
func explainFeature(raw []byte, err error) (field string, off int, _ error) {
	var v any
	if serr := json.Unmarshal(raw, &v); serr != nil {
		return "", jsonOffset(serr), fmt.Errorf("%w: %s", ErrSyntax, jsonText(serr))
	}
	var members map[string]json.RawMessage
	if json.Unmarshal(raw, &members) != nil {
		return "", 0, fmt.Errorf("%w: want a Feature object, got %s", ErrSyntax, jsonKind(raw))
	}
	var typ any
	_ = json.Unmarshal(members["type"], &typ)
	if s, _ := typ.(string); s != "Feature" {
		if geometryTypes[fmt.Sprint(typ)] {
			return "type", 0, fmt.Errorf("%w: a bare %v geometry where a Feature belongs", ErrGeometry, typ)
		}
		return "type", 0, fmt.Errorf("%w: want \"Feature\", got %s", ErrSyntax, jsonText(typ))
	}
	if g := members["geometry"]; len(g) > 0 && string(g) != "null" {
		if _, gerr := unmarshalGeometry(g); gerr != nil {
			_, gerr = explainGeometry(g, gerr)
			return "geometry", 0, gerr
		}
	}
	if props := members["properties"]; len(props) > 0 && props[0] != '{' && string(props) != "null" {
		return "properties", 0, fmt.Errorf("%w: want an object, got %s", ErrSyntax, jsonKind(props))
	}
	if bbox := members["bbox"]; len(bbox) > 0 {
		var b []float64
		if json.Unmarshal(bbox, &b) != nil {
			return "bbox", 0, fmt.Errorf("%w: want an array of numbers, got %s", ErrSyntax, jsonKind(bbox))
		}
	}
	return "", 0, fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(err.Error(), "geojson: "))
}

// explainGeometry words why orb could not decode a geometry, wrapping
// ErrGeometry, with the offset of the problem in raw (0 when unknown).
func explainGeometry(raw []byte, err error) (int, error) {
	var g struct {
		Type        any             `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if serr := json.Unmarshal(raw, &g); serr != nil {
		if errors.As(serr, new(*json.SyntaxError)) {
			return jsonOffset(serr), fmt.Errorf("%w: %s", ErrSyntax, jsonText(serr))
		}
		return 0, fmt.Errorf("%w: want a geometry object, got %s", ErrGeometry, jsonKind(raw))
	}
	typ, _ := g.Type.(string)
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, geojson.ErrInvalidGeometry) && g.Type == nil:
		return 0, fmt.Errorf("%w: no \"type\" member", ErrGeometry)
	case errors.Is(err, geojson.ErrInvalidGeometry):
		return 0, fmt.Errorf("%w: unknown geometry type %s; want Point, LineString, Polygon, "+
			"MultiPoint, MultiLineString, MultiPolygon or GeometryCollection", ErrGeometry, jsonText(g.Type))
	case len(g.Coordinates) == 0 && typ != "GeometryCollection":
		return 0, fmt.Errorf("%w: %s without \"coordinates\"", ErrGeometry, typ)
	case errors.As(err, &te):
		return 0, fmt.Errorf("%w: %s coordinates: found %s where %s belongs", ErrGeometry, typ,
			article(te.Value), expected(te.Type))
	}
	return 0, fmt.Errorf("%w: %s", ErrGeometry, strings.TrimPrefix(jsonText(err), "geojson: "))
}

// expected names what a Go type stands for in GeoJSON coordinates.
func expected(t reflect.Type) string {
	switch {
	case t == nil:
		return "something else"
	case t.Kind() == reflect.Float64:
		return "a number"
	case t.Kind() == reflect.Array:
		return "a position [lon, lat]"
	}
	return "an array"
}

// article puts "a"/"an" before a JSON kind named by encoding/json.
func article(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "":
		return "something else"
	}
	return "a " + kind
}

// jsonKind names the kind of a JSON value: "an array", "a string", …
func jsonKind(raw []byte) string {
	raw = []byte(strings.TrimSpace(string(raw)))
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// jsonText words a JSON value or an encoding/json error for a message.
func jsonText(v any) string {
	switch v := v.(type) {
	case error:
		return strings.TrimPrefix(v.Error(), "json: ")
	case string:
		return fmt.Sprintf("%q", v)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

// jsonOffset returns the offset of an encoding/json syntax error, 0 for
// other errors.
func jsonOffset(err error) int {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 {
		return int(se.Offset) - 1
	}
	return 0
}
