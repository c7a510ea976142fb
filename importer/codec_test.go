package importer

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// decoded is what a decoder made of a document, or why it could not.
type decoded struct {
	f              *geojson.Feature
	g              *geojson.Geometry
	fErr, gErr     string
	fPanic, gPanic bool
}

// decodeWith decodes data as a feature and as a geometry with the functions given.
func decodeWith(data []byte, feature func([]byte) (*geojson.Feature, error), geometry func([]byte) (*geojson.Geometry, error)) (r decoded) {
	func() {
		defer func() { r.fPanic = recover() != nil }()
		var err error
		if r.f, err = feature(data); err != nil {
			r.fErr = err.Error()
		}
	}()
	func() {
		defer func() { r.gPanic = recover() != nil }()
		var err error
		if r.g, err = geometry(data); err != nil {
			r.gErr = err.Error()
		}
	}()
	return r
}

// decodeBoth decodes data as a GeoJSON feature and geometry with orb (and
// encoding/json, orb's default) and with the importer's own decoding, and
// reports any difference in results or errors. Where orb panics, the importer
// must return an error instead. orb visits a feature's members in a map's
// random order, so of two broken members it may name either: an error of ours
// that differs is accepted when some run of orb gives it too.
func decodeBoth(t *testing.T, data []byte) {
	t.Helper()
	ours := decodeWith(data, unmarshalFeature, unmarshalGeometry)
	ours.fErr, ours.gErr = orbTypeNames.Replace(ours.fErr), orbTypeNames.Replace(ours.gErr)
	orb := decodeWith(data, geojson.UnmarshalFeature, geojson.UnmarshalGeometry)
	if orb.fPanic || orb.gPanic {
		if ours.fPanic || ours.gPanic || (orb.fPanic && ours.fErr == "") || (orb.gPanic && ours.gErr == "") {
			t.Errorf("orb panics on %q, and the importer does not return an error instead: %+v", data, ours)
		}
		return
	}
	for range 50 {
		if ours.fErr == orb.fErr || ours.fErr == "" || orb.fErr == "" {
			break
		}
		orb = decodeWith(data, geojson.UnmarshalFeature, geojson.UnmarshalGeometry)
	}
	if !reflect.DeepEqual(ours, orb) {
		t.Errorf("orb and the importer differ on %q:\norb  %+v\nours %+v", data, orb, ours)
	}
}

// orbTypeNames renames the Go types of the importer's decoding to orb's, which
// encoding/json names in its type errors. No message the importer shows
// contains them: explainFeature and explainGeometry word such errors themselves.
var orbTypeNames = strings.NewReplacer("map[string]json.RawMessage", "map[string]geojson.nocopyRawMessage",
	"importer.rawGeometry", "geojson.jsonGeometry", "rawGeometry.", "jsonGeometry.",
	"importer.memberGeometry", "geojson.Geometry")

// TestNoGlobalCodec: no package of the program swaps orb's package-level codec,
// so that GeoJSON decodes the same in every package and in their tests.
func TestNoGlobalCodec(t *testing.T) {
	if geojson.CustomJSONUnmarshaler != nil || geojson.CustomJSONMarshaler != nil {
		t.Errorf("orb's geojson codec is set: %T, %T", geojson.CustomJSONUnmarshaler, geojson.CustomJSONMarshaler)
	}
}

func TestCodecMatchesStdlib(t *testing.T) {
	files := []string{"testdata/places.geojson", "testdata/feature.geojson", "testdata/geometry.json",
		"testdata/bad/badgeom.geojson", "testdata/bad/truncated.geojson", "testdata/bad/topojson.json"}
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			decodeBoth(t, data)
		})
	}
	for _, doc := range []string{`null`, `{"type":"Point","coordinates":[1e400,0]}`, `{"type":"Point","coordinates":"x"}`,
		"{\"type\":\"Feature\",\"properties\":{\"a\":\"\xff\"},\"geometry\":null}", `{"type":"Feature","type":"x"}`,
		`{"type":"Point"}`, `{"type":"Point","coordinates":null}`, `{"type":"Point","coordinates":[1,2,3]}`,
		`{"type":"LineString","coordinates":[[1,2],[3]]}`, `{"type":"Polygon","coordinates":[[[1,2],"x"]]}`,
		`{"type":"GeometryCollection"}`, `{"type":"GeometryCollection","geometries":[]}`,
		`{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}`,
		`{"type":"GeometryCollection","geometries":[null]}`, `{"type":"GeometryCollection","geometries":[{"type":"Nope"}]}`,
		`{"type":"Point","coordinates":[1,2],"geometries":[{"type":"Nope"}]}`, `{"type":5,"geometries":[{"type":"Nope"}]}`,
		`{"type":"Feature","id":7,"bbox":[1,2,3,4],"geometry":{"type":"Point","coordinates":[1,2]},"properties":{"a":[1,{"b":null}]},"title":"x"}`,
		`{"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[null]},"properties":{}}`,
		`{"type":"Feature","id":[],"bbox":"x","geometry":{"type":"Nope"},"properties":5}`,
		`{"type":"Feature","geometry":null}`, `{"type":"Feature"}`, `{}`, `[]`, `5`, `"x"`, ``, `{`} {
		t.Run(doc, func(t *testing.T) { decodeBoth(t, []byte(doc)) })
	}
}

func FuzzCodec(f *testing.F) {
	for _, file := range []string{"testdata/places.geojson", "testdata/feature.geojson", "testdata/geometry.json"} {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) { decodeBoth(t, data) })
}

func TestConcurrentDecode(t *testing.T) {
	var wg sync.WaitGroup
	for _, file := range []string{"places.geojson", "folders.kml", "places.kmz", "walk.gpx", "shops-gbk.csv"} {
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := Load("testdata/"+file, Options{}); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
}
