package importer

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"a.geojson", `{"type":"FeatureCollection"}`, FormatGeoJSON},
		{"a.json", "\uFEFF  {", FormatGeoJSON},
		{"a.KML", "<?xml version='1.0'?><kml>", FormatKML},
		{"a.gpx", "<gpx>", FormatGPX},
		{"a.csv", "name,lon,lat\n", FormatCSV},
		{"a.tsv", "name\tlon\tlat\n", FormatCSV},
		{"export", "<?xml version='1.0'?>\n<kml xmlns='http://www.opengis.net/kml/2.2'>", FormatKML},
		{"export", "PK\x03\x04rest", FormatKMZ},
		{"export", "\n<gpx version='1.1'>", FormatGPX},
		{"export.txt", "名称;经度;纬度\n", FormatCSV},
		{"export.txt", "\xff\xfen\x00a\x00", FormatCSV},
		{"export", "<\x00k\x00m\x00l\x00>\x00", FormatKML},
		{"export", "\x00<\x00g\x00p\x00x\x00>", FormatGPX},
		{"export.txt", "n\x00,\x00x\x00", FormatCSV},
		{"export.dat", "hello world", ""},
		{"export.xml", "<html>", ""},
		{"mislabelled.geojson", "<kml>", FormatKML},
		{"mislabelled.csv", "PK\x03\x04", FormatKMZ},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.want, func(t *testing.T) {
			if got := formatOf(tt.name, []byte(tt.head)); got != tt.want {
				t.Errorf("formatOf(%q, %q) = %q, want %q", tt.name, tt.head, got, tt.want)
			}
		})
	}
	if !Supported("x.KMZ") || Supported("x.shp") {
		t.Error("Supported is wrong about .KMZ or .shp")
	}
}

func TestParseDegrees(t *testing.T) {
	tests := []struct {
		in   string
		axis byte
		want float64
		bad  bool
	}{
		{"121.5503", 'x', 121.5503, false},
		{" -33.5 ", 'y', -33.5, false},
		{"121,5503", 'x', 121.5503, false},
		{"121.5503°", 'x', 121.5503, false},
		{"121.5503E", 'x', 121.5503, false},
		{"121.5503 W", 'x', -121.5503, false},
		{"东经121.5503", 'x', 121.5503, false},
		{"南纬33.5", 'y', -33.5, false},
		{"121°33′1″E", 'x', 121 + 33.0/60 + 1.0/3600, false},
		{`121°33'1"`, 'x', 121 + 33.0/60 + 1.0/3600, false},
		{"121度32分38秒", 'x', 121 + 32.0/60 + 38.0/3600, false},
		{"29 52 30 N", 'y', 29 + 52.0/60 + 30.0/3600, false},
		{"-29°30′", 'y', -29.5, false},
		{"29.87N", 'x', 0, true},
		{"", 'x', 0, true},
		{"abc", 'x', 0, true},
		{"121°75′", 'x', 0, true},
		{"1°2′3″4", 'x', 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDegrees(tt.in, tt.axis)
			if (err != nil) != tt.bad {
				t.Fatalf("parseDegrees(%q) error = %v, want error %v", tt.in, err, tt.bad)
			}
			if !tt.bad && math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("parseDegrees(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  plain  ", "plain"},
		{"<b>天一阁</b><br/>Library &amp; garden", "天一阁\nLibrary & garden"},
		{"<p>one</p><p>two</p>", "one\n\ntwo"},
		{"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
		{"x<script>alert('<b>')</script>y<style>p{}</style>z", "xyz"},
		{"a < b and c > d", "a < b and c > d"},
		{"<!-- note -->kept", "kept"},
		{"open <b", "open <b"},
		{"&lt;b&gt; &nbsp;&#x5929;", "<b> 天"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := PlainText(tt.in); got != tt.want {
				t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitTop(t *testing.T) {
	tests := []struct {
		name, doc string
		members   []string
		features  int
		partial   bool
		bad       bool
	}{
		{"collection", `{"type":"FeatureCollection","features":[{"a":"]}"},{"b":[1,{}]}],"x":1}`, []string{"type", "x"}, 2, false, false},
		{"escaped quote", `{"k\"ey":"v\\","features":[ ] }`, []string{`k"ey`}, 0, false, false},
		{"empty object", ` {} `, nil, 0, false, false},
		{"truncated in feature", `{"features":[{"a":1},{"b":`, nil, 1, true, true},
		{"truncated in string", `{"features":[{"a":"x`, nil, 0, true, true},
		{"truncated after member", `{"type":"FeatureCollection"`, []string{"type"}, 0, false, true},
		{"not an object", `[1,2]`, nil, 0, false, true},
		{"bad member value", `{"type":tru,"features":[]}`, nil, 0, false, true},
		{"missing colon", `{"type" "x"}`, nil, 0, false, true},
		{"trailing text", `{"type":"x"} y`, []string{"type"}, 0, false, true},
		{"features not array", `{"features":{"a":1}}`, []string{"features"}, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := splitTop([]byte(tt.doc))
			if len(top.members) != len(tt.members) {
				t.Errorf("members = %v, want %v", top.members, tt.members)
			}
			for _, m := range tt.members {
				if _, ok := top.members[m]; !ok {
					t.Errorf("member %q missing", m)
				}
			}
			if len(top.features) != tt.features {
				t.Errorf("%d features, want %d", len(top.features), tt.features)
			}
			for _, sp := range top.features {
				if !json.Valid([]byte(tt.doc[sp.start:sp.end])) {
					t.Errorf("feature %q is not valid JSON", tt.doc[sp.start:sp.end])
				}
			}
			if (top.partial >= 0) != tt.partial {
				t.Errorf("partial = %d, want partial %v", top.partial, tt.partial)
			}
			if (top.err != nil) != tt.bad {
				t.Errorf("err = %v, want error %v", top.err, tt.bad)
			}
		})
	}
}

func TestProgress(t *testing.T) {
	for _, file := range []string{"places.geojson", "folders.kml", "places.kmz", "walk.gpx", "shops.csv"} {
		t.Run(file, func(t *testing.T) {
			var calls [][2]int64
			_, err := Load("testdata/"+file, Options{Progress: func(done, total int64) {
				calls = append(calls, [2]int64{done, total})
			}})
			if err != nil {
				t.Fatal(err)
			}
			if len(calls) == 0 || len(calls) > progressSteps+2 {
				t.Fatalf("%d progress calls", len(calls))
			}
			last := calls[len(calls)-1]
			if last[0] != last[1] || last[1] <= 0 {
				t.Errorf("last call (%d, %d), want done == total > 0", last[0], last[1])
			}
			for i := 1; i < len(calls); i++ {
				if calls[i][0] < calls[i-1][0] {
					t.Errorf("progress went back: %v", calls)
				}
			}
		})
	}
}

func TestLargeLayer(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 20,000 points")
	}
	var buf bytes.Buffer
	if err := writePoints(&buf, 20_000, 2); err != nil {
		t.Fatal(err)
	}
	var calls int
	l, err := Decode("points.geojson", &buf, Options{Progress: func(done, total int64) { calls++ }})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 20_000 || calls < progressSteps/2 {
		t.Errorf("%d features, %d progress calls", len(l.Features), calls)
	}
	if !strings.HasPrefix(l.Features[0].Name, "站点") {
		t.Errorf("name = %q", l.Features[0].Name)
	}
}
