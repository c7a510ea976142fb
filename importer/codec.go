package importer

import (
	"encoding/json"
	"reflect"

	gojson "github.com/goccy/go-json"
	"github.com/paulmach/orb/geojson"
)

// init plugs the fast JSON codec into orb's geojson package.
//
// geojson.CustomJSONUnmarshaler and CustomJSONMarshaler are package-level
// variables of orb: setting them changes GeoJSON decoding and encoding for
// the whole program, the data package's layer files included. That is
// safe here because the codec fails over to encoding/json (see fastJSON):
// results are those of the standard library, errors are the standard
// library's own (*json.SyntaxError, *json.UnmarshalTypeError with the same
// offsets and texts), and only the speed differs. Setting them in init,
// before main runs, keeps the write from racing with any reader.
func init() {
	if geojson.CustomJSONUnmarshaler == nil {
		geojson.CustomJSONUnmarshaler = fastJSON{}
	}
	if geojson.CustomJSONMarshaler == nil {
		geojson.CustomJSONMarshaler = fastJSON{}
	}
}

// fastJSON is github.com/goccy/go-json behind the interface orb's geojson
// accepts, with encoding/json as its safety net: whenever go-json returns
// an error (or panics) the call is done again with encoding/json, whose
// result and error stand. Valid input, the common case, takes the fast
// path only; fuzzing (FuzzCodec) checks that the two agree.
//
// Candidates were measured decoding a 100,000-point FeatureCollection
// (17 MB) through orb on this project's 2-core machine, several runs each:
// encoding/json 1.09–1.18 s; goccy/go-json v0.12.0 0.31–0.37 s (v0.10.5
// 0.40 s); bytedance/sonic v1.15.5 0.30–0.37 s; json-iterator v1.1.12
// 0.55–0.63 s. All decoded the file to identical values. go-json and sonic
// tie within the noise; go-json is pure Go with no dependencies, while
// sonic reaches into runtime internals (v1.14.x does not build on Go 1.26)
// and only speeds up amd64 and arm64. go-json is also 1.5× faster than
// encoding/json at encoding, with byte-identical output.
type fastJSON struct{}

// Unmarshal decodes data into v.
func (fastJSON) Unmarshal(data []byte, v any) (err error) {
	defer func() {
		if recover() != nil {
			err = stdUnmarshal(data, v)
		}
	}()
	if gojson.Unmarshal(data, v) != nil {
		return stdUnmarshal(data, v)
	}
	return nil
}

// Marshal encodes v.
func (fastJSON) Marshal(v any) (b []byte, err error) {
	defer func() {
		if recover() != nil {
			b, err = json.Marshal(v)
		}
	}()
	if b, err = gojson.Marshal(v); err != nil {
		return json.Marshal(v)
	}
	return b, nil
}

// stdUnmarshal decodes with encoding/json into v cleared of whatever a
// failed attempt left in it.
func stdUnmarshal(data []byte, v any) error {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv.Elem().SetZero()
	}
	return json.Unmarshal(data, v)
}
