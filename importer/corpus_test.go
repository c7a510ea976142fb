package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// corpusFeature is a feature expected from a corpus file: its name and
// its geometry as GeoJSON.
type corpusFeature struct {
	name, geometry string
}

// corpusProblem is a problem expected from a corpus file: the feature it
// names and words of its message; warn tells a warning (the feature
// loads) from an error (it is left out).
type corpusProblem struct {
	feature int
	warn    bool
	words   string
}

// corpusCases are files written the way other tools write them
// (testdata/corpus), with the positions each must give.
var corpusCases = []struct {
	file     string
	features []corpusFeature
	problems []corpusProblem
}{
	{"location-history.kml", []corpusFeature{
		{"Walking", `{"type":"LineString","coordinates":[[121.5401,29.8666],[121.5432,29.869],[121.5479,29.8757]]}`},
		{"Cycling", `{"type":"LineString","coordinates":[[121.5479,29.8757],[121.5595,29.8221]]}`},
		{"Tianyi Pavilion", `{"type":"Point","coordinates":[121.5373,29.8744]}`},
	}, []corpusProblem{
		{1, true, "Point: warning: unusable geometry: 1 empty Point(s) skipped"},
		{2, true, "1 empty Point(s) skipped"},
		{4, false, "empty Point"},
	}},
	{"multitrack.kml", []corpusFeature{
		{"Two-part ride", `{"type":"MultiLineString","coordinates":[[[121.6,29.9],[121.61,29.91]],[[121.63,29.93],[121.64,29.94],[121.65,29.95]]]}`},
		{"GPS fix", `{"type":"Point","coordinates":[121.7,29.8]}`},
	}, []corpusProblem{
		{1, true, "line 2: one position; dropped"},
		{2, true, "a line of one position, kept as a point"},
		{3, false, "empty LineString"},
	}},
	{"multigeometry.kml", []corpusFeature{
		{"Park with gate and path", `{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[121.5,29.8]},` +
			`{"type":"LineString","coordinates":[[121.5,29.8],[121.51,29.81]]},` +
			`{"type":"Polygon","coordinates":[[[121.5,29.8],[121.52,29.8],[121.52,29.82],[121.5,29.8]]]}]}`},
		{"Two gates", `{"type":"MultiPoint","coordinates":[[121.53,29.83],[121.54,29.84]]}`},
		{"Open ring", `{"type":"Polygon","coordinates":[[[121.55,29.85],[121.56,29.85],[121.56,29.86],[121.55,29.85]]]}`},
		{"Lake with a bad island", `{"type":"Polygon","coordinates":[[[121.4,29.7],[121.45,29.7],[121.45,29.75],[121.4,29.75],[121.4,29.7]]]}`},
		{"Lines, one short", `{"type":"MultiLineString","coordinates":[[[121.3,29.6],[121.31,29.61]]]}`},
	}, []corpusProblem{
		{3, true, "outer ring: not closed; closed by repeating its first position"},
		{4, false, "outer ring: 3 positions, fewer than three distinct"},
		{5, true, "ring 2: 2 positions, fewer than three distinct"},
		{6, true, "line 2: one position; dropped"},
	}},
	{"cdata.kml", []corpusFeature{
		{"天一阁", `{"type":"Point","coordinates":[121.5373,29.8744]}`},
		{"", `{"type":"LineString","coordinates":[[121.5401,29.8666],[121.5432,29.869]]}`},
	}, []corpusProblem{
		{2, true, "1 empty Point(s) skipped"},
		{3, false, "empty Point"},
	}},
	{"segments.gpx", []corpusFeature{
		{"Gappy walk", `{"type":"LineString","coordinates":[[121.541,29.871],[121.542,29.872],[121.543,29.873]]}`},
		{"Two segments, one short", `{"type":"MultiLineString","coordinates":[[[121.5,29.8],[121.51,29.81]],[[121.53,29.83],[121.54,29.84]]]}`},
		{"Single fix", `{"type":"Point","coordinates":[121.6,29.9]}`},
		{"Two fixes", `{"type":"MultiPoint","coordinates":[[121.61,29.91],[121.62,29.92]]}`},
		{"One-stop route", `{"type":"Point","coordinates":[121.65,29.95]}`},
		{"Ferry", `{"type":"LineString","coordinates":[[121.66,29.96],[121.67,29.97]]}`},
	}, []corpusProblem{
		{1, true, "trkseg 1: warning: unusable geometry: empty; skipped"},
		{1, true, "trkseg 2: warning: unusable geometry: one point; dropped"},
		{2, true, "trkseg 2: warning: unusable geometry: one point; dropped"},
		{3, true, "trkseg 1: warning: unusable geometry: one point; kept as a point"},
		{4, true, "trkseg 1: warning: unusable geometry: one point; kept as a point"},
		{4, true, "trkseg 2: warning: unusable geometry: one point; kept as a point"},
		{5, false, "empty LineString"},
		{6, true, "a line of one position, kept as a point"},
		{7, false, "empty LineString"},
	}},
	{"degenerate.geojson", []corpusFeature{
		{"one-position line", `{"type":"Point","coordinates":[121.5,29.8]}`},
		{"multi line, one short", `{"type":"MultiLineString","coordinates":[[[121.5,29.8],[121.6,29.9]]]}`},
		{"open ring", `{"type":"Polygon","coordinates":[[[121.5,29.8],[121.6,29.8],[121.6,29.9],[121.5,29.8]]]}`},
		{"multi polygon, one flat", `{"type":"MultiPolygon","coordinates":[[[[121.5,29.8],[121.6,29.8],[121.6,29.9],[121.5,29.8]]]]}`},
		{"collection", `{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[121.5,29.8]},{"type":"Point","coordinates":[121.6,29.9]}]}`},
	}, []corpusProblem{
		{1, true, "geometry: warning: unusable geometry: a line of one position, kept as a point"},
		{2, true, "line 2: one position; dropped"},
		{2, true, "line 3: empty; dropped"},
		{3, true, "outer ring: not closed; closed"},
		{4, false, "outer ring: 3 positions, fewer than three distinct"},
		{5, true, "polygon 2: outer ring: 4 positions, fewer than three distinct"},
		{6, true, "geometry 2: a line of one position, kept as a point"},
	}},
}

func TestCorpus(t *testing.T) {
	for _, tt := range corpusCases {
		t.Run(tt.file, func(t *testing.T) {
			l, err := Load("testdata/corpus/"+tt.file, Options{})
			if l == nil {
				t.Fatalf("no layer: %v", err)
			}
			if len(l.Features) != len(tt.features) {
				t.Errorf("%d features, want %d", len(l.Features), len(tt.features))
			}
			for i, f := range l.Features[:min(len(l.Features), len(tt.features))] {
				b, merr := geojson.NewGeometry(f.Geometry).MarshalJSON()
				if merr != nil {
					t.Fatal(merr)
				}
				if w := tt.features[i]; f.Name != w.name || string(b) != w.geometry {
					t.Errorf("feature %d = %q %s\nwant %q %s", i+1, f.Name, b, w.name, w.geometry)
				}
			}
			var got []error
			if err != nil {
				got = err.(interface{ Unwrap() []error }).Unwrap()
			}
			if len(got) != len(tt.problems) {
				t.Errorf("%d problems, want %d:\n%v", len(got), len(tt.problems), err)
			}
			for i, w := range tt.problems[:min(len(got), len(tt.problems))] {
				var e *Error
				if !errors.As(got[i], &e) || e.Feature != w.feature || !strings.Contains(e.Error(), w.words) ||
					errors.Is(e, ErrWarning) != w.warn || !errors.Is(e, ErrGeometry) {
					t.Errorf("problem %d = %v\nwant feature %d, warning %v, saying %q", i+1, got[i], w.feature, w.warn, w.words)
				}
			}
		})
	}
}
