package geo

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// boxFont is a LabelFont whose text is a solid block 8 px per character by
// 12 px: sizes are known exactly.
type boxFont struct{}

func (boxFont) TextMask(text string, px float64) *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, 8*utf8.RuneCountInString(text), 12))
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	return m
}

// plainStyles have no halo, so a label's box is its text's.
func plainStyles() [kindCount]LabelStyle {
	var st [kindCount]LabelStyle
	for k := range st {
		st[k] = LabelStyle{Size: 12, Color: color.NRGBA{0, 0, 0, 255}}
	}
	return st
}

func TestLabellerPlace(t *testing.T) {
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 400, Height: 300, Scale: 1}
	at := func(dx, dy float64) orb.Point { return v.Unproject(200+dx, 150+dy) }
	m := func(id string, dx, dy float64, sel bool) Marker {
		return Marker{ID: id, Point: at(dx, dy), Color: color.NRGBA{200, 0, 0, 255}, Selected: sel}
	}
	r := MarkerRadius(false, 1) + 1 // gap of an unselected marker
	type want struct {
		index  int
		anchor Anchor
	}
	cases := []struct {
		name    string
		markers []Marker
		labels  []MapLabel
		zoom    float64
		want    []want
	}{
		{"right when free", []Marker{m("a", 0, 0, false)},
			[]MapLabel{{Text: "abc", Marker: "a"}}, 12, []want{{0, AnchorRight}}},
		{"left when a marker is on the right", []Marker{m("a", 0, 0, false), m("b", r+12, 0, false)},
			[]MapLabel{{Text: "abc", Marker: "a"}}, 12, []want{{0, AnchorLeft}}},
		{"tour order: the first place wins", []Marker{m("a", 0, 0, false), m("b", 0, 8, false)},
			[]MapLabel{{Text: "bbbbbbbbbbbb", Marker: "b", Order: 2}, {Text: "aaaaaaaaaaaa", Marker: "a", Order: 1}}, 12,
			[]want{{1, AnchorRight}, {0, AnchorLeft}}},
		{"the selected place before tour order", []Marker{m("a", 0, 0, false), m("b", 0, 8, true)},
			[]MapLabel{{Text: "bbbbbbbbbbbb", Marker: "b", Order: 2}, {Text: "aaaaaaaaaaaa", Marker: "a", Order: 1}}, 12,
			[]want{{0, AnchorRight}, {1, AnchorAbove}}},
		{"no label for a marker not drawn", []Marker{m("a", 0, 0, false)},
			[]MapLabel{{Text: "abc", Marker: "zzz"}}, 12, nil},
		{"district below its least zoom", nil,
			[]MapLabel{{Text: "abc", Kind: KindDistrict, Point: at(0, 0)}}, 7, nil},
		{"district centred", nil,
			[]MapLabel{{Text: "abc", Kind: KindDistrict, Point: at(0, 0)}}, 12, []want{{0, AnchorCenter}}},
		{"place label over district label", []Marker{m("a", -60, 0, false)},
			[]MapLabel{{Text: "dddddd", Kind: KindDistrict, Point: at(-20, 0)}, {Text: "aaaaaaaa", Marker: "a"}}, 12,
			[]want{{1, AnchorRight}}},
		{"district dropped over a marker", []Marker{m("a", 0, 0, false)},
			[]MapLabel{{Text: "dddddd", Kind: KindDistrict, Point: at(0, 0)}}, 12, nil},
		{"water before neighbour", nil,
			[]MapLabel{{Text: "nnnn", Kind: KindNeighbour, Point: at(0, 0)}, {Text: "wwww", Kind: KindWater, Point: at(4, 0)}}, 12,
			[]want{{1, AnchorCenter}}},
		{"off screen", nil,
			[]MapLabel{{Text: "abc", Kind: KindWater, Point: at(-300, 0)}}, 12, nil},
		{"label cut by the edge moves inside", []Marker{m("a", 190, 0, false)},
			[]MapLabel{{Text: "abc", Marker: "a"}}, 12, []want{{0, AnchorLeft}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lb := NewLabeller(boxFont{})
			lb.SetStyles(plainStyles())
			lb.SetLabels(c.labels)
			vz := v
			vz.Zoom = c.zoom
			if c.zoom != v.Zoom { // keep the pixel positions of the markers
				for i := range c.labels {
					if c.labels[i].Marker == "" {
						x, y := v.Project(c.labels[i].Point)
						c.labels[i].Point = vz.Unproject(x, y)
					}
				}
				lb.SetLabels(c.labels)
			}
			got := lb.Place(vz, c.markers, nil, DefaultClusterStyle)
			if len(got) != len(c.want) {
				t.Fatalf("placed %+v, want %+v", got, c.want)
			}
			for i, w := range c.want {
				if got[i].Index != w.index || got[i].Anchor != w.anchor {
					t.Errorf("placed[%d] = label %d side %d, want label %d side %d", i, got[i].Index, got[i].Anchor, w.index, w.anchor)
				}
			}
		})
	}
}

// TestLabellerNeverOverlaps places many labels among many markers and
// bubbles and checks that no two placed labels overlap, and none covers a
// disc.
func TestLabellerNeverOverlaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 11, Width: 800, Height: 600, Scale: 1.5}
	var markers []Marker
	var labels []MapLabel
	for i := range 120 {
		p := v.Unproject(rng.Float64()*800, rng.Float64()*600)
		id := string(rune('A' + i))
		markers = append(markers, Marker{ID: id, Point: p, Selected: i == 7})
		labels = append(labels, MapLabel{Text: "place" + id, Marker: id, Order: i})
		q := v.Unproject(rng.Float64()*800, rng.Float64()*600)
		labels = append(labels, MapLabel{Text: "area", Kind: LabelKind(1 + i%4), Point: q})
	}
	clusters := []Cluster{{ID: 1, Point: v.Center, Count: 12, Index: -1}}
	lb := NewLabeller(boxFont{})
	lb.SetLabels(labels)
	placed := lb.Place(v, markers, clusters, DefaultClusterStyle)
	if len(placed) < 40 {
		t.Fatalf("only %d labels placed", len(placed))
	}
	for i, p := range placed {
		if labels[p.Index].Marker == string(rune('A'+7)) && i != 0 {
			t.Errorf("the selected place's label placed %d-th, want first", i+1)
		}
	}
	sc := v.ScaleFactor()
	for i, a := range placed {
		for _, b := range placed[:i] {
			if a.Box.overlaps(b.Box) {
				t.Fatalf("labels %d and %d overlap: %+v %+v", a.Index, b.Index, a.Box, b.Box)
			}
		}
		for _, m := range markers {
			x, y := v.Project(m.Point)
			if a.Box.overlaps(Box{x - 0.7*m.OuterRadius(sc), y - 0.7*m.OuterRadius(sc), x + 0.7*m.OuterRadius(sc), y + 0.7*m.OuterRadius(sc)}) {
				t.Fatalf("label %d covers marker %s", a.Index, m.ID)
			}
		}
	}
}

func TestLabelSprite(t *testing.T) {
	st := LabelStyle{Size: 12, Color: color.NRGBA{0, 0, 0, 255}, Halo: color.NRGBA{255, 255, 255, 255}, Width: 2}
	s := labelSprite(boxFont{}, "ab", st, 1)
	if got := s.img.Rect.Size(); got != image.Pt(16+4, 12+4) {
		t.Fatalf("sprite %v, want 20x16 (text and a 2 px halo)", got)
	}
	if c := s.img.RGBAAt(10, 8); c != (color.RGBA{0, 0, 0, 255}) {
		t.Errorf("middle %v, want the text colour", c)
	}
	if c := s.img.RGBAAt(1, 8); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("edge %v, want the halo", c)
	}
	if c := s.img.RGBAAt(0, 0); c.A != 0 {
		t.Errorf("corner %v, want transparent (round halo)", c)
	}
	st.Italic = true
	if s := labelSprite(boxFont{}, "ab", st, 1); s.img.Rect.Dx() <= 20 {
		t.Errorf("slanted sprite %d wide, want wider than upright", s.img.Rect.Dx())
	}
}

// BenchmarkPlaceManyPoints places the names of 1,000 points of an
// imported layer, all in view, among their 1,000 markers.
func BenchmarkPlaceManyPoints(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 1920, Height: 1080, Scale: 1}
	var markers []Marker
	var labels []MapLabel
	for i := range 1000 {
		id := "p" + string(rune('0'+i%10)) + string(rune('a'+i/10%26)) + string(rune('A'+i/260))
		markers = append(markers, Marker{ID: id, Point: v.Unproject(rng.Float64()*1920, rng.Float64()*1080)})
		labels = append(labels, MapLabel{Text: "Point " + id, Kind: KindPoint, Marker: id})
	}
	lb := NewLabeller(boxFont{})
	lb.SetLabels(labels)
	lb.Place(v, markers, nil, DefaultClusterStyle)
	b.ReportAllocs()
	for b.Loop() {
		lb.Place(v, markers, nil, DefaultClusterStyle)
	}
}

func TestEmbolden(t *testing.T) {
	m := image.NewAlpha(image.Rect(0, 0, 3, 1))
	m.Pix[1] = 200
	got := embolden(m, 1)
	if want := []uint8{0, 200, 200, 0}; string(got.Pix) != string(want) {
		t.Errorf("embolden %v, want %v", got.Pix, want)
	}
}
