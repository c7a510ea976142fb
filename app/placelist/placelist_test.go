package placelist

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/contrastcheck"
	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/data"
)

var labels = map[data.Lang]Labels{
	data.Zh: {Title: "地点", ByTheme: "按主题", ByDistrict: "按区县", Close: "关闭"},
	data.En: {Title: "Places", ByTheme: "By theme", ByDistrict: "By district", Close: "Close"},
}

// places are the embedded data's places in language l, as the window lists them.
func places(t testing.TB, l data.Lang) []Place {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	var out []Place
	districts := map[string]int{}
	for i, d := range ds.Districts {
		districts[d.Code] = i
	}
	for _, s := range ds.Sites {
		th := ds.Theme(s.Theme)
		c, _ := style.ParseHex(th.Color)
		var path []string
		for _, a := range s.Admin {
			path = append(path, a.In(l))
		}
		out = append(out, Place{ID: s.ID, Name: s.Name.In(l), Path: strings.Join(path, " › "),
			Theme:    Group{Key: th.ID, Name: th.Name.In(l), Sign: th.Icon, Colour: c, Order: th.Order},
			District: Group{Key: s.District, Name: s.Admin[0].In(l), Order: districts[s.District]}})
	}
	return out
}

// rowMin is a row's least height on a kiosk at scale 1: 9 mm.
var rowMin = style.Millimetres(style.TargetMM, 1)

func newTestList(t *testing.T, l data.Lang, opened *[]string) (*List, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	th := style.NewTheme()
	th.Zoom = 1.25 // the kiosk's
	a.Settings().SetTheme(th)
	ls := New(places(t, l), labels[l], Options{RowMin: rowMin, Open: func(id string) { *opened = append(*opened, id) }})
	w := test.NewTempWindow(t, ls.Object)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(480, 1000))
	w.Canvas().Capture() // paragraphs break for their width, then lay out again
	return ls, w
}

// TestEveryPlaceOnce: both groupings list every place exactly once, under its own group,
// groups in order (themes as in the article, districts as in the data).
func TestEveryPlaceOnce(t *testing.T) {
	var opened []string
	ls, _ := newTestList(t, data.Zh, &opened)
	all := places(t, data.Zh)
	for _, tc := range []struct {
		g     Grouping
		group func(Place) Group
	}{
		{ByTheme, func(p Place) Group { return p.Theme }},
		{ByDistrict, func(p Place) Group { return p.District }},
	} {
		t.Run(fmt.Sprint(tc.g), func(t *testing.T) {
			ls.SetGrouping(tc.g)
			var ids []string
			for _, r := range ls.Rows() {
				ids = append(ids, r.ID())
			}
			if len(ids) != len(all) {
				t.Fatalf("%d rows for %d places", len(ids), len(all))
			}
			seen := map[string]bool{}
			for _, id := range ids {
				if seen[id] {
					t.Errorf("%s listed twice", id)
				}
				seen[id] = true
			}
			// The rows come group by group, in the groups' order.
			var groupsSeen []string
			last := -1
			for _, r := range ls.Rows() {
				i := slices.IndexFunc(all, func(p Place) bool { return p.ID == r.ID() })
				g := tc.group(all[i])
				if len(groupsSeen) == 0 || groupsSeen[len(groupsSeen)-1] != g.Name {
					if slices.Contains(groupsSeen, g.Name) {
						t.Errorf("group %s comes twice", g.Name)
					}
					groupsSeen = append(groupsSeen, g.Name)
					if g.Order < last {
						t.Errorf("group %s (order %d) after order %d", g.Name, g.Order, last)
					}
					last = g.Order
				}
			}
			if !slices.Equal(groupsSeen, ls.Headings()) {
				t.Errorf("headings %v, rows grouped %v", ls.Headings(), groupsSeen)
			}
		})
	}
	if got := ls.Headings(); len(got) < 5 {
		t.Errorf("by district: %v, want the districts that have places", got)
	}
}

// TestRows: each row has the place's name and path, is at least 9 mm high on a kiosk's
// screen, and a tap (or a finger's wobble) opens its place.
func TestRows(t *testing.T) {
	var opened []string
	ls, _ := newTestList(t, data.En, &opened)
	for _, r := range ls.Rows() {
		if h := r.Size().Height; h < rowMin {
			t.Errorf("row %s is %g high, under %g (9 mm)", r.ID(), h, rowMin)
		}
		if r.Name() == "" || !strings.Contains(r.Path(), "›") && !strings.Contains(r.Path(), "District") && !strings.Contains(r.Path(), "County") {
			t.Errorf("row %s: name %q path %q", r.ID(), r.Name(), r.Path())
		}
	}
	r := ls.Row("gaoni")
	if r == nil || r.Name() != "Gaoni Village" {
		t.Fatalf("row gaoni: %v", r)
	}
	test.Tap(r)
	if !slices.Equal(opened, []string{"gaoni"}) {
		t.Errorf("opened %v, want [gaoni]", opened)
	}
	// A wobbling tap on the scroll opens the row under the finger.
	ls.ScrollTo("gaoni")
	s := ls.Scroll()
	at := r.Position().Subtract(s.Offset).AddXY(40, r.Size().Height/2)
	s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at.AddXY(3, 2)}, Dragged: fyne.Delta{DX: 3, DY: 2}})
	s.DragEnd()
	if !slices.Equal(opened, []string{"gaoni", "gaoni"}) {
		t.Errorf("after a wobble opened %v", opened)
	}
}

// TestScrollsWithFinger: a drag scrolls the list, and opens nothing.
func TestScrollsWithFinger(t *testing.T) {
	var opened []string
	ls, _ := newTestList(t, data.Zh, &opened)
	s := ls.Scroll()
	s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 600)}, Dragged: fyne.Delta{DY: -300}})
	s.DragEnd()
	if s.Offset.Y <= 0 {
		t.Errorf("offset %g after dragging up", s.Offset.Y)
	}
	if len(opened) != 0 {
		t.Errorf("a drag opened %v", opened)
	}
}

// TestTouchSizes: the grouping switch and the close button are at least 9 mm high.
func TestTouchSizes(t *testing.T) {
	var opened []string
	ls, _ := newTestList(t, data.Zh, &opened)
	for _, b := range []fyne.CanvasObject{ls.byTheme, ls.byDist} {
		if h := b.Size().Height; h < rowMin {
			t.Errorf("a switch is %g high, under %g", h, rowMin)
		}
	}
}

// TestListGolden draws the list in both languages, by theme and by district.
func TestListGolden(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			var opened []string
			ls, w := newTestList(t, l, &opened)
			test.AssertImageMatches(t, "list_theme_"+string(l)+".png", w.Canvas().Capture())
			test.Tap(ls.byDist)
			if ls.Grouping() != ByDistrict {
				t.Fatal("the switch did not group by district")
			}
			w.Canvas().Capture()
			test.AssertImageMatches(t, "list_district_"+string(l)+".png", w.Canvas().Capture())
		})
	}
}

// TestListContrast: every text of the list, in both languages and groupings, scrolled to
// the top and to the end, is at least 4.5:1 against what is behind it (3:1 for large
// text): names, paths, headings, counts, the signs on their theme colours, the buttons.
func TestListContrast(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		for _, g := range []Grouping{ByTheme, ByDistrict} {
			t.Run(fmt.Sprint(l, g), func(t *testing.T) {
				var opened []string
				ls, w := newTestList(t, l, &opened)
				ls.SetGrouping(g)
				for _, end := range []bool{false, true} {
					if end {
						ls.ScrollTo(ls.Rows()[len(ls.Rows())-1].ID())
					}
					rs := contrastcheck.Measure(w.Canvas())
					if len(rs) < 10 {
						t.Errorf("only %d texts measured", len(rs))
					}
					for _, r := range contrast.Failures(rs) {
						t.Errorf("scrolled to the end %v: %v", end, r)
					}
				}
			})
		}
	}
}

var _ = color.White
