package data

import (
	"bytes"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWriteLayerGolden: the layer writer writes each layer byte for byte as the files
// under testdata/write/*.golden, which were written by the writer the editor used before
// it moved into this package: a layer saved again without a change is the same file.
// full.geojson has every optional member (short name, photos, a source title, decimals,
// share, rank, Chinese numerals).
func TestWriteLayerGolden(t *testing.T) {
	emb, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	extra, _ := LoadDir("testdata/write") // its photo file is missing; that does not matter here
	layers := append([]*Layer(nil), emb.Layers...)
	layers = append(layers, extra.Layer("test-extra"))
	for _, l := range layers {
		name := strings.TrimSuffix(filepath.Base(l.File), ".geojson")
		t.Run(name, func(t *testing.T) {
			b, err := EncodeLayer(l)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "write", name+".golden"), string(b))
		})
	}
}

// TestWriteLayerRoundTrip: a written layer loads back as the same places.
func TestWriteLayerRoundTrip(t *testing.T) {
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	var files []File
	for _, l := range ds.Layers {
		b, err := EncodeLayer(l)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: l.ID + ".geojson", Data: b})
	}
	back, err := LoadFiles(files...)
	if err != nil {
		t.Fatalf("the written layers do not load: %v", err)
	}
	for _, s := range append([]*Site{ds.Overview}, ds.Sites...) {
		got := back.Site(s.ID)
		if got == nil {
			t.Fatalf("%s missing", s.ID)
		}
		g, w := *got, *s
		g.File, g.Index, w.File, w.Index = "", 0, "", 0
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s changed:\n got %+v\nwant %+v", s.ID, g, w)
		}
	}
}

// TestWriteLayerRefusesNaN: a value JSON cannot hold is an error naming the place, not
// a file that does not load.
func TestWriteLayerRefusesNaN(t *testing.T) {
	ds, _ := LoadEmbedded()
	l := *ds.Layer("revitalisation")
	s := *l.Sites[0]
	s.Indicators = []Indicator{{Key: "k", Label: Text{Zh: "数", En: "n"}, Value: math.NaN(), Unit: UnitPeople}}
	l.Sites = []*Site{&s}
	var b bytes.Buffer
	err := WriteLayer(&b, &l)
	if err == nil || !strings.Contains(err.Error(), "feature 1 ("+s.ID+")") {
		t.Errorf("WriteLayer: %v, want an error naming feature 1 (%s)", err, s.ID)
	}
}
