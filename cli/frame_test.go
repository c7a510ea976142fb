package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/internal/webmaps"
)

// readPoints reads a GeoJSON file's points by their name property.
func readPoints(t *testing.T, path string) map[string]orb.Point {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]orb.Point{}
	for _, f := range fc.Features {
		p, ok := f.Geometry.(orb.Point)
		if !ok {
			continue
		}
		name := f.Properties.MustString("name", "")
		if name == "" {
			name = f.Properties.MustString("名称", "")
		}
		out[name] = p
	}
	return out
}

// TestExportFrames: a CSV exported from AMap or Baidu, read in its frame,
// lands within 2 m of where the place is; written for the other web map,
// it is where that map puts the place.
func TestExportFrames(t *testing.T) {
	want := webmaps.Truth(t)
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
		to   crs.Frame // the frame the output should be in
	}{
		{"AMap to WGS 84", []string{"--from", webmaps.Path(t, "amap-gcj02.csv"), "--from-crs", "gcj02"}, crs.WGS84},
		{"Baidu to WGS 84", []string{"--from", webmaps.Path(t, "baidu-bd09.csv"), "--from-crs", "BD-09"}, crs.WGS84},
		{"Baidu to AMap", []string{"--from", webmaps.Path(t, "baidu-bd09.csv"), "--from-crs", "bd09", "--crs", "gcj02"}, crs.GCJ02},
		{"WGS 84 to Baidu", []string{"--from", webmaps.Path(t, "places-wgs84.csv"), "--crs", "bd09"}, crs.BD09},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".geojson")
			args := append([]string{"--format", "geojson", "--out", out}, c.args...)
			if err := runExport(args); err != nil {
				t.Fatal(err)
			}
			got := readPoints(t, out)
			if len(got) != len(want) {
				t.Fatalf("%d places, want %d", len(got), len(want))
			}
			for name, p := range want {
				q, ok := got[name]
				if !ok {
					t.Errorf("%s missing", name)
					continue
				}
				if d := geo.Distance(c.to.ToWGS84(q), p); d > 2 {
					t.Errorf("%s: %v, %.1f m from where it is", name, q, d)
				}
			}
		})
	}
}

// TestExportPlacesInFrame: the story places written for AMap (GeoJSON) and
// Baidu (KML) are where those maps show them.
func TestExportPlacesInFrame(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	site := ds.Sites[1]
	dir := t.TempDir()
	gj := filepath.Join(dir, "places.geojson")
	if err := runExport([]string{"--format", "geojson", "--crs", "gcj02", "--out", gj}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(gj)
	if err != nil {
		t.Fatal(err)
	}
	var fc geojson.FeatureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range fc.Features {
		if f.ID == site.ID || f.Properties.MustString("id", "") == site.ID {
			want := crs.GCJ02.FromWGS84(site.Point)
			if d := geo.Distance(f.Geometry.(orb.Point), want); d > 0.01 {
				t.Errorf("%s at %v, want %v (GCJ-02)", site.ID, f.Geometry, want)
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("%s not in the GeoJSON", site.ID)
	}
	kml := filepath.Join(dir, "places.kml")
	if err := runExport([]string{"--format", "kml", "--crs", "bd09", "--lang", "en", "--out", kml}); err != nil {
		t.Fatal(err)
	}
	if b, err = os.ReadFile(kml); err != nil {
		t.Fatal(err)
	}
	bd := crs.BD09.FromWGS84(site.Point)
	wgs := fmt.Sprintf("%.6f,%.6f", site.Point[0], site.Point[1])
	if s := fmt.Sprintf("%.4f", bd[0]); !strings.Contains(string(b), s) || strings.Contains(string(b), wgs) {
		t.Errorf("the KML does not hold %s at its BD-09 longitude %s (or still holds %s)", site.ID, s, wgs)
	}
}

// TestFrameUsage: an unknown frame is bad usage naming the accepted
// values; --from-crs needs --from.
func TestFrameUsage(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	out := filepath.Join(t.TempDir(), "x.geojson")
	for _, c := range []struct {
		run  func([]string) error
		args []string
		text string
	}{
		{runExport, []string{"--format", "geojson", "--crs", "mercator", "--out", out}, "--crs: unknown coordinate frame \"mercator\": want wgs84, gcj02, bd09"},
		{runExport, []string{"--format", "geojson", "--from", "x.csv", "--from-crs", "wgs72", "--out", out}, "--from-crs: unknown coordinate frame \"wgs72\": want wgs84, gcj02, bd09"},
		{runExport, []string{"--format", "geojson", "--from-crs", "gcj02", "--out", out}, "--from-crs is the frame of the --from file"},
		{runCheck, []string{"--crs", "baidu", webmaps.Path(t, "baidu-bd09.csv")}, "--crs: unknown coordinate frame \"baidu\": want wgs84, gcj02, bd09"},
		{runRender, []string{"--crs", "wgs72", "--out", out + ".png"}, "--crs: unknown coordinate frame \"wgs72\": want wgs84, gcj02, bd09"},
		{runRender, []string{"--basemap-crs", "bd09", "--out", out + ".png"}, "--basemap-crs: \"bd09\": Baidu's tiles (BD-09) are not cut on the web map grid"},
		{runWindow, []string{"--crs", "mercator"}, "--crs: unknown coordinate frame \"mercator\": want wgs84, gcj02, bd09"},
		{runWindow, []string{"--basemap-crs", "epsg3857"}, "--basemap-crs: unknown coordinate frame \"epsg3857\": want wgs84 or gcj02"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			err := c.run(c.args)
			if report("", err) != exitUsage || !strings.Contains(err.Error(), c.text) {
				t.Errorf("%v, want exit 2 saying %q", err, c.text)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written")
	}
}

// TestCheckFrame: check reads a file to import in the frame --crs names.
func TestCheckFrame(t *testing.T) {
	for _, frame := range []string{"", "gcj02", "bd09"} {
		if err := runCheck([]string{"--crs", frame, webmaps.Path(t, "amap-gcj02.csv")}); err != nil {
			t.Errorf("--crs %q: %v", frame, err)
		}
	}
}
