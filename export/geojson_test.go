package export

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/data"
	"ningbomap/importer"
)

// roundTrip exports l as GeoJSON and imports the result again.
func roundTrip(t *testing.T, l *importer.Layer) *importer.Layer {
	t.Helper()
	var buf bytes.Buffer
	if err := GeoJSON(&buf, ImportedLayer(l)); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("invalid JSON:\n%s", buf.Bytes())
	}
	back, err := importer.Decode("roundtrip.geojson", &buf, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func TestGeoJSONRoundTrip(t *testing.T) {
	files := []string{"places.geojson", "feature.geojson", "geometry.json", "folders.kml", "places.kmz",
		"walk.gpx", "shops-gbk.csv", "dms.csv"}
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			l, err := importer.Load(filepath.Join("..", "importer", "testdata", file), importer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			back := roundTrip(t, l)
			if back.Name != l.Name {
				t.Errorf("layer name %q, want %q", back.Name, l.Name)
			}
			if len(back.Features) != len(l.Features) {
				t.Fatalf("%d features back, want %d", len(back.Features), len(l.Features))
			}
			for i, f := range l.Features {
				g := back.Features[i]
				if !reflect.DeepEqual(g.Geometry, f.Geometry) {
					t.Errorf("feature %d geometry\n got %v\nwant %v", i+1, g.Geometry, f.Geometry)
				}
				if g.Name != f.Name || g.Description != f.Description {
					t.Errorf("feature %d: %q / %q, want %q / %q", i+1, g.Name, g.Description, f.Name, f.Description)
				}
				for k, v := range f.Properties {
					if g.Properties[k] != v {
						t.Errorf("feature %d property %q = %q, want %q", i+1, k, g.Properties[k], v)
					}
				}
			}
		})
	}
}

func TestGeoJSONRoundTripExactFloats(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	coord := func() orb.Point {
		p := orb.Point{120.9 + r.Float64()*1.4, 28.85 + r.Float64()*1.55}
		switch r.Intn(4) {
		case 0:
			p[0] = math.Nextafter(p[0], 180) // last-bit differences must survive
		case 1:
			p[1] = 1e-7 * float64(r.Intn(10)) // tiny values, written in exponent form
		}
		return p
	}
	ring := func(n int) orb.Ring {
		rg := make(orb.Ring, n)
		for i := range rg[:n-1] {
			rg[i] = coord()
		}
		rg[n-1] = rg[0]
		return rg
	}
	l := &importer.Layer{Name: "generated"}
	for i := 0; i < 200; i++ {
		var g orb.Geometry
		switch i % 5 {
		case 0:
			g = coord()
		case 1:
			g = orb.LineString{coord(), coord(), coord()}
		case 2:
			g = orb.Polygon{ring(6), ring(4)}
		case 3:
			g = orb.MultiPolygon{{ring(5)}, {ring(4)}}
		case 4:
			g = orb.Collection{coord(), orb.MultiPoint{coord(), coord()}}
		}
		l.Features = append(l.Features, importer.Feature{Geometry: g})
	}
	back := roundTrip(t, l)
	for i, f := range l.Features {
		if !reflect.DeepEqual(back.Features[i].Geometry, f.Geometry) {
			t.Fatalf("feature %d geometry changed:\n got %v\nwant %v", i+1, back.Features[i].Geometry, f.Geometry)
		}
	}
}

func TestDataLayerRoundTrip(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, l := range ds.Layers {
		var buf bytes.Buffer
		if err := GeoJSON(&buf, DataLayer(l)); err != nil {
			t.Fatal(err)
		}
		if b, err := data.EncodeLayer(l); err != nil || !bytes.Equal(b, buf.Bytes()) {
			t.Errorf("layer %s: GeoJSON(DataLayer) differs from data.WriteLayer (%v)", l.ID, err)
		}
		if err := os.WriteFile(filepath.Join(dir, l.ID+".geojson"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	back, err := data.LoadDir(dir)
	if err != nil {
		t.Fatalf("the exported layers do not load: %v", err)
	}
	all := append([]*data.Site{ds.Overview}, ds.Sites...)
	if len(back.Sites) != len(ds.Sites) {
		t.Fatalf("%d places back, want %d", len(back.Sites), len(ds.Sites))
	}
	for _, s := range all {
		got := back.Site(s.ID)
		if got == nil {
			t.Errorf("%s missing", s.ID)
			continue
		}
		want := *s
		g := *got
		want.File, want.Index, g.File, g.Index = "", 0, "", 0
		if !reflect.DeepEqual(g, want) {
			t.Errorf("%s changed:\n got %+v\nwant %+v", s.ID, g, want)
		}
	}
}

func TestPlaces(t *testing.T) {
	ds := smallDataset()
	fc := Places(ds)
	wantIDs := []any{"ningbo", "a-village", "9-lane"}
	if len(fc.Features) != len(wantIDs) {
		t.Fatalf("%d features, want %d", len(fc.Features), len(wantIDs))
	}
	for i, f := range fc.Features {
		if f.ID != wantIDs[i] || f.Properties["id"] != wantIDs[i] {
			t.Errorf("feature %d is %v, want %v", i+1, f.ID, wantIDs[i])
		}
	}
	if fc.Features[1].Properties["layer"] != "revitalisation" {
		t.Errorf("layer property = %v", fc.Features[1].Properties["layer"])
	}
	var buf bytes.Buffer
	if err := GeoJSON(&buf, fc); err != nil {
		t.Fatal(err)
	}
	back, err := geojson.UnmarshalFeatureCollection(buf.Bytes())
	if err != nil || len(back.Features) != 3 {
		t.Fatalf("reading back: %v", err)
	}
	if GeoJSON(&buf, nil) == nil {
		t.Error("GeoJSON(nil) gave no error")
	}
}
