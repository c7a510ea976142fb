package vtile

import (
	"image"
	"math"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"ningbomap/crs"
	mapgeo "ningbomap/geo"
	"ningbomap/vector"
)

// tengtouView is a view of 滕头村 at zoom z, 1280×800.
func tengtouView(z float64) mapgeo.Viewport {
	return mapgeo.Viewport{Center: orb.Point{121.3458, 29.6786}, Zoom: z, Width: 1280, Height: 800, Scale: 1}
}

// showView renders v once (queueing its tiles) and waits for them.
func showView(s *Source, v mapgeo.Viewport) {
	r := mapgeo.NewRenderer()
	r.SetTiles(s.TileSource())
	r.Render(image.NewRGBA(image.Rect(0, 0, v.Width, v.Height)), v)
	s.Wait()
	if _, ok := s.TileSource().(*mapgeo.FrameTiles); ok { // its redraw asks for the tiles it shifts
		r.Render(image.NewRGBA(image.Rect(0, 0, v.Width, v.Height)), v)
		s.Wait()
	}
}

func texts(ls []mapgeo.MapLabel) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

// TestLabels: the names of the data tiles under a view, in the language
// asked for, once their tiles are prepared; the key changes when they
// arrive and with the language.
func TestLabels(t *testing.T) {
	s := open(t, tengtou, Options{Workers: 1})
	s.Wait() // the stand-ins of BaseZoom
	v := tengtouView(15)
	before := s.LabelsKey(v, vector.Chinese)
	if got := s.Labels(nil, v, vector.Chinese); len(got) != 0 {
		t.Errorf("names before the view's tiles were prepared: %q", texts(got))
	}
	showView(s, v)
	after := s.LabelsKey(v, vector.Chinese)
	if after == before {
		t.Error("the key did not change when the view's tiles arrived")
	}
	if after == s.LabelsKey(v, vector.English) {
		t.Error("the same key in both languages")
	}
	if s.LabelsKey(v, vector.Chinese) != after {
		t.Error("the key changed with nothing new")
	}
	for _, c := range []struct {
		lang vector.Lang
		want []string
	}{
		{vector.Chinese, []string{"滕头村", "滕头路", "剡江"}},
		// name:en where the tile has it, pinyin where it has only Chinese.
		{vector.English, []string{"Tengtou Village", "Tengtou Road", "Shanjiang", "Qingyun Village"}},
	} {
		got := texts(s.Labels(nil, v, c.lang))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("lang %d: %q missing from %q", c.lang, w, got)
			}
		}
	}
	var kinds []mapgeo.LabelKind
	for _, l := range s.Labels(nil, v, vector.Chinese) {
		kinds = append(kinds, l.Kind)
		if l.Kind < mapgeo.KindTown {
			t.Errorf("%q of kind %d: tile names come after the map's own", l.Text, l.Kind)
		}
	}
	for _, k := range []mapgeo.LabelKind{mapgeo.KindVillage, mapgeo.KindRoad, mapgeo.KindTileWater} {
		if !slices.Contains(kinds, k) {
			t.Errorf("no label of kind %d", k)
		}
	}
	if got := s.Labels(nil, mapgeo.Viewport{Center: orb.Point{0, 0}, Zoom: 15, Width: 100, Height: 100}, vector.Chinese); len(got) != 0 {
		t.Errorf("names far from the file: %q", texts(got))
	}
}

// TestLabelsGCJ02: tiles cut in GCJ-02 are redrawn for WGS 84 and their
// names moved back to where the places are, some 500 m from where the
// tiles put them.
func TestLabelsGCJ02(t *testing.T) {
	plain := open(t, tengtou, Options{})
	shifted := open(t, tengtou, Options{Frame: crs.GCJ02})
	if _, ok := shifted.TileSource().(*mapgeo.FrameTiles); !ok {
		t.Fatalf("TileSource %T, want a *geo.FrameTiles", shifted.TileSource())
	}
	if plain.TileSource() != mapgeo.TileSource(plain) {
		t.Error("a WGS 84 file is drawn through a redraw")
	}
	v := tengtouView(15)
	showView(plain, v)
	showView(shifted, v)
	at := func(ls []mapgeo.MapLabel, text string) orb.Point {
		for _, l := range ls {
			if l.Text == text {
				return l.Point
			}
		}
		t.Fatalf("no label %q in %q", text, texts(ls))
		return orb.Point{}
	}
	p := at(plain.Labels(nil, v, vector.Chinese), "滕头村")
	q := at(shifted.Labels(nil, v, vector.Chinese), "滕头村")
	want := crs.GCJ02.ToWGS84(p)
	if d := geo.Distance(q, want); d > 0.01 {
		t.Errorf("the village at %v, want %v (%.3f m off)", q, want, d)
	}
	if d := geo.Distance(p, q); d < 300 || d > 800 {
		t.Errorf("moved %.0f m: GCJ-02 is some 500 m off around Ningbo", d)
	}
	for _, l := range shifted.Labels(nil, v, vector.Chinese) {
		for _, pt := range l.Path {
			if math.IsNaN(pt[0]) {
				t.Fatal("NaN in a path")
			}
		}
	}
	// The tiles' own paths are left as they were.
	for _, l := range plain.Labels(nil, v, vector.Chinese) {
		if len(l.Path) > 0 && l.Path[0] == crs.GCJ02.ToWGS84(l.Path[0]) {
			t.Fatalf("a path of the WGS 84 source was converted")
		}
	}
}

// TestNamesPlaced: with the map's own names (the story places beside their
// markers, the districts) and the tiles' names in one labeller, in both
// languages, at zooms 11 to 16 around 滕头村: the places are named, the
// tiles' names join them, and no name overlaps another or a marker.
func TestNamesPlaced(t *testing.T) {
	src := open(t, tengtou, Options{})
	s := newMapScene(t, src)
	for _, lang := range []vector.Lang{vector.Chinese, vector.English} {
		s.use(src, lang)
		for _, z := range []float64{11, 12.5, 14, 15, 16} {
			v := tengtouView(z)
			showView(src, v)
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			s.frame(img, v)
			placed := s.lb.Placed()
			labels := s.lb.Labels()
			own, tiles := 0, 0
			for i, p := range placed {
				if labels[p.Index].Kind >= mapgeo.KindTown {
					tiles++
				} else {
					own++
				}
				for _, q := range placed[:i] {
					if overlap(p, q) {
						t.Errorf("lang %d zoom %g: %q over %q", lang, z, labels[p.Index].Text, labels[q.Index].Text)
					}
				}
				for _, m := range s.r.Markers() {
					x, y := v.Project(m.Point)
					r := m.OuterRadius(1)
					if labels[p.Index].Kind >= mapgeo.KindTown && hitsCircle(p, x, y, r) {
						t.Errorf("lang %d zoom %g: %q over the marker of %s", lang, z, labels[p.Index].Text, m.ID)
					}
				}
			}
			if own == 0 || tiles == 0 {
				t.Errorf("lang %d zoom %g: %d of the map's names, %d of the tiles'", lang, z, own, tiles)
			}
		}
	}
}

// boxes are the parts a placed label keeps clear.
func boxes(p mapgeo.PlacedMapLabel) []mapgeo.Box {
	if len(p.Parts) > 0 {
		return p.Parts
	}
	return []mapgeo.Box{p.Box}
}

func overlap(p, q mapgeo.PlacedMapLabel) bool {
	for _, a := range boxes(p) {
		for _, b := range boxes(q) {
			if a.MinX < b.MaxX && b.MinX < a.MaxX && a.MinY < b.MaxY && b.MinY < a.MaxY {
				return true
			}
		}
	}
	return false
}

func hitsCircle(p mapgeo.PlacedMapLabel, x, y, r float64) bool {
	for _, b := range boxes(p) {
		dx := max(b.MinX-x, 0, x-b.MaxX)
		dy := max(b.MinY-y, 0, y-b.MaxY)
		if dx*dx+dy*dy < r*r-1 {
			return true
		}
	}
	return false
}
