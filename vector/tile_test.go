package vector

import (
	"errors"
	"image"
	"image/color"
	"maps"
	"slices"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
)

// synth builds a tile with orb's MVT encoder from features in tile
// coordinates (extent 4096), and decodes it as a file's tile would be.
type synth map[string]*geojson.FeatureCollection

func (s synth) add(layer string, g orb.Geometry, props geojson.Properties) synth {
	if s[layer] == nil {
		s[layer] = geojson.NewFeatureCollection()
	}
	f := geojson.NewFeature(g)
	f.Properties = props
	s[layer].Append(f)
	return s
}

func (s synth) layers(tb testing.TB) mvt.Layers {
	tb.Helper()
	ls, err := mvt.Unmarshal(s.raw(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return ls
}

// raw encodes the tile, its layers in a stable order.
func (s synth) raw(tb testing.TB) []byte {
	tb.Helper()
	var ls mvt.Layers
	for _, name := range slices.Sorted(maps.Keys(s)) {
		ls = append(ls, mvt.NewLayer(name, s[name]))
	}
	raw, err := mvt.Marshal(ls)
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// line is a line string in tile coordinates.
func line(xy ...float64) orb.LineString {
	var l orb.LineString
	for i := 0; i+1 < len(xy); i += 2 {
		l = append(l, orb.Point{xy[i], xy[i+1]})
	}
	return l
}

// nrgba is the colour of a pixel of an opaque image.
func nrgba(img *image.RGBA, x, y int) color.NRGBA {
	c := img.RGBAAt(x, y)
	return color.NRGBA{c.R, c.G, c.B, c.A}
}

// TestLevels checks the order of roads on their levels: a motorway on the
// ground runs over a tunnel, a bridge runs over the motorway with its
// casing, and tunnels are drawn muted.
func TestLevels(t *testing.T) {
	id := maptile.New(27428, 13553, 15)
	for _, schema := range []Schema{OpenMapTiles, Protomaps} {
		t.Run(schema.String(), func(t *testing.T) {
			s := synth{}
			road := func(class string, x float64, level string) {
				props := geojson.Properties{"class": class, "brunnel": level}
				if schema == Protomaps {
					props = geojson.Properties{"kind": map[string]string{"motorway": "highway", "minor": "minor_road"}[class]}
					if level != "" {
						props["is_"+level] = true
					}
				}
				layer := map[Schema]string{OpenMapTiles: "transportation", Protomaps: "roads"}[schema]
				if class == "motorway" {
					s.add(layer, line(0, 2048, 4096, 2048), props)
				} else {
					s.add(layer, line(x, 0, x, 4096), props)
				}
			}
			road("motorway", 0, "")
			road("minor", 1024, "tunnel")
			road("minor", 3072, "bridge")
			tile := Prepare(s.layers(t), schema, id)
			img := image.NewRGBA(image.Rect(0, 0, 256, 256))
			var d Drawer
			if err := d.Draw(img, tile, id, 1); err != nil {
				t.Fatal(err)
			}
			z15 := roadStyles[rcMinor]
			mw := roadStyles[rcMotorway]
			for _, c := range []struct {
				what string
				x, y int
				want color.NRGBA
			}{
				{"the motorway over the tunnel", 64, 128, mw.fill},
				{"the tunnel away from the motorway", 64, 40, tunnelFill},
				{"the bridge over the motorway", 192, 128, z15.fill},
				{"the motorway's casing under the bridge", 192, 124, z15.fill},
				{"the motorway away from the roads", 128, 128, mw.fill},
			} {
				if got := nrgba(img, c.x, c.y); !near(got, c.want) {
					t.Errorf("%s (%d,%d): %v, want %v", c.what, c.x, c.y, got, c.want)
				}
			}
			// The bridge's casing (under a pixel wide) darkens the motorway
			// beside the bridge's fill.
			if got, fill := nrgba(img, 194, 128), mw.fill; int(got.R)+int(got.G)+int(got.B) > int(fill.R)+int(fill.G)+int(fill.B)-20 {
				t.Errorf("beside the bridge: %v, want the bridge's casing over the motorway's %v", got, fill)
			}
		})
	}
}

// near reports whether two colours differ by at most 3 in every channel.
func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) bool { return x-y <= 3 || y-x <= 3 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}

// TestLabelsPinyin checks the names a tile gives in both languages, with
// the pinyin of a Chinese name where the tile has no English one, names in
// the tile's buffer left out, and the pieces of a road joined.
func TestLabelsPinyin(t *testing.T) {
	id := maptile.New(13714, 6776, 14)
	s := synth{}
	s.add("places", orb.Point{1000, 1000}, geojson.Properties{"kind": "locality", "kind_detail": "town", "name": "萧王庙街道", "min_zoom": 10})
	s.add("places", orb.Point{2000, 1500}, geojson.Properties{"kind": "locality", "kind_detail": "village", "name": "滕头村", "name:en": "Tengtou Village", "min_zoom": 11})
	s.add("places", orb.Point{4200, 1500}, geojson.Properties{"kind": "locality", "kind_detail": "village", "name": "别的村"}) // in the buffer
	s.add("roads", line(-100, 3000, 2000, 3000), geojson.Properties{"kind": "major_road", "name": "中山东路"})
	s.add("roads", line(4000, 3000, 2000, 3000), geojson.Properties{"kind": "major_road", "name": "中山东路"}) // meets the first, reversed
	s.add("water", line(0, 500, 4096, 600), geojson.Properties{"kind": "river", "name": "奉化江"})
	s.add("water", orb.Point{3000, 3500}, geojson.Properties{"kind": "lake", "name": "东钱湖", "name:zh-Hans": "东钱湖"})
	tile := Prepare(s.layers(t), Protomaps, id)
	type lab struct {
		text string
		kind geo.LabelKind
		path int
	}
	get := func(lang Lang) []lab {
		var out []lab
		for _, l := range tile.Labels(nil, lang) {
			out = append(out, lab{l.Text, l.Kind, len(l.Path)})
		}
		return out
	}
	for _, tc := range []struct {
		lang Lang
		want []lab
	}{
		{English, []lab{
			{"Xiaowangmiao Subdistrict", geo.KindTown, 0}, {"Tengtou Village", geo.KindVillage, 0},
			{"Dongqian Lake", geo.KindTileWater, 0},
			{"Zhongshan East Road", geo.KindRoad, 3}, {"Fenghua River", geo.KindTileWater, 2},
		}},
		{Chinese, []lab{
			{"萧王庙街道", geo.KindTown, 0}, {"滕头村", geo.KindVillage, 0}, {"东钱湖", geo.KindTileWater, 0},
			{"中山东路", geo.KindRoad, 3}, {"奉化江", geo.KindTileWater, 2},
		}},
	} {
		if got := get(tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("lang %d:\n got %v\nwant %v", tc.lang, got, tc.want)
		}
	}
	// Points are lon/lat inside the tile.
	b := id.Bound()
	for _, l := range tile.Labels(nil, English) {
		for _, p := range append(l.Path, l.Point) {
			if len(l.Path) > 0 && p == l.Point {
				continue
			}
			if !b.Pad(1e-9).Contains(p) {
				t.Errorf("%s: %v outside the tile %v", l.Text, p, b)
			}
		}
	}
}

// TestUnknownLayers checks that a tile of an unknown schema draws what it
// recognises and names the layers it does not.
func TestUnknownLayers(t *testing.T) {
	s := synth{}
	s.add("water", orb.Polygon{{{0, 0}, {4096, 0}, {4096, 2048}, {0, 2048}, {0, 0}}}, geojson.Properties{"class": "ocean"})
	s.add("contours", line(0, 3000, 4096, 3000), geojson.Properties{"ele": 100})
	s.add("poi", orb.Point{100, 100}, geojson.Properties{"class": "cafe"})
	ls := s.layers(t)
	if got := DetectSchema(ls); got != OpenMapTiles {
		t.Errorf("DetectSchema = %v, want OpenMapTiles (poi)", got)
	}
	id := maptile.New(0, 0, 0)
	tile := Prepare(ls, SchemaUnknown, id)
	if got := tile.Unknown(); !slices.Equal(got, []string{"contours"}) {
		t.Errorf("Unknown = %q, want [contours]", got)
	}
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	var d Drawer
	if err := d.Draw(img, tile, id, 1); err != nil {
		t.Fatal(err)
	}
	if got := nrgba(img, 32, 8); !near(got, waterColour) {
		t.Errorf("water drawn %v, want %v", got, waterColour)
	}
	if got := nrgba(img, 32, 56); !near(got, earthColour) {
		t.Errorf("land drawn %v, want %v", got, earthColour)
	}
	if got := DetectSchema(synth{}.add("earth", orb.Point{1, 1}, nil).add("roads", line(0, 0, 1, 1), nil).layers(t)); got != Protomaps {
		t.Errorf("DetectSchema = %v, want Protomaps", got)
	}
	if got := DetectSchema(nil); got != SchemaUnknown {
		t.Errorf("DetectSchema(nil) = %v", got)
	}
}

func TestDrawNotInside(t *testing.T) {
	tile := Prepare(nil, OpenMapTiles, maptile.New(10, 20, 5))
	var d Drawer
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for _, at := range []maptile.Tile{
		maptile.New(5, 10, 4),  // a lower zoom
		maptile.New(11, 20, 5), // a neighbour
		maptile.New(44, 80, 7), // inside another tile
		maptile.New(0, 0, 25),  // too far past the tile's zoom
	} {
		if err := d.Draw(img, tile, at, 1); !errors.Is(err, ErrNotInside) {
			t.Errorf("Draw %v: %v, want ErrNotInside", at, err)
		}
	}
	for _, at := range []maptile.Tile{maptile.New(10, 20, 5), maptile.New(43, 83, 7)} {
		if err := d.Draw(img, tile, at, 1); err != nil {
			t.Errorf("Draw %v: %v", at, err)
		}
	}
}

// TestStripLayers checks that stripping keeps every layer the style reads,
// byte for byte, and refuses nothing it cannot read.
func TestStripLayers(t *testing.T) {
	raw := decodeRaw(t, denseTile.raw(t))
	all, err := mvt.Unmarshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	stripped := StripLayers(raw)
	kept, err := mvt.Unmarshal(stripped)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range all {
		if !skippedLayers[l.Name] {
			want = append(want, l.Name)
		}
	}
	var got []string
	for _, l := range kept {
		got = append(got, l.Name)
	}
	if !slices.Equal(got, want) || len(stripped) >= len(raw) {
		t.Errorf("kept %q (%d of %d bytes), want %q", got, len(stripped), len(raw), want)
	}
	a := Prepare(all, OpenMapTiles, denseTile.id)
	b := Prepare(kept, OpenMapTiles, denseTile.id)
	if n := a.Size(); n < 300<<10 || n > 3<<20 {
		t.Errorf("the dense tile prepared holds %d bytes, want 0.3–3 MB", n)
	} else {
		t.Logf("the dense tile prepared: %d KB (%d KB gzipped)", n>>10, len(denseTile.raw(t))>>10)
	}
	if a.Features() != b.Features() || len(a.names) != len(b.names) {
		t.Errorf("prepared %d features and %d names from the stripped tile, %d and %d from the whole", b.Features(), len(b.names), a.Features(), len(a.names))
	}
	for _, bad := range [][]byte{{0x1a, 0x80}, {0xff}, nil} {
		if got := StripLayers(bad); !slices.Equal(got, bad) {
			t.Errorf("StripLayers(%x) = %x, want it unchanged", bad, got)
		}
	}
}

// TestConcurrent draws one prepared tile and asks for its names (the
// English ones written in pinyin on first asking) from several goroutines
// at once: run with -race.
func TestConcurrent(t *testing.T) {
	f := fixture{"tengtou", Protomaps, maptile.New(13714, 6776, 14)}
	tile := f.prepare(t)
	want := tile.Labels(nil, English)
	tile = f.prepare(t) // a fresh tile: its pinyin not written yet
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d Drawer
			img := image.NewRGBA(image.Rect(0, 0, 64, 64))
			if err := d.Draw(img, tile, maptile.New(13714*2+uint32(g&1), 6776*2, 15), 1); err != nil {
				t.Error(err)
			}
			got := tile.Labels(nil, Lang(g&1))
			if g&1 == int(English) && !slices.EqualFunc(got, want, func(a, b geo.MapLabel) bool { return a.Text == b.Text }) {
				t.Errorf("labels %v, want %v", got, want)
			}
		}()
	}
	wg.Wait()
}
