// Package webmaps reads the web-map test data in importer/testdata/webmaps: ten places
// of Ningbo in WGS 84 (places-wgs84.csv) and as AMap (GCJ-02) and Baidu (BD-09) export
// them (its README.md says where they come from). It is for tests only.
package webmaps

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/paulmach/orb"
)

// Path is the file name of the test data, found from the test's working folder (its
// package's folder) up to the module's root, the folder holding go.mod.
func Path(t testing.TB, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "importer", "testdata", "webmaps", name)
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("webmaps: no go.mod above the working folder")
		}
		dir = up
	}
}

// Truth reads places-wgs84.csv: name → WGS 84 position. A row whose position does not
// parse fails the test.
func Truth(t testing.TB) map[string]orb.Point {
	t.Helper()
	f, err := os.Open(Path(t, "places-wgs84.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]orb.Point{}
	for _, r := range rows[1:] {
		lon, err1 := strconv.ParseFloat(r[2], 64)
		lat, err2 := strconv.ParseFloat(r[3], 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("places-wgs84.csv: %v", r)
		}
		out[r[0]] = orb.Point{lon, lat}
	}
	return out
}
