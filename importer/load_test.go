package importer

import (
	"math"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
)

// want describes one feature expected from a test file.
type want struct {
	geom   string    // GeoJSON type
	name   string    // Feature.Name
	folder string    // Feature.Folder
	first  orb.Point // first position
}

func TestLoadFormats(t *testing.T) {
	tianyi, moon := orb.Point{121.5503, 29.8739}, orb.Point{121.5438, 29.8683}
	kmlFeatures := []want{
		{"Point", "Tianyi Pavilion", "", tianyi},
		{"LineString", "Moon Lake shore", "Lakes", moon},
		{"Polygon", "Dongqian Lake", "Lakes / East Lake", orb.Point{121.65, 29.75}},
		{"MultiPoint", "Two stops", "Routes", orb.Point{121.3458, 29.6786}},
		{"LineString", "Recorded ride", "Routes", orb.Point{121.50, 29.80}},
	}
	shops := []want{
		{"Point", "天一阁", "", tianyi},
		{"Point", "月湖, 西岸", "", moon},
		{"Point", "滕头村", "", orb.Point{121.3458, 29.6786}},
	}
	tests := []struct {
		file, format, name string
		subLayers          []string
		features           []want
	}{
		{"places.geojson", FormatGeoJSON, "宁波打卡点", nil, []want{
			{"Point", "天一阁", "", tianyi},
			{"LineString", "Moon Lake walk", "", moon},
			{"Polygon", "Old town", "", orb.Point{121.54, 29.86}},
		}},
		{"feature.geojson", FormatGeoJSON, "feature", nil, []want{{"Point", "滕头村", "", orb.Point{121.3458, 29.6786}}}},
		{"geometry.json", FormatGeoJSON, "geometry", nil, []want{{"GeometryCollection", "", "", orb.Point{121.1, 29.9}}}},
		{"folders.kml", FormatKML, "Ningbo walks", []string{"Lakes", "Lakes / East Lake", "Routes"}, kmlFeatures},
		{"places.kmz", FormatKMZ, "Ningbo walks", []string{"Lakes", "Lakes / East Lake", "Routes"}, kmlFeatures},
		{"walk.gpx", FormatGPX, "周末徒步", []string{FolderWaypoints, FolderRoutes, FolderTracks}, []want{
			{"Point", "天一阁", FolderWaypoints, tianyi},
			{"Point", "月湖", FolderWaypoints, moon},
			{"LineString", "Planned", FolderRoutes, tianyi},
			{"MultiLineString", "Recorded", FolderTracks, tianyi},
		}},
		{"shops.csv", FormatCSV, "shops", nil, shops},
		{"shops-gbk.csv", FormatCSV, "shops-gbk", nil, shops},
		{"semicolon.csv", FormatCSV, "semicolon", nil, []want{{"Point", "Tianyi", "", tianyi}, {"Point", "Moon Lake", "", moon}}},
		{"excel-unicode.txt", FormatCSV, "excel-unicode", nil, []want{{"Point", "天一阁", "", tianyi}, {"Point", "月湖", "", moon}}},
		{"location.csv", FormatCSV, "location", nil, []want{{"Point", "Tianyi", "", tianyi}, {"Point", "Moon Lake", "", moon}}},
		{"dms.csv", FormatCSV, "dms", nil, []want{
			{"Point", "天一阁", "", orb.Point{121 + 33.0/60 + 1.0/3600, 29 + 52.0/60 + 26.0/3600}},
			{"Point", "月湖", "", orb.Point{121 + 32.0/60 + 38.0/3600, 29 + 52.0/60 + 6.0/3600}},
			{"Point", "保国寺", "", orb.Point{121.5275, 30.0472}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			l, err := Load("testdata/"+tt.file, Options{})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if l.Format != tt.format || l.Name != tt.name || l.File != tt.file {
				t.Errorf("format, name, file = %q, %q, %q; want %q, %q, %q", l.Format, l.Name, l.File, tt.format, tt.name, tt.file)
			}
			if !reflect.DeepEqual(l.SubLayers, tt.subLayers) {
				t.Errorf("SubLayers = %q, want %q", l.SubLayers, tt.subLayers)
			}
			if len(l.Features) != len(tt.features) {
				t.Fatalf("%d features, want %d", len(l.Features), len(tt.features))
			}
			for i, w := range tt.features {
				f := l.Features[i]
				if f.Geometry.GeoJSONType() != w.geom || f.Name != w.name || f.Folder != w.folder {
					t.Errorf("feature %d = %s %q in %q, want %s %q in %q", i+1,
						f.Geometry.GeoJSONType(), f.Name, f.Folder, w.geom, w.name, w.folder)
				}
				if p := firstPoint(f.Geometry); math.Abs(p[0]-w.first[0]) > 1e-9 || math.Abs(p[1]-w.first[1]) > 1e-9 {
					t.Errorf("feature %d starts at %v, want %v", i+1, p, w.first)
				}
			}
		})
	}
}

func TestLoadDetails(t *testing.T) {
	l, err := Load("testdata/folders.kml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := l.Features[0]
	if want := "天一阁\nLibrary built in 1561 & still open."; f.Description != want {
		t.Errorf("KML description = %q, want %q", f.Description, want)
	}
	if want := map[string]string{"ticket": "30 元", "district": "海曙区"}; !reflect.DeepEqual(f.Properties, want) {
		t.Errorf("KML ExtendedData = %v, want %v", f.Properties, want)
	}
	poly := l.Features[2].Geometry.(orb.Polygon)
	if len(poly) != 2 || len(poly[1]) != 4 {
		t.Errorf("KML polygon rings = %v, want an outer ring and a hole of 4 points", poly)
	}

	l, err = Load("testdata/places.geojson", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"名称": "天一阁", "description": "中国现存最古老的私家藏书楼", "票价": "30", "开放": "true"}
	if got := l.Features[0].Properties; !reflect.DeepEqual(got, want) {
		t.Errorf("GeoJSON properties = %v, want %v", got, want)
	}
	if got := l.Features[1].Properties["tags"]; got != `["walk","lake"]` {
		t.Errorf("array property = %q", got)
	}
	if l.Features[0].Description != "中国现存最古老的私家藏书楼" {
		t.Errorf("GeoJSON description = %q", l.Features[0].Description)
	}

	l, err = Load("testdata/walk.gpx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Features[0].Properties; got["ele"] != "4.2" || got["sym"] != "Flag" || l.Features[0].Description != "Start" {
		t.Errorf("GPX waypoint = %+v", l.Features[0])
	}
	if got := l.Features[1].Description; got != "Lunch" {
		t.Errorf("GPX comment as description = %q", got)
	}
}

func TestLayerID(t *testing.T) {
	tests := []struct{ file, want string }{
		{"Shops 2024.csv", "shops-2024"},
		{"ningbo_walks.kml", "ningbo-walks"},
		{"--x--.gpx", "x"},
		{"商店.csv", "layer-"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := layerID(tt.file)
			if got != tt.want && !(tt.want == "layer-" && len(got) == len("layer-")+8 && got[:6] == "layer-") {
				t.Errorf("layerID(%q) = %q, want %q", tt.file, got, tt.want)
			}
		})
	}
	if layerID("商店.csv") == layerID("村庄.csv") {
		t.Error("two Chinese names give the same id")
	}
}

// firstPoint returns the first position of g.
func firstPoint(g orb.Geometry) orb.Point {
	var first orb.Point
	walkPoints(g, func(p orb.Point) bool {
		first = p
		return false
	})
	return first
}

func TestBoundAndColor(t *testing.T) {
	l, err := Load("testdata/folders.kml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := orb.Bound{Min: orb.Point{121.3458, 29.6786}, Max: orb.Point{121.72, 29.8751}}
	if got := l.Bound(); got != want {
		t.Errorf("Bound() = %v, want %v", got, want)
	}
	if (&Layer{}).Bound() != (orb.Bound{}) {
		t.Error("empty layer: Bound() is not zero")
	}
	if Color(0) == Color(1) || Color(0) != Color(len(palette)) || Color(-1) != Color(1) {
		t.Error("Color does not cycle through distinct colours")
	}
}
