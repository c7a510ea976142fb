package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// badCase is one bad input: a file under testdata, or bytes given a name.
type badCase struct {
	name   string  // file under testdata/, or the name given to Decode
	data   string  // content for Decode; "" to Load the file
	opt    Options // options of the import
	loaded int     // features that still load
	is     []error // sentinels the error must wrap
}

// badCases covers every kind of bad input the importer reports.
func badCases() []badCase {
	return []badCase{
		{name: "bad/truncated.geojson", loaded: 2, is: []error{ErrTruncated}},
		{name: "bad/badgeom.geojson", loaded: 2, is: []error{ErrGeometry, ErrCoordinate, ErrSyntax}},
		{name: "bad/empty.geojson", is: []error{ErrEmpty}},
		{name: "bad/topojson.json", is: []error{ErrFormat}},
		{name: "bad/notgeojson.json", is: []error{ErrFormat}},
		{name: "bad/nan.kml", loaded: 1, is: []error{ErrCoordinate, ErrGeometry}},
		{name: "bad/noplacemarks.kml", is: []error{ErrEmpty}},
		{name: "bad/truncated.kml", loaded: 1, is: []error{ErrTruncated}},
		{name: "bad/truncated.kmz", is: []error{ErrTruncated}},
		{name: "bad/truncated.gpx", loaded: 3, is: []error{ErrTruncated}},
		{name: "bad/badgpx.gpx", loaded: 1, is: []error{ErrCoordinate}},
		{name: "bad/emptygpx.gpx", is: []error{ErrEmpty}},
		{name: "bad/nocoords.csv", is: []error{ErrNoCoordinates}},
		{name: "bad/range.csv", loaded: 1, is: []error{ErrCoordinate}},
		{name: "bad/headeronly.csv", is: []error{ErrEmpty}},
		{name: "bad/badquote.csv", loaded: 1, is: []error{ErrSyntax}},
		{name: "bad/junk.bin", is: []error{ErrFormat}},
		{name: "bad/notes.txt", is: []error{ErrFormat}},
		{name: "bad/missing.geojson", is: []error{fs.ErrNotExist}},
		{name: "bad", is: []error{ErrFormat}},
		{name: "places.geojson", opt: Options{MaxBytes: 100}, is: []error{ErrTooLarge}},
		{name: "places.kmz", opt: Options{MaxBytes: 2000}, is: []error{ErrTooLarge}},
		{name: "stream.geojson", data: `{"type":"FeatureCollection","features":[]}` + strings.Repeat(" ", 200),
			opt: Options{MaxBytes: 100}, is: []error{ErrTooLarge}},
		{name: "empty.csv", data: " \n", is: []error{ErrEmpty}},
		{name: "syntax.geojson", data: "{\"type\": \"FeatureCollection\", \"features\": [\n" +
			"{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.5, 29.8]}, \"properties\": {}},\n" +
			"{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\",\n \"coordinates\": [121.5 29.8]}, \"properties\": {}}\n]}",
			loaded: 1, is: []error{ErrSyntax}},
		{name: "garbage.geojson", data: `{"type":"Point","coordinates":[121.5,29.8]} trailing`, is: []error{ErrSyntax}},
		{name: "circle.geojson", data: `{"type":"Circle","coordinates":[121.5,29.8]}`, is: []error{ErrFormat}},
		{name: "array.geojson", data: `[{"type":"Point","coordinates":[121.5,29.8]}]`, is: []error{ErrSyntax}},
		{name: "html.kml", data: "<html><body>Not found</body></html>", is: []error{ErrFormat}},
		{name: "klingon.kml", data: `<?xml version="1.0" encoding="x-klingon"?><kml/>`, is: []error{ErrEncoding}},
		{name: "badutf8.kml", data: "<?xml version=\"1.0\"?><kml><Placemark><name>\xff\xfe\xff</name></Placemark></kml>",
			is: []error{ErrEncoding}},
		{name: "links.kml", data: `<kml><Document><NetworkLink><Link><href>http://example.com/a.kml</href></Link></NetworkLink></Document></kml>`,
			is: []error{ErrFormat}},
		{name: "notzip.kmz", data: "this is not a zip archive", is: []error{ErrSyntax}},
		{name: "nokml.kmz", data: zipOf(map[string]string{"images/a.png": "png"}), is: []error{ErrEmpty}},
	}
}

func TestBadInput(t *testing.T) {
	var golden strings.Builder
	for _, tt := range badCases() {
		t.Run(tt.name, func(t *testing.T) {
			var l *Layer
			var err error
			if tt.data == "" {
				l, err = Load("testdata/"+tt.name, tt.opt)
			} else {
				l, err = Decode(tt.name, strings.NewReader(tt.data), tt.opt)
			}
			golden.WriteString("== " + tt.name + "\n" + err.Error() + "\n")
			if err == nil {
				t.Fatal("no error")
			}
			if n := featureCount(l); n != tt.loaded {
				t.Errorf("%d features loaded, want %d", n, tt.loaded)
			}
			if tt.loaded == 0 && l != nil {
				t.Error("layer not nil though nothing loaded")
			}
			for _, sentinel := range tt.is {
				if !errors.Is(err, sentinel) {
					t.Errorf("error does not wrap %v: %v", sentinel, err)
				}
			}
			base := tt.name[strings.LastIndex(tt.name, "/")+1:]
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, base) {
					t.Errorf("message does not start with the file name %q: %q", base, line)
				}
			}
		})
	}
	compareGolden(t, "testdata/bad/messages.golden", golden.String())
}

// featureCount returns the number of features of l, 0 for nil.
func featureCount(l *Layer) int {
	if l == nil {
		return 0
	}
	return len(l.Features)
}

// zipOf returns a zip archive holding files.
func zipOf(files map[string]string) string {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range files {
		w, _ := zw.Create(name)
		w.Write([]byte(content))
	}
	zw.Close()
	return buf.String()
}

// compareGolden compares got with the golden file, or rewrites the file
// with -update.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("messages differ from %s (run with -update to accept):\n%s", path, got)
	}
}
