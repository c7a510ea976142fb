package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fuzzLimit keeps fuzzed inputs small enough to run fast.
const fuzzLimit = 1 << 20

// addSeeds adds the test files matching patterns to the seed corpus (the
// committed corpus under testdata/fuzz/ holds the same and more).
func addSeeds(f *testing.F, patterns ...string) {
	for _, pattern := range patterns {
		files, _ := filepath.Glob(filepath.Join("testdata", pattern))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

// checkImport checks what every import must hold, whatever its input: no
// panic (the fuzzer reports those), a layer only with features that can be
// shown, an error whenever there is no layer, and every message naming the
// file.
func checkImport(t *testing.T, name string, data []byte) {
	l, err := Decode(name, bytes.NewReader(data), Options{MaxBytes: fuzzLimit})
	if l == nil && err == nil {
		t.Fatal("no layer and no error")
	}
	if l != nil {
		if len(l.Features) == 0 {
			t.Fatal("a layer without features")
		}
		for i, f := range l.Features {
			if cerr := checkGeometry(f.Geometry); cerr != nil {
				t.Fatalf("feature %d kept with a bad geometry: %v", i+1, cerr)
			}
			if f.Folder != "" && !slices.Contains(l.SubLayers, f.Folder) {
				t.Fatalf("feature %d folder %q not among the sub-layers %q", i+1, f.Folder, l.SubLayers)
			}
		}
	}
	if err == nil {
		return
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	for _, e := range errs {
		var ie *Error
		if !errors.As(e, &ie) || !strings.HasPrefix(ie.File, name) {
			t.Fatalf("problem not naming the file %q: %v", name, e)
		}
	}
}

func FuzzGeoJSON(f *testing.F) {
	addSeeds(f, "*.geojson", "*.json", "bad/*.geojson", "bad/*.json")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.geojson", data) })
}

func FuzzKML(f *testing.F) {
	addSeeds(f, "*.kml", "bad/*.kml")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.kml", data) })
}

// FuzzKMZ fuzzes archives (zipped false: data is the archive) and the
// document inside them (zipped true: data is zipped as doc.kml first).
func FuzzKMZ(f *testing.F) {
	for _, file := range []string{"testdata/places.kmz", "testdata/bad/truncated.kmz"} {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data, false)
		}
	}
	if data, err := os.ReadFile("testdata/folders.kml"); err == nil {
		f.Add(data, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, zipped bool) {
		if zipped {
			data = []byte(zipOf(map[string]string{"doc.kml": string(data)}))
		}
		checkImport(t, "fuzz.kmz", data)
	})
}

func FuzzGPX(f *testing.F) {
	addSeeds(f, "*.gpx", "bad/*.gpx")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.gpx", data) })
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "*.csv", "*.txt", "bad/*.csv")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.csv", data) })
}

// FuzzSniff feeds any content under a name without a known extension.
func FuzzSniff(f *testing.F) {
	addSeeds(f, "*.*", "bad/*")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.dat", data) })
}
