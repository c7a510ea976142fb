package data

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

// FuzzLoadLayer feeds arbitrary bytes to the layer parser. It must never
// panic, every problem must be a *FeatureError naming the file, and every
// place it lets through must be usable: an id, a finite point inside
// Ningbo, figures that format; and the checks of the layer held in memory
// (CheckLayer) find what reading it back once written finds.
//
// The seeds are the committed corpus in testdata/fuzz/FuzzLoadLayer: small
// compact layers (the fixtures cut down to a few features), because the
// fuzzer spends up to a minute minimising each new input and large seeds
// leave it little time to fuzz.
func FuzzLoadLayer(f *testing.F) {
	districts, errs := embeddedDistricts()
	if len(errs) > 0 {
		f.Fatal(errors.Join(errs...))
	}

	f.Fuzz(func(t *testing.T, b []byte) {
		const file = "fuzz.geojson"
		p := parseLayer(file, b, districts)
		for _, err := range p.errs {
			var fe *FeatureError
			if !errors.As(err, &fe) || fe.File != file || fe.Index < 0 {
				t.Fatalf("problem %v (%T) is not a *FeatureError on %s", err, err, file)
			}
			if fe.Error() == "" {
				t.Fatal("empty error text")
			}
		}
		if p.layer == nil {
			return
		}
		if p.layer.ID == "" {
			t.Fatal("layer loaded without an id")
		}
		for _, s := range p.layer.Sites {
			if s.ID == "" {
				t.Fatalf("feature %d loaded without an id", s.Index)
			}
			if math.IsNaN(s.Point[0]) || math.IsNaN(s.Point[1]) || !NingboBound.Contains(s.Point) {
				t.Fatalf("place %q loaded at %v", s.ID, s.Point)
			}
			for _, ind := range s.Indicators {
				_ = ind.Format(Zh)
				_ = ind.Format(En)
			}
		}
		// The checks of a layer held in memory find what reading it back finds.
		b, err := EncodeLayer(p.layer)
		if err != nil {
			t.Fatalf("a layer as read does not write: %v", err)
		}
		_, back := ReadLayer(File{Name: file, Data: b}, districts)
		if got, want := problemLines(CheckLayer(p.layer, districts)), problemLines(back); !slices.Equal(got, want) {
			t.Fatalf("in memory:\n%s\nread back:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		ds, _ := (&Dataset{Districts: districts}).WithLayers([]*Layer{p.layer})
		for _, s := range ds.Sites {
			if ds.Site(s.ID) != s {
				t.Fatalf("Site(%q) does not find the place", s.ID)
			}
		}
	})
}
