package importer

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"ningbomap/crs"
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
// file. The input's length picks the frame it is read in, so that the
// conversions are fuzzed too.
func checkImport(t *testing.T, name string, data []byte) {
	frames := crs.Frames()
	l, err := Decode(name, bytes.NewReader(data), Options{MaxBytes: fuzzLimit, CRS: frames[len(data)%len(frames)]})
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
			if rerr := rfc7946(f.Geometry); rerr != nil {
				t.Fatalf("feature %d kept with geometry that is not valid GeoJSON: %v", i+1, rerr)
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
	addSeeds(f, "*.geojson", "*.json", "bad/*.geojson", "bad/*.json", "corpus/*.geojson")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.geojson", data) })
}

func FuzzKML(f *testing.F) {
	addSeeds(f, "*.kml", "bad/*.kml", "corpus/*.kml", "enc/*.kml")
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
	addSeeds(f, "*.gpx", "bad/*.gpx", "corpus/*.gpx", "enc/*.gpx")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.gpx", data) })
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "*.csv", "*.txt", "bad/*.csv", "enc/*.csv")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.csv", data) })
}

// FuzzSniff feeds any content under a name without a known extension.
func FuzzSniff(f *testing.F) {
	addSeeds(f, "*.*", "bad/*")
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.dat", data) })
}

// rfc7946 returns why g is not valid GeoJSON geometry (RFC 7946, 3.1):
// lines of fewer than two positions, rings of fewer than four or not
// closed; nil when it is valid. An oracle for repair, written apart from it.
func rfc7946(g orb.Geometry) error {
	line := func(ls orb.LineString) error {
		if len(ls) < 2 {
			return fmt.Errorf("a line of %d positions", len(ls))
		}
		return nil
	}
	poly := func(p orb.Polygon) error {
		for _, r := range p {
			if len(r) < 4 || r[0] != r[len(r)-1] {
				return fmt.Errorf("a ring of %d positions, closed %v", len(r), len(r) > 0 && r[0] == r[len(r)-1])
			}
		}
		return nil
	}
	switch g := g.(type) {
	case orb.LineString:
		return line(g)
	case orb.MultiLineString:
		for _, ls := range g {
			if err := line(ls); err != nil {
				return err
			}
		}
	case orb.Polygon:
		return poly(g)
	case orb.MultiPolygon:
		for _, p := range g {
			if err := poly(p); err != nil {
				return err
			}
		}
	case orb.Collection:
		for _, c := range g {
			if err := rfc7946(c); err != nil {
				return err
			}
		}
	case orb.Ring:
		return poly(orb.Polygon{g})
	}
	return nil
}

// FuzzDetect checks the encoding detector: whatever the bytes, the text
// it returns is valid UTF-8 and is what decoding the input in the encoding
// it names gives; valid UTF-8 without zero bytes is returned as it is; and
// a refusal wraps ErrEncoding.
func FuzzDetect(f *testing.F) {
	addSeeds(f, "enc/*", "*.csv", "*.kml", "bad/*.kml")
	for _, s := range []string{"Cr\xe8me Z\xfcrich", "\xc4\xfe\xb2\xa8", "\xb9\xe7\xaa\x69", "\xb0\xa1", "a\x00b\x00", "\x00a\x00b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, enc, err := detectText(data)
		if err != nil {
			if !errors.Is(err, ErrEncoding) {
				t.Fatalf("refusal not wrapping ErrEncoding: %v", err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("%s text is not UTF-8: %q", enc.name, out)
		}
		if again, _ := decodeAs(data, enc.name); !bytes.Equal(again, out) {
			t.Fatalf("decoding as %s gives %q, the detector %q", enc.name, again, out)
		}
		if _, err := ParseEncoding(enc.name); err != nil || enc.name == "" {
			t.Fatalf("detected encoding %q is not a choice", enc.name)
		}
		plain := utf8.Valid(data) && !bytes.HasPrefix(data, utf8BOM) && bytes.IndexByte(data, 0) < 0
		if plain && (enc.name != EncodingUTF8 || !bytes.Equal(out, data)) {
			t.Fatalf("valid UTF-8 read as %s: %q", enc.name, out)
		}
		for _, other := range strings.Split(enc.ambiguous, " and ") {
			if other != "" && (other == enc.name || !slices.Contains(candidates, other)) {
				t.Fatalf("ambiguous with %q, reading %s", other, enc.name)
			}
		}
	})
}
