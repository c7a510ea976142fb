package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// member names one member of a JSON object and where its value goes.
type member struct {
	name   string
	target any // pointer to decode into
}

// decodeObject decodes the members of a JSON object one at a time, so that
// a wrong value is reported against its own field (path.name) and the
// others still decode. Unknown members are reported too: a misspelt key
// would otherwise vanish without a word. It returns the members given with
// a non-null value, mapped to true when they decoded and false when their
// value was wrong (already reported); and false when raw is absent, null or
// not an object (absent or null is not reported: the caller knows whether
// the object was required).
func decodeObject(raw json.RawMessage, path string, members []member, r *report) (map[string]bool, bool) {
	if isNull(raw) {
		return nil, false
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		field := path
		if field == "" {
			field = "properties"
		}
		r.addf(field, "%w: want an object, got %s", ErrInvalid, jsonKind(raw))
		return nil, false
	}
	present := make(map[string]bool, len(obj))
	for _, m := range members {
		v, ok := obj[m.name]
		if !ok {
			continue
		}
		delete(obj, m.name)
		if isNull(v) {
			continue
		}
		if err := decodeStrict(v, m.target); err != nil {
			r.add(join(path, m.name), err)
			present[m.name] = false
			continue
		}
		present[m.name] = true
	}
	unknown := make([]string, 0, len(obj))
	for k := range obj {
		unknown = append(unknown, k)
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		r.addf(join(path, k), "%w property", ErrUnknown)
	}
	return present, true
}

// decodeStrict decodes one JSON value into target, refusing unknown object
// members, and words the error for a content editor.
func decodeStrict(v json.RawMessage, target any) error {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.DisallowUnknownFields()
	if err := dec.Decode(target); err != nil {
		return fmt.Errorf("%w: %s", ErrInvalid, explainJSON(err))
	}
	return nil
}

// explainJSON turns a decoding error into plain words.
func explainJSON(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		s := fmt.Sprintf("want %s, got %s", describeType(te.Type), te.Value)
		if te.Field != "" {
			s = te.Field + ": " + s
		}
		return s
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// describeType names a Go type as a kind of JSON value.
func describeType(t reflect.Type) string {
	if t == reflect.TypeOf(Text{}) {
		return `{"zh": …, "en": …}`
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return describeType(t.Elem())
	}
	return t.String()
}

// jsonKind names the kind of a JSON value for messages.
func jsonKind(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// isNull reports whether v is absent or the JSON null.
func isNull(v json.RawMessage) bool {
	v = bytes.TrimSpace(v)
	return len(v) == 0 || bytes.Equal(v, []byte("null"))
}

// join appends a member name to a field path.
func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// peekID finds a feature's id in a feature that failed to decode, for the
// error message: the Feature id, else properties.id, else "".
func peekID(raw json.RawMessage) string {
	var f struct {
		ID         any `json:"id"`
		Properties struct {
			ID any `json:"id"`
		} `json:"properties"`
	}
	_ = json.Unmarshal(raw, &f) // best effort: the feature is already known to be broken
	if s := FeatureID(f.ID); s != "" {
		return s
	}
	return FeatureID(f.Properties.ID)
}

// FeatureID renders a GeoJSON feature id, a string or a number as decoded from JSON:
// a number in plain decimal, as written (1000000, not 1e+06; 1.5 stays 1.5). Anything
// else, which GeoJSON does not allow as an id, is "".
func FeatureID(id any) string {
	switch v := id.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case json.Number:
		return v.String()
	}
	return ""
}
