package importer

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// withCodec runs fn with orb's codec set to c (nil: encoding/json).
func withCodec(c *fastJSON, fn func()) {
	savedU, savedM := geojson.CustomJSONUnmarshaler, geojson.CustomJSONMarshaler
	defer func() { geojson.CustomJSONUnmarshaler, geojson.CustomJSONMarshaler = savedU, savedM }()
	if c == nil {
		geojson.CustomJSONUnmarshaler, geojson.CustomJSONMarshaler = nil, nil
	} else {
		geojson.CustomJSONUnmarshaler, geojson.CustomJSONMarshaler = *c, *c
	}
	fn()
}

// decodeBoth decodes data as a GeoJSON collection, feature and geometry
// with encoding/json and with the fast codec and reports any difference in
// results or errors.
func decodeBoth(t *testing.T, data []byte) {
	t.Helper()
	type result struct {
		fc               *geojson.FeatureCollection
		f                *geojson.Feature
		g                *geojson.Geometry
		fcErr, fErr, gEr string
	}
	run := func() (r result) {
		var err error
		if r.fc, err = geojson.UnmarshalFeatureCollection(data); err != nil {
			r.fcErr = err.Error()
		}
		if r.f, err = geojson.UnmarshalFeature(data); err != nil {
			r.fErr = err.Error()
		}
		if r.g, err = geojson.UnmarshalGeometry(data); err != nil {
			r.gEr = err.Error()
		}
		return r
	}
	var std, fast result
	withCodec(nil, func() { std = run() })
	withCodec(&fastJSON{}, func() { fast = run() })
	if !reflect.DeepEqual(std, fast) {
		t.Errorf("encoding/json and the fast codec differ on %q:\nstd  %+v\nfast %+v", data, std, fast)
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
		"{\"type\":\"Feature\",\"properties\":{\"a\":\"\xff\"},\"geometry\":null}", `{"type":"Feature","type":"x"}`} {
		t.Run(doc, func(t *testing.T) { decodeBoth(t, []byte(doc)) })
	}
}

func TestCodecMarshalMatchesStdlib(t *testing.T) {
	var buf bytes.Buffer
	if err := writePoints(&buf, 500, 3); err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	fc.Features[0].Properties["html"] = "<b>&</b>"
	var std, fast []byte
	withCodec(nil, func() { std, err = json.Marshal(fc) })
	withCodec(&fastJSON{}, func() { fast, err = json.Marshal(fc) })
	if err != nil || !bytes.Equal(std, fast) {
		t.Errorf("encodings differ (err %v):\n%.300s\n%.300s", err, std, fast)
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
