package data

import (
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/paulmach/orb"
)

// requireLayers fails tests over the embedded places when the layers
// folder holds no .geojson file: the map would have no places.
func requireLayers(t *testing.T) {
	t.Helper()
	if names, _ := fs.Glob(content, "layers/*.geojson"); len(names) == 0 {
		t.Fatal("data/layers holds no .geojson file: nothing to test, and no places on the map")
	}
}

// embeddedDataset loads the embedded data, failing the test on any problem.
func embeddedDataset(t *testing.T) *Dataset {
	t.Helper()
	ds, err := LoadEmbedded()
	for _, fe := range featureErrors(t, err, "") {
		t.Errorf("embedded data: %v", fe)
	}
	return ds
}

func TestEmbeddedBasemap(t *testing.T) {
	ds, err := LoadEmbedded()
	for _, fe := range featureErrors(t, err, embeddedPrefix+"basemap") {
		t.Errorf("basemap: %v", fe)
	}
	want := []struct{ code, zh, en string }{
		{"330203", "海曙区", "Haishu District"},
		{"330205", "江北区", "Jiangbei District"},
		{"330206", "北仑区", "Beilun District"},
		{"330211", "镇海区", "Zhenhai District"},
		{"330212", "鄞州区", "Yinzhou District"},
		{"330213", "奉化区", "Fenghua District"},
		{"330225", "象山县", "Xiangshan County"},
		{"330226", "宁海县", "Ninghai County"},
		{"330281", "余姚市", "Yuyao City"},
		{"330282", "慈溪市", "Cixi City"},
	}
	if len(ds.Districts) != len(want) {
		t.Fatalf("got %d districts, want %d", len(ds.Districts), len(want))
	}
	for i, w := range want {
		t.Run(w.code, func(t *testing.T) {
			d := ds.Districts[i]
			if d.Code != w.code || d.Name != (Text{w.zh, w.en}) {
				t.Errorf("district %d = %s %v, want %s %s %s", i, d.Code, d.Name, w.code, w.zh, w.en)
			}
			if !d.Contains(d.Label) {
				t.Errorf("label %v lies outside the district", d.Label)
			}
			b := d.Geometry.Bound()
			if !NingboBound.Contains(b.Min) || !NingboBound.Contains(b.Max) {
				t.Errorf("bound %v reaches outside NingboBound", b)
			}
			for _, p := range d.Geometry {
				if p[0].Orientation() != orb.CCW {
					t.Errorf("an outer ring is not counter-clockwise")
				}
				for _, h := range p[1:] {
					if h.Orientation() != orb.CW {
						t.Errorf("a hole is not clockwise")
					}
				}
			}
		})
	}
}

func TestEmbeddedLoadsCleanly(t *testing.T) {
	requireLayers(t)
	ds := embeddedDataset(t)
	// No feature may have been dropped.
	names, _ := fs.Glob(content, "layers/*.geojson")
	features := 0
	for _, n := range names {
		b, _ := content.ReadFile(n)
		var fc struct {
			Features []json.RawMessage `json:"features"`
		}
		if err := json.Unmarshal(b, &fc); err != nil {
			t.Errorf("%s: %v", n, err)
		}
		features += len(fc.Features)
	}
	loaded := len(ds.Sites)
	if ds.Overview != nil {
		loaded++
	}
	if loaded != features {
		t.Errorf("loaded %d places, the files hold %d features", loaded, features)
	}
	if ds.Overview == nil || ds.Overview.Tour != 0 {
		t.Errorf("want an overview card with tour 0, got %+v", ds.Overview)
	}
	for i, s := range ds.Sites {
		if s.Tour != i+1 {
			t.Errorf("place %d in tour order is %q with tour %d, want tours 1..%d without gaps",
				i+1, s.ID, s.Tour, len(ds.Sites))
		}
	}
}

func TestEmbeddedPlacesInsideDistricts(t *testing.T) {
	requireLayers(t)
	ds := embeddedDataset(t)
	for _, s := range allSites(ds) {
		t.Run(s.ID, func(t *testing.T) {
			if s.IsOverview() && s.District == CityCode {
				return
			}
			d := ds.DistrictOf(s.District)
			if d == nil {
				t.Fatalf("unknown district %q", s.District)
			}
			if !d.Contains(s.Point) {
				t.Errorf("%v lies outside %s (%s)", s.Point, d.Name.Zh, d.Code)
			}
		})
	}
}

func TestEmbeddedIDsUnique(t *testing.T) {
	requireLayers(t)
	ds := embeddedDataset(t)
	seen := map[string]string{}
	for _, s := range allSites(ds) {
		if f, dup := seen[s.ID]; dup {
			t.Errorf("id %q in %s and %s", s.ID, f, s.File)
		}
		seen[s.ID] = s.File
		if ds.Site(s.ID) != s {
			t.Errorf("Site(%q) does not return the place", s.ID)
		}
	}
	layers := map[string]bool{}
	for _, l := range ds.Layers {
		if layers[l.ID] {
			t.Errorf("layer id %q used twice", l.ID)
		}
		layers[l.ID] = true
	}
}

func TestEmbeddedStoriesBothLanguages(t *testing.T) {
	requireLayers(t)
	ds := embeddedDataset(t)
	for _, s := range allSites(ds) {
		t.Run(s.ID, func(t *testing.T) {
			if s.Name.Zh == "" || s.Name.En == "" {
				t.Errorf("name %+v lacks a language", s.Name)
			}
			if n := zhLength(s.Story.Zh); n < StoryMinZh || n > StoryMaxZh {
				t.Errorf("Chinese story has %d characters, want %d–%d", n, StoryMinZh, StoryMaxZh)
			}
			if n := enWords(s.Story.En); n < StoryMinWords || n > StoryMaxWords {
				t.Errorf("English story has %d words, want %d–%d", n, StoryMinWords, StoryMaxWords)
			}
			for _, ind := range s.Indicators {
				for _, l := range []Lang{Zh, En} {
					if f := ind.Format(l); f.Text == "" || f.Label == "" || f.Unit == "" && ind.Unit != UnitPercent {
						t.Errorf("indicator %s formats incompletely in %s: %+v", ind.Key, l, f)
					}
				}
			}
		})
	}
}

// allSites returns the places and the overview.
func allSites(ds *Dataset) []*Site {
	out := append([]*Site(nil), ds.Sites...)
	if ds.Overview != nil {
		out = append(out, ds.Overview)
	}
	return out
}
