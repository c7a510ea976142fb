package export

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/importer"
)

// TestInFrame writes the places in GCJ-02 and BD-09: each point is its
// WGS 84 one converted, the collection given is left alone, and reading
// the file back in its frame gives the places again within 1 cm.
func TestInFrame(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	sites := append([]*data.Site{ds.Overview}, ds.Sites...)
	for _, f := range []crs.Frame{crs.GCJ02, crs.BD09} {
		t.Run(f.String(), func(t *testing.T) {
			fc := Places(ds)
			out := InFrame(fc, f)
			for i, s := range sites {
				if got := fc.Features[i].Geometry; got != s.Point {
					t.Fatalf("%s: the collection given was changed: %v", s.ID, got)
				}
				if got, want := out.Features[i].Geometry, f.FromWGS84(s.Point); got != want {
					t.Errorf("%s: %v, want %v", s.ID, got, want)
				}
			}
			var buf bytes.Buffer
			if err := GeoJSON(&buf, out); err != nil {
				t.Fatal(err)
			}
			back, err := importer.Decode("places.geojson", &buf, importer.Options{CRS: f})
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range sites {
				if d := orbgeo.Distance(back.Features[i].Geometry.(orb.Point), s.Point); d > 0.01 {
					t.Errorf("%s read back %.3f m away", s.ID, d)
				}
			}
		})
	}
	if InFrame(Places(ds), crs.WGS84) == nil {
		t.Error("WGS 84: no collection")
	}
}

// TestInFrameImported converts an imported layer of lines and polygons
// without touching the imported geometries.
func TestInFrameImported(t *testing.T) {
	l, err := importer.Load(filepath.Join("..", "importer", "testdata", "folders.kml"), importer.Options{})
	if l == nil {
		t.Fatal(err)
	}
	before := ImportedLayer(l)
	want := make([]orb.Geometry, len(l.Features))
	for i, f := range l.Features {
		want[i] = orb.Clone(f.Geometry)
	}
	out := InFrame(before, crs.GCJ02)
	for i, f := range l.Features {
		if !orb.Equal(f.Geometry, want[i]) {
			t.Fatalf("feature %d of the imported layer was changed", i+1)
		}
		conv := crs.GCJ02.GeometryFromWGS84(orb.Clone(want[i]))
		if !orb.Equal(out.Features[i].Geometry, conv) {
			t.Errorf("feature %d: %v, want %v", i+1, out.Features[i].Geometry, conv)
		}
	}
}

// TestKMLIn writes the KML document in GCJ-02: every placemark and every
// camera of the tour is at its place's GCJ-02 position.
func TestKMLIn(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	var wgs, gcj bytes.Buffer
	if err := KML(&wgs, ds, data.En); err != nil {
		t.Fatal(err)
	}
	if err := KMLIn(&gcj, ds, data.En, crs.GCJ02); err != nil {
		t.Fatal(err)
	}
	want := map[orb.Point]bool{}
	for _, s := range append([]*data.Site{ds.Overview}, ds.Sites...) {
		want[crs.GCJ02.FromWGS84(s.Point)] = true
	}
	coords := regexp.MustCompile(`<coordinates>([^<]*)</coordinates>`)
	lookAt := regexp.MustCompile(`(?s)<longitude>([^<]*)</longitude>\s*<latitude>([^<]*)</latitude>`)
	n := 0
	for _, m := range coords.FindAllStringSubmatch(gcj.String(), -1) {
		parts := strings.Split(strings.TrimSpace(m[1]), ",")
		n += checkKMLPoint(t, want, parts[0], parts[1])
	}
	for _, m := range lookAt.FindAllStringSubmatch(gcj.String(), -1) {
		n += checkKMLPoint(t, want, m[1], m[2])
	}
	if places := 2 * len(want); n != places {
		t.Errorf("%d positions checked, want %d (a placemark and a camera for each place)", n, places)
	}
	if bytes.Equal(wgs.Bytes(), gcj.Bytes()) {
		t.Error("the GCJ-02 document is the WGS 84 one")
	}
}

// checkKMLPoint checks that lon, lat as written in KML is one of want, to
// the digits written; it returns 1.
func checkKMLPoint(t *testing.T, want map[orb.Point]bool, lon, lat string) int {
	t.Helper()
	x, err1 := strconv.ParseFloat(lon, 64)
	y, err2 := strconv.ParseFloat(lat, 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("position %q, %q", lon, lat)
	}
	for p := range want {
		if orbgeo.Distance(p, orb.Point{x, y}) < 0.01 {
			return 1
		}
	}
	t.Errorf("position %s, %s is no place's GCJ-02 position", lon, lat)
	return 1
}
