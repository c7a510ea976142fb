package data

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// featureErrors unwraps a joined error into its *FeatureError values whose
// file starts with prefix ("" for all).
func featureErrors(t *testing.T, err error, prefix string) []*FeatureError {
	t.Helper()
	if err == nil {
		return nil
	}
	var list []error
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		list = u.Unwrap()
	} else {
		list = []error{err}
	}
	var out []*FeatureError
	for _, e := range list {
		var fe *FeatureError
		if !errors.As(e, &fe) {
			t.Errorf("error %v (%T) is not a *FeatureError", e, e)
			continue
		}
		if strings.HasPrefix(filepath.ToSlash(fe.File), prefix) {
			out = append(out, fe)
		}
	}
	return out
}

func TestLoadDirGood(t *testing.T) {
	base, _ := LoadEmbedded()
	ds, err := LoadDir("testdata/good")
	for _, fe := range featureErrors(t, err, "testdata/") {
		t.Errorf("unexpected problem: %v", fe)
	}
	if ds == nil {
		t.Fatal("LoadDir returned a nil Dataset")
	}
	if got, want := len(ds.Sites), len(base.Sites)+2; got != want {
		t.Errorf("got %d places, want %d (embedded plus 2)", got, want)
	}
	l := ds.Layer("test-extra")
	if l == nil {
		t.Fatal("layer test-extra not loaded")
	}
	tests := []struct {
		id, district, layer string
		tour                int
		photo               bool
		indicators          int
	}{
		{"test-two", "330225", "test-extra", 101, true, 0},
		{"test-one", "330213", "test-extra", 102, false, 2},
	}
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s := ds.Site(tt.id)
			if s == nil {
				t.Fatalf("Site(%q) = nil", tt.id)
			}
			if l.Sites[i] != s {
				t.Errorf("layer position %d holds %q, want %q (tour order)", i, l.Sites[i].ID, tt.id)
			}
			if s.District != tt.district || s.Layer != tt.layer || s.Tour != tt.tour {
				t.Errorf("got district %s layer %s tour %d, want %s %s %d",
					s.District, s.Layer, s.Tour, tt.district, tt.layer, tt.tour)
			}
			if (s.Source.Photo != nil) != tt.photo {
				t.Errorf("photo present = %v, want %v", s.Source.Photo != nil, tt.photo)
			}
			if len(s.Indicators) != tt.indicators {
				t.Errorf("got %d indicators, want %d", len(s.Indicators), tt.indicators)
			}
			if d := ds.DistrictOf(s.District); d == nil || !d.Contains(s.Point) {
				t.Errorf("point %v is not inside district %s", s.Point, s.District)
			}
		})
	}
	if got := ds.Site("test-one").Indicators[0].Format(Zh).Text; got != "130.60亿元" {
		t.Errorf("first indicator of test-one formats as %q, want 130.60亿元", got)
	}
}

func TestLoadDirReplacesLayer(t *testing.T) {
	base, _ := LoadEmbedded()
	old := base.Layer("service")
	if old == nil {
		t.Fatal("no embedded service layer to replace: testdata/replace needs one")
	}
	ds, err := LoadDir("testdata/replace")
	for _, fe := range featureErrors(t, err, "testdata/") {
		t.Errorf("unexpected problem: %v", fe)
	}
	l := ds.Layer("service")
	if l == nil || l.File != filepath.Join("testdata", "replace", "service.geojson") {
		t.Fatalf("service layer = %v, want the one from testdata/replace", l)
	}
	if len(l.Sites) != 1 || l.Sites[0].ID != "test-service" {
		t.Errorf("service layer holds %d places, want only test-service", len(l.Sites))
	}
	for _, s := range old.Sites {
		if ds.Site(s.ID) != nil {
			t.Errorf("place %q of the replaced layer is still loaded", s.ID)
		}
	}
	if got, want := len(ds.Layers), len(base.Layers); got != want {
		t.Errorf("got %d layers, want %d", got, want)
	}
}

func TestLoadDirMissing(t *testing.T) {
	ds, err := LoadDir("testdata/no-such-folder")
	if ds == nil || ds.DistrictOf("330213") == nil {
		t.Fatal("LoadDir of a missing folder must still return the embedded data")
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap fs.ErrNotExist", err)
	}
}

// brokenProblems are problems the broken fixtures must report; the golden
// file holds the exact wording of all of them.
var brokenProblems = []struct {
	file  string
	index int
	id    string
	field string
	kind  error
}{
	{"malformed.geojson", 0, "", "layer", ErrMissing},
	{"malformed.geojson", 2, "test-m-bad", "geometry", ErrInvalid},
	{"malformed.geojson", 3, "test-m-circle", "geometry", ErrInvalid},
	{"semantic.geojson", 0, "", "layer.name", ErrMissing},
	{"semantic.geojson", 2, "test-faults", "indicators[1].unit", ErrUnknown},
	{"semantic.geojson", 2, "test-faults", "indicators[2].key", ErrDuplicate},
	{"semantic.geojson", 2, "test-faults", "indicators[2].counter", ErrMissing},
	{"semantic.geojson", 2, "test-faults", "indicators[2].qualifier", ErrUnknown},
	{"semantic.geojson", 2, "test-faults", "story", ErrMissing},
	{"semantic.geojson", 3, "test-far", "geometry", ErrOutside},
	{"semantic.geojson", 4, "test-wrong-district", "district", ErrOutside},
	{"semantic.geojson", 4, "test-wrong-district", "tour", ErrDuplicate},
	{"semantic.geojson", 5, "test-ok", "id", ErrDuplicate},
	{"semantic.geojson", 6, "test-line", "geometry", ErrInvalid},
	{"semantic.geojson", 7, "test-types", "tour", ErrInvalid},
	{"semantic.geojson", 7, "test-types", "stroy", ErrUnknown},
	{"semantic.geojson", 7, "test-types", "precision", ErrUnknown},
	{"semantic.geojson", 7, "test-types", "story.zh", ErrLength},
	{"semantic.geojson", 7, "test-types", "story.en", ErrLength},
	{"semantic.geojson", 8, "", "id", ErrMissing},
}

func TestLoadDirBroken(t *testing.T) {
	ds, err := LoadDir("testdata/broken")
	got := featureErrors(t, err, "testdata/broken/")
	for _, want := range brokenProblems {
		name := want.file + "/" + want.id + "/" + want.field
		t.Run(name, func(t *testing.T) {
			for _, fe := range got {
				if filepath.Base(fe.File) == want.file && fe.Index == want.index &&
					fe.ID == want.id && fe.Field == want.field {
					if !errors.Is(fe, want.kind) {
						t.Errorf("%v: does not wrap %v", fe, want.kind)
					}
					return
				}
			}
			t.Errorf("no problem reported for feature %d field %s", want.index, want.field)
		})
	}
	if len(got) != len(brokenProblems) {
		t.Errorf("got %d problems, want %d", len(got), len(brokenProblems))
	}

	loads := map[string]bool{
		"test-ok": true, "test-faults": true, "test-wrong-district": true, "test-types": true, "test-m-ok": true,
		"test-far": false, "test-line": false, "test-m-bad": false, "test-m-circle": false,
	}
	for id, want := range loads {
		if got := ds.Site(id) != nil; got != want {
			t.Errorf("Site(%q) loaded = %v, want %v", id, got, want)
		}
	}
	if s := ds.Site("test-ok"); s == nil || s.Tour != 301 || s.Index != 1 {
		t.Errorf("test-ok should be the first feature with tour 301, got %+v", s)
	}
	if l := ds.Layer("malformed"); l == nil || len(l.Sites) != 1 {
		t.Errorf("a file without a layer id should load as layer %q with its good place", "malformed")
	}

	var b strings.Builder
	for _, fe := range got {
		b.WriteString(filepath.ToSlash(fe.Error()))
		b.WriteByte('\n')
	}
	golden(t, "testdata/broken.golden", b.String())
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name     string
		paths    []string
		problems int // in files under testdata/
		notFound bool
	}{
		{"good folder", []string{"testdata/good"}, 0, false},
		{"good file", []string{"testdata/good/extra.geojson"}, 0, false},
		{"good and replace", []string{"testdata/good", "testdata/replace/service.geojson"}, 0, false},
		{"broken folder", []string{"testdata/broken"}, len(brokenProblems), false},
		{"missing file", []string{"testdata/nothing.geojson"}, 1, true},
		{"folder without layers", []string{"testdata/fuzz"}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.paths...)
			got := featureErrors(t, err, "testdata/")
			if len(got) != tt.problems {
				t.Errorf("Check(%v) reported %d problems in the fixtures, want %d: %v", tt.paths, len(got), tt.problems, err)
			}
			if tt.notFound && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Check(%v) = %v, want fs.ErrNotExist", tt.paths, err)
			}
		})
	}
	if err := Check("testdata/fuzz"); !errors.Is(err, ErrMissing) {
		t.Errorf("Check of a folder with no .geojson = %v, want ErrMissing", err)
	}
}

func TestFeatureErrorString(t *testing.T) {
	problem := errors.New("problem")
	tests := []struct {
		name string
		err  *FeatureError
		want string
	}{
		{"full", &FeatureError{File: "a.geojson", Index: 3, ID: "tengtou", Field: "story.zh", Err: problem},
			"a.geojson: feature 3 (tengtou): story.zh: problem"},
		{"no id", &FeatureError{File: "a.geojson", Index: 3, Field: "id", Err: problem},
			"a.geojson: feature 3: id: problem"},
		{"no field", &FeatureError{File: "a.geojson", Index: 1, ID: "x", Err: problem},
			"a.geojson: feature 1 (x): problem"},
		{"whole file", &FeatureError{File: "a.geojson", Field: "layer.id", Err: problem},
			"a.geojson: layer.id: problem"},
		{"no error", &FeatureError{File: "a.geojson"}, "a.geojson: unspecified problem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
	if fe := (&FeatureError{Err: problem}); !errors.Is(fe, problem) {
		t.Error("FeatureError does not unwrap to its Err")
	}
}

// golden compares got with the file at path, rewriting it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
