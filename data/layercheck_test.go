package data

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// checkFolder copies testdata/write/full.geojson (a layer using every optional member)
// into a temporary folder with its photo, and a photo over budget.PhotoFile, and
// returns the layer file's name there.
func checkFolder(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/write/full.geojson")
	if err != nil {
		t.Fatal(err)
	}
	dir := photoFolder(t, nil, map[string]string{"photos/test-one-1.jpg": "jpeg", "photos/big.jpg": "huge"})
	name := filepath.Join(dir, "full.geojson")
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// problemLines are the problems of err, one line each, sorted.
func problemLines(err error) []string {
	var out []string
	for _, e := range unjoin(err) {
		out = append(out, e.Error())
	}
	slices.Sort(out)
	return out
}

// TestCheckLayerAsRead: CheckLayer finds in a layer held in memory exactly the problems
// that loading finds in the file WriteLayer writes for it, worded the same, for every
// problem a layer or a place can have; the ones an editor's form words in Chinese keep
// their types (LangError, LengthError, FormatError, ErrMissing).
func TestCheckLayerAsRead(t *testing.T) {
	emb, _ := LoadEmbedded()
	districts := emb.Districts
	name := checkFolder(t)
	raw, _ := os.ReadFile(name)
	read := func(t *testing.T) *Layer {
		l, err := ReadLayer(File{Name: name, Data: raw}, districts)
		if err != nil || l == nil {
			t.Fatalf("the fixture has problems: %v", err)
		}
		return l
	}
	site := func(l *Layer) *Site {
		for _, s := range l.Sites {
			if s.ID == "test-one" {
				return s
			}
		}
		panic("no test-one")
	}
	lang := func(err error) bool { var e *LangError; return errors.As(err, &e) }
	length := func(err error) bool { var e *LengthError; return errors.As(err, &e) }
	format := func(err error) bool { var e *FormatError; return errors.As(err, &e) }
	missing := func(err error) bool { return err == ErrMissing }
	tests := []struct {
		name  string
		edit  func(l *Layer, s *Site)
		field string
		is    func(error) bool // the problem's type, when the form relies on it
	}{
		{"layer id missing", func(l *Layer, s *Site) { l.ID = "" }, "layer.id", missing},
		{"layer id invalid", func(l *Layer, s *Site) { l.ID = "Test Layer" }, "layer.id", nil},
		{"layer theme missing", func(l *Layer, s *Site) { l.Theme = "" }, "layer.theme", missing},
		{"layer theme unknown", func(l *Layer, s *Site) { l.Theme = "sports" }, "layer.theme", nil},
		{"layer name without English", func(l *Layer, s *Site) { l.Name.En = "" }, "layer.name", lang},
		{"no id", func(l *Layer, s *Site) { s.ID = "" }, "id", nil},
		{"bad id", func(l *Layer, s *Site) { s.ID = "Test One" }, "id", nil},
		{"name without Chinese", func(l *Layer, s *Site) { s.Name.Zh = " " }, "name", lang},
		{"name blank", func(l *Layer, s *Site) { s.Name = Text{} }, "name", lang},
		{"short without English", func(l *Layer, s *Site) { s.Short.En = "" }, "short", lang},
		{"short too long", func(l *Layer, s *Site) { s.Short.Zh = "很长很长很长很长的短名" }, "short", nil},
		{"no admin", func(l *Layer, s *Site) { s.Admin = nil }, "admin", nil},
		{"admin step without English", func(l *Layer, s *Site) { s.Admin = []Text{{Zh: "奉化区"}} }, "admin[1]", lang},
		{"no district", func(l *Layer, s *Site) { s.District = "" }, "district", missing},
		{"unknown district", func(l *Layer, s *Site) { s.District = "999999" }, "district", nil},
		{"outside its district", func(l *Layer, s *Site) { s.District = "330212" }, "district", nil},
		{"at sea", func(l *Layer, s *Site) { s.Point = orb.Point{122.35, 28.9} }, "district", nil},
		{"outside Ningbo", func(l *Layer, s *Site) { s.Point = orb.Point{116.4, 39.9} }, "geometry", nil},
		{"no precision", func(l *Layer, s *Site) { s.Precision = "" }, "precision", nil},
		{"unknown precision", func(l *Layer, s *Site) { s.Precision = "exact" }, "precision", nil},
		{"no coordinate source", func(l *Layer, s *Site) { s.CoordSource = "" }, "coord_source", missing},
		{"unknown theme", func(l *Layer, s *Site) { s.Theme = "sports" }, "theme", nil},
		{"no theme takes the layer's", func(l *Layer, s *Site) { s.Theme = ""; s.Tour = 0 }, "tour", nil},
		{"overview with a tour number", func(l *Layer, s *Site) { s.Theme = ThemeOverview }, "tour", nil},
		{"tour 0", func(l *Layer, s *Site) { s.Tour = 0 }, "tour", nil},
		{"story without English", func(l *Layer, s *Site) { s.Story.En = "" }, "story", lang},
		{"short Chinese story", func(l *Layer, s *Site) { s.Story.Zh = "太短" }, "story.zh", length},
		{"long English story", func(l *Layer, s *Site) { s.Story.En = strings.Repeat("word ", 200) }, "story.en", length},
		{"honour without Chinese", func(l *Layer, s *Site) { s.Honours = []Text{{En: "An honour"}} }, "honours[1]", lang},
		{"bad date", func(l *Layer, s *Site) { s.Source.Date = "July" }, "source.date", format},
		{"title without English", func(l *Layer, s *Site) { s.Source.Title = &Text{Zh: "《宁波日报》"} }, "source.title", lang},
		{"photo caption without Chinese", func(l *Layer, s *Site) { s.Source.Photo = &Text{En: "A gate"} }, "source.photo", lang},
		{"figure without key", func(l *Layer, s *Site) { s.Indicators[0].Key = "" }, "indicators[1].key", missing},
		{"figure key invalid", func(l *Layer, s *Site) { s.Indicators[0].Key = "Gross Output" }, "indicators[1].key", nil},
		{"figure key twice", func(l *Layer, s *Site) { s.Indicators[1].Key = s.Indicators[0].Key }, "indicators[2].key", nil},
		{"figure without label", func(l *Layer, s *Site) { s.Indicators[0].Label = Text{} }, "indicators[1].label", missing},
		{"label without English", func(l *Layer, s *Site) { s.Indicators[0].Label.En = "" }, "indicators[1].label", lang},
		{"negative value", func(l *Layer, s *Site) { s.Indicators[0].Value = -5 }, "indicators[1].value", nil},
		{"no unit", func(l *Layer, s *Site) { s.Indicators[0].Unit = "" }, "indicators[1].unit", missing},
		{"unknown unit", func(l *Layer, s *Site) { s.Indicators[0].Unit = "furlongs" }, "indicators[1].unit", nil},
		{"count without counter", func(l *Layer, s *Site) { s.Indicators[0].Unit = UnitCount }, "indicators[1].counter", nil},
		{"counter without English", func(l *Layer, s *Site) { s.Indicators[2].Counter.En = "" }, "indicators[3].counter", lang},
		{"unknown numerals", func(l *Layer, s *Site) { s.Indicators[0].Numerals = "roman" }, "indicators[1].numerals", nil},
		{"too large for numerals", func(l *Layer, s *Site) { s.Indicators[0].Numerals = NumeralsHanzi }, "indicators[1].numerals", nil},
		{"decimals", func(l *Layer, s *Site) { s.Indicators[0].Decimals = new(9) }, "indicators[1].decimals", nil},
		{"unknown qualifier", func(l *Layer, s *Site) { s.Indicators[0].Qualifier = "about" }, "indicators[1].qualifier", nil},
		{"share of 0", func(l *Layer, s *Site) { s.Indicators[1].Share.Value = 0 }, "indicators[2].share.value", nil},
		{"unknown share qualifier", func(l *Layer, s *Site) { s.Indicators[1].Share.Qualifier = "x" }, "indicators[2].share.qualifier", nil},
		{"unknown rank scope", func(l *Layer, s *Site) { s.Indicators[0].Rank.Scope = "world" }, "indicators[1].rank.scope", nil},
		{"rank 0", func(l *Layer, s *Site) { s.Indicators[0].Rank.Position = 0 }, "indicators[1].rank.position", nil},
		{"photo caption without English", func(l *Layer, s *Site) { s.Photos[0].Caption.En = "" }, "photos[1].caption", lang},
		{"photo without caption", func(l *Layer, s *Site) { s.Photos[0].Caption = Text{} }, "photos[1].caption", lang},
		{"photo without credit", func(l *Layer, s *Site) { s.Photos[0].Credit = " " }, "photos[1].credit", nil},
		{"photo without file", func(l *Layer, s *Site) { s.Photos[0].File = "" }, "photos[1].file", missing},
		{"photo outside the folder", func(l *Layer, s *Site) { s.Photos[0].File = "../x.jpg" }, "photos[1].file", nil},
		{"photo file missing", func(l *Layer, s *Site) { s.Photos[0].File = "photos/none.jpg" }, "photos[1].file", nil},
		{"photo too large", func(l *Layer, s *Site) { s.Photos[0].File = "photos/big.jpg" }, "photos[1].file", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := read(t)
			tt.edit(l, site(l))
			got := CheckLayer(l, districts)
			b, err := EncodeLayer(l)
			if err != nil {
				t.Fatal(err)
			}
			_, want := ReadLayer(File{Name: l.File, Data: b}, districts)
			if g, w := problemLines(got), problemLines(want); !slices.Equal(g, w) {
				t.Fatalf("in memory:\n  %s\nread back:\n  %s", strings.Join(g, "\n  "), strings.Join(w, "\n  "))
			}
			var found error
			for _, e := range unjoin(got) {
				if fe := e.(*FeatureError); fe.Field == tt.field {
					found = fe.Err
					break
				}
			}
			if found == nil {
				t.Fatalf("no problem at %s: %v", tt.field, got)
			}
			if tt.is != nil && !tt.is(found) {
				t.Errorf("%s: %v (%T), not of the type the form words", tt.field, found, found)
			}
		})
	}
	if err := CheckLayer(read(t), districts); err != nil {
		t.Errorf("the fixture as read: %v", err)
	}
}

// TestWithLayersAsLoaded: WithLayers finds across layers held in memory what loading
// finds across their files: an id or a tour number used twice, a second overview card,
// none; with CheckLayer on each layer, the problems are exactly loading's.
func TestWithLayersAsLoaded(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(ds *Dataset)
		field string
	}{
		{"id twice", func(ds *Dataset) { ds.Site("gaoni").ID = "tengtou" }, "id"},
		{"tour number twice", func(ds *Dataset) { ds.Site("gaoni").Tour = ds.Site("tengtou").Tour }, "tour"},
		{"second overview", func(ds *Dataset) {
			s := ds.Site("gaoni")
			s.Theme, s.Tour, s.District = ThemeOverview, 0, CityCode
		}, "theme"},
		{"no overview", func(ds *Dataset) {
			for _, l := range ds.Layers {
				l.Sites = slices.DeleteFunc(l.Sites, func(s *Site) bool { return s.IsOverview() })
			}
		}, "overview"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := LoadEmbedded()
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(ds)
			var files []File
			var errs []error
			for _, l := range ds.Layers {
				for i, s := range l.Sites {
					s.Index = i + 1 // as the file about to be written numbers them
				}
				b, err := EncodeLayer(l)
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, File{Name: l.File, Data: b})
				errs = append(errs, CheckLayer(l, ds.Districts))
			}
			_, across := ds.WithLayers(ds.Layers)
			got := errors.Join(append(errs, across)...)
			_, want := LoadFiles(files...)
			if g, w := problemLines(got), problemLines(want); !slices.Equal(g, w) {
				t.Fatalf("in memory:\n  %s\nloaded:\n  %s", strings.Join(g, "\n  "), strings.Join(w, "\n  "))
			}
			found := false
			for _, e := range unjoin(across) {
				found = found || e.(*FeatureError).Field == tt.field
			}
			if !found {
				t.Errorf("no problem at %s across layers: %v", tt.field, across)
			}
		})
	}
}

// TestWithLayersLeavesLayers: WithLayers changes neither the layers it is given nor
// their places, even when it leaves a place out of the Dataset.
func TestWithLayersLeavesLayers(t *testing.T) {
	ds, _ := LoadEmbedded()
	ds.Site("gaoni").ID = "tengtou"
	layers := ds.Layers
	before := make([][]*Site, len(layers))
	for i, l := range layers {
		before[i] = slices.Clone(l.Sites)
	}
	got, err := ds.WithLayers(layers)
	if err == nil {
		t.Fatal("an id used twice passed")
	}
	for i, l := range layers {
		if !slices.Equal(l.Sites, before[i]) {
			t.Errorf("layer %s changed", l.ID)
		}
	}
	if n := len(got.Sites); n != len(ds.Sites)-1 {
		t.Errorf("%d places, want %d (the second tengtou left out)", n, len(ds.Sites)-1)
	}
}
