package app

import (
	"image"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/importer"
)

// frame draws the map's current view into a new image and returns it with the texts of
// the labels placed in it. It fails t when a label is under the panels or buttons over
// the map.
func (tu *testUI) frame(t *testing.T) (*image.RGBA, []string) {
	t.Helper()
	m := tu.mapView()
	m.RenderNow() // applies the staged markers
	vp := m.Viewport()
	img := image.NewRGBA(image.Rect(0, 0, vp.Width, vp.Height))
	var placed []string
	var boxes []geo.Box
	m.Update(func(r *geo.Renderer) {
		r.Render(img, vp)
		lb := r.Labeller()
		for _, p := range lb.Placed() {
			placed = append(placed, lb.Labels()[p.Index].Text)
			boxes = append(boxes, p.Box)
		}
	})
	covered := tu.coveredBoxes()
	if len(covered) < 3 {
		t.Errorf("%d boxes over the map, want the layer panel, the zoom buttons and the scale bar at least", len(covered))
	}
	for i, b := range boxes {
		for _, c := range covered {
			if b.MinX < c.MaxX && c.MinX < b.MaxX && b.MinY < c.MaxY && c.MinY < b.MaxY {
				t.Errorf("%q at %v is under %v", placed[i], b, c)
			}
		}
	}
	return img, placed
}

// TestMapLabelsGolden draws the map with its names at the overview, at zoom 11 and at
// zoom 14 around 滕头村 (selected) in both languages, checks that the names expected
// there are placed, and compares the frames with the golden images in testdata/.
func TestMapLabelsGolden(t *testing.T) {
	cases := []struct {
		name     string
		zoom     float64 // 0: the whole city, with no card open
		lang     data.Lang
		want     []string
		wantNone []string
	}{
		{"overview_zh", 0, data.Zh, []string{"宁海县", "奉化区", "杭州湾", "三门湾", "上虞区"}, nil},
		{"overview_en", 0, data.En, []string{"Ninghai County", "Fenghua District", "Hangzhou Bay", "Zhuji City"}, nil},
		{"z11_zh", 11, data.Zh, []string{"滕头村"}, nil},
		{"z11_en", 11, data.En, []string{"Tengtou Village"}, nil},
		{"z14_zh", 14, data.Zh, []string{"滕头村"}, []string{"海曙区"}},
		{"z14_en", 14, data.En, []string{"Tengtou Village"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tu := newTestUI(t, tc.lang, fyne.NewSize(1000, 700))
			if tc.zoom == 0 {
				// The city view, fixed (the overview's fit depends on the layer panel).
				tu.key(fyne.KeyEscape)
				tu.pump()
				tu.mapView().ShowView(orb.Point{121.5, 29.65}, 8.4)
			} else {
				s := tu.content().Site("tengtou")
				tu.search("滕头")
				tu.submitSearch()
				tu.mapView().ShowView(s.Point, tc.zoom)
			}
			tu.pump()
			img, placed := tu.frame(t)
			for _, w := range tc.want {
				if !slices.Contains(placed, w) {
					t.Errorf("%q is not on the map; placed: %q", w, placed)
				}
			}
			for _, w := range tc.wantNone {
				if slices.Contains(placed, w) {
					t.Errorf("%q is on the map, want it left out", w)
				}
			}
			assertNearImage(t, "map_labels_"+tc.name+".png", img)
		})
	}
}

// TestBasemapSwitchHidesAreaNames switches the districts basemap off: the places keep
// their names, the districts, neighbours and waters lose theirs.
func TestBasemapSwitchHidesAreaNames(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1000, 700))
	tu.key(fyne.KeyEscape)
	test.Tap(tu.legendCheck(locale.T("legend.basemap")))
	tu.pump()
	_, placed := tu.frame(t)
	for _, gone := range []string{"海曙区", "杭州湾"} {
		if slices.Contains(placed, gone) {
			t.Errorf("%q is named with the basemap off", gone)
		}
	}
	if len(placed) == 0 {
		t.Error("no place is named with the basemap off")
	}
}

// TestMapLabelsList checks what is named: places by their short names with their marker
// ids and tour order, areas only with the basemap on, points of user layers only when
// their names are on.
func TestMapLabelsList(t *testing.T) {
	ds := newTestApp(t, data.En)
	layer := &importer.Layer{ID: "x", Features: []importer.Feature{
		{Geometry: orb.Point{121.5, 29.8}, Name: "Well"}, {Geometry: orb.Point{121.6, 29.9}}}}
	u := newUserLayer(layer, 0)
	if !u.names {
		t.Error("a layer of two points starts with its names off")
	}
	count := func(ls []geo.MapLabel, k geo.LabelKind) int {
		n := 0
		for _, l := range ls {
			if l.Kind == k {
				n++
			}
		}
		return n
	}
	places := 0
	for _, s := range ds.Sites {
		if !s.IsOverview() {
			places++
		}
	}
	for _, tc := range []struct {
		name                    string
		basemap, names          bool
		districts, points, wats int
	}{
		{"all", true, true, len(ds.Districts), 1, len(data.Waters())},
		{"basemap off", false, true, 0, 1, 0},
		{"names off", true, false, len(ds.Districts), 0, len(data.Waters())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u.names = tc.names
			ls := mapLabels(ds, data.En, tc.basemap, []*userLayer{u})
			if got := count(ls, geo.KindPlace); got != places {
				t.Errorf("%d place names, want %d", got, places)
			}
			if got := count(ls, geo.KindDistrict); got != tc.districts {
				t.Errorf("%d district names, want %d", got, tc.districts)
			}
			if got := count(ls, geo.KindWater); got != tc.wats {
				t.Errorf("%d water names, want %d", got, tc.wats)
			}
			if got := count(ls, geo.KindPoint); got != tc.points {
				t.Errorf("%d point names, want %d", got, tc.points)
			}
			for _, l := range ls {
				if l.Kind == geo.KindPoint && (l.Text != "Well" || l.Marker != u.markerID(0)) {
					t.Errorf("point label %+v, want Well beside %s", l, u.markerID(0))
				}
				if l.Kind == geo.KindPlace && l.Marker == "tengtou" && l.Text != ds.Site("tengtou").ShortName(data.En) {
					t.Errorf("tengtou is named %q", l.Text)
				}
			}
		})
	}
}

// BenchmarkMapLabels places and draws the map's names over a 1280x800 window's frame as
// the app sets them, at the city view and at zoom 14 around 滕头村 (after a first frame has
// made the names' sprites).
func BenchmarkMapLabels(b *testing.B) {
	for _, bc := range []struct {
		name string
		zoom float64
	}{{"city", 8.6}, {"z14", 14}} {
		b.Run(bc.name, func(b *testing.B) {
			tu := newTestUI(b, data.Zh, fyne.NewSize(1280, 800))
			s := tu.content().Site("tengtou")
			tu.openCard(s.ID)
			m := tu.mapView()
			m.ShowView(s.Point, bc.zoom)
			tu.pump()
			m.RenderNow()
			vp := m.Viewport()
			img := image.NewRGBA(image.Rect(0, 0, vp.Width, vp.Height))
			m.Update(func(r *geo.Renderer) {
				lb := r.Labeller()
				r.DrawLabels(img, vp, lb)
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					r.DrawLabels(img, vp, lb)
				}
				b.ReportMetric(float64(len(lb.Placed())), "labels")
			})
		})
	}
}
