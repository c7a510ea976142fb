package importer

import (
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"ningbomap/crs"
	"ningbomap/internal/webmaps"
)

// TestWebMapExports imports places exported from AMap (GCJ-02) and Baidu
// (BD-09) in their frames: each lands within 2 m of its WGS 84 position.
// Read as WGS 84 they would lie hundreds of metres away.
func TestWebMapExports(t *testing.T) {
	want := webmaps.Truth(t)
	tests := []struct {
		file  string
		frame crs.Frame
	}{
		{"amap-gcj02.csv", crs.GCJ02},
		{"baidu-bd09.csv", crs.BD09},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "webmaps", tt.file)
			l, err := Load(path, Options{CRS: tt.frame})
			if err != nil {
				t.Fatal(err)
			}
			if l.CRS != tt.frame || len(l.Features) != len(want) {
				t.Fatalf("read in %v with %d features, want %v and %d", l.CRS, len(l.Features), tt.frame, len(want))
			}
			raw, err := Load(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			worst := 0.0
			for i, f := range l.Features {
				w, ok := want[f.Name]
				if !ok {
					t.Fatalf("unknown place %q", f.Name)
				}
				d := orbgeo.Distance(f.Geometry.(orb.Point), w)
				if d > 2 {
					t.Errorf("%s at %v, %.2f m from %v", f.Name, f.Geometry, d, w)
				}
				worst = max(worst, d)
				if off := orbgeo.Distance(raw.Features[i].Geometry.(orb.Point), w); off < 300 {
					t.Errorf("%s read as WGS 84 is only %.0f m off: the file is not in %s", f.Name, off, tt.frame)
				}
			}
			t.Logf("%d places, farthest %.3f m from the truth", len(l.Features), worst)
		})
	}
}

// TestFrameEveryFormat reads a file of every format twice, as WGS 84 and
// as GCJ-02, and checks that every position of the second reading is the
// first's converted.
func TestFrameEveryFormat(t *testing.T) {
	for _, file := range []string{"places.geojson", "geometry.json", "folders.kml", "places.kmz", "walk.gpx", "shops.csv", "location.csv"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", file)
			plain, err := Load(path, Options{})
			if plain == nil {
				t.Fatal(err)
			}
			gcj, err := Load(path, Options{CRS: crs.GCJ02})
			if gcj == nil {
				t.Fatal(err)
			}
			if len(gcj.Features) != len(plain.Features) || gcj.CRS != crs.GCJ02 || plain.CRS != crs.WGS84 {
				t.Fatalf("%d and %d features, frames %v and %v", len(plain.Features), len(gcj.Features), plain.CRS, gcj.CRS)
			}
			n := 0
			for i, f := range plain.Features {
				var want, got []orb.Point
				walkPoints(f.Geometry, func(p orb.Point) bool { want = append(want, crs.GCJ02.ToWGS84(p)); return true })
				walkPoints(gcj.Features[i].Geometry, func(p orb.Point) bool { got = append(got, p); return true })
				if len(got) != len(want) {
					t.Fatalf("feature %d: %d positions, want %d", i+1, len(got), len(want))
				}
				for j := range got {
					if got[j] != want[j] {
						t.Errorf("feature %d position %d: %v, want %v", i+1, j+1, got[j], want[j])
					}
					if crs.InChina(want[j][0], want[j][1]) && got[j] == crs.GCJ02.FromWGS84(got[j]) {
						t.Errorf("feature %d position %d: not converted", i+1, j+1)
					}
					n++
				}
			}
			if n == 0 {
				t.Fatal("no positions")
			}
		})
	}
}
