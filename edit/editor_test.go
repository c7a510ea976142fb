package edit

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/data"
)

// open starts an Editor on a data folder that does not exist yet, so the
// content is the embedded data.
func open(t *testing.T) *Editor {
	t.Helper()
	e, err := Open(filepath.Join(t.TempDir(), "exhibition"), Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return e
}

// setName and setFigure are the edits the form makes as the user types into a place's
// name or a figure.
func setName(e *Editor, id string, name data.Text) error {
	return e.Edit(id, Name, func(s *data.Site) { s.Name = name })
}

func setFigure(e *Editor, id string, i int, ind data.Indicator) error {
	return e.Edit(id, Figure(i), func(s *data.Site) { s.Indicators[i] = ind })
}

func figure(t *testing.T, e *Editor, id string, i int) data.Indicator {
	t.Helper()
	s := e.Dataset().Site(id)
	if s == nil || len(s.Indicators) <= i {
		t.Fatalf("%s has no figure %d", id, i)
	}
	return s.Indicators[i]
}

func TestFigureEditUndoRedo(t *testing.T) {
	e := open(t)
	before := figure(t, e, "tengtou", 1)
	changed := before
	changed.Value = 13060000000
	d := 2
	changed.Decimals = &d
	if err := setFigure(e, "tengtou", 1, changed); err != nil {
		t.Fatal(err)
	}
	got := figure(t, e, "tengtou", 1)
	if zh, en := got.Format(data.Zh).Text, got.Format(data.En).Text; zh != "130.60亿元" || en != "13.06 billion yuan" {
		t.Errorf("after the edit: %q / %q, want 130.60亿元 / 13.06 billion yuan", zh, en)
	}
	if !e.Undo() {
		t.Fatal("Undo: nothing to undo")
	}
	if got := figure(t, e, "tengtou", 1); got.Value != before.Value || got.Decimals != nil {
		t.Errorf("after Undo: %+v, want %+v", got, before)
	}
	if e.Undo() {
		t.Error("Undo went past the start")
	}
	if !e.Redo() || figure(t, e, "tengtou", 1).Value != 13060000000 {
		t.Error("Redo did not bring the edit back")
	}
	if e.Redo() {
		t.Error("Redo with nothing undone")
	}
}

func TestFigurePreview(t *testing.T) {
	p, problems := FigurePreview(data.Indicator{Key: "k", Label: data.Text{Zh: "产值", En: "Output"}, Value: 13060000000, Unit: data.UnitYuan, Decimals: new(2)})
	if p.Zh.Text != "130.60亿元" || p.En.Text != "13.06 billion yuan" || len(problems) != 0 {
		t.Errorf("preview %q / %q, problems %v", p.Zh.Text, p.En.Text, problems)
	}
	_, problems = FigurePreview(data.Indicator{Key: "k", Label: data.Text{Zh: "个数", En: "Count"}, Value: -1, Unit: data.UnitCount})
	if problems["value"] == "" || problems["counter"] == "" {
		t.Errorf("problems %v, want value and counter", problems)
	}
}

func TestInvalidEditRefused(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(e *Editor) error
		field string
	}{
		{"blank English name", func(e *Editor) error { return setName(e, "tengtou", data.Text{Zh: "滕头村"}) }, "name"},
		{"short story", func(e *Editor) error {
			return e.Edit("tengtou", Story, func(s *data.Site) { s.Story = data.Text{Zh: "太短", En: "Too short."} })
		}, "story.zh"},
		{"negative value", func(e *Editor) error {
			ind := figure(t, e, "tengtou", 1)
			ind.Value = -5
			return setFigure(e, "tengtou", 1, ind)
		}, "indicators[2].value"},
		{"unknown unit", func(e *Editor) error {
			ind := figure(t, e, "tengtou", 0)
			ind.Unit = "furlongs"
			return setFigure(e, "tengtou", 0, ind)
		}, "indicators[1].unit"},
		{"unknown theme", func(e *Editor) error { return e.SetTheme("tengtou", "sports") }, "theme"},
		{"bad source date", func(e *Editor) error { return e.Edit("tengtou", Source, func(s *data.Site) { s.Source.Date = "July" }) }, "source.date"},
		{"into the sea", func(e *Editor) error { return e.Move("tengtou", orb.Point{122.35, 28.9}) }, "district"},
		{"an id in use", func(e *Editor) error {
			s := *e.Dataset().Site("gaoni")
			s.Layer, s.Tour = "pioneers", 99
			return e.AddPlace(&s)
		}, "id"},
		{"a tour number in use", func(e *Editor) error {
			return e.Edit("tengtou", Name, func(s *data.Site) { s.Tour = 1 })
		}, "tour"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := open(t)
			before := encodeAll(t, e.Dataset())
			err := tc.edit(e)
			var r *Refused
			if !errors.As(err, &r) {
				t.Fatalf("edit: %v, want *Refused", err)
			}
			if msg := r.ByField()[tc.field]; msg == "" {
				t.Errorf("no problem for %s in %v", tc.field, r.ByField())
			}
			if e.CanUndo() {
				t.Error("a refused edit entered the history")
			}
			if after := encodeAll(t, e.Dataset()); !bytes.Equal(before, after) {
				t.Error("a refused edit changed the content")
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	e := open(t)
	n := len(e.Dataset().Sites)

	// Move 滕头村 a little, then into 鄞州区: the district follows.
	if err := e.Move("tengtou", orb.Point{121.36, 29.69}); err != nil {
		t.Fatal(err)
	}
	if s := e.Dataset().Site("tengtou"); s.Point != (orb.Point{121.36, 29.69}) || s.District != "330213" {
		t.Errorf("moved: %v in %s", s.Point, s.District)
	}
	if err := e.Move("tengtou", orb.Point{121.690054, 29.743533}); err != nil {
		t.Fatalf("move into 鄞州区: %v", err)
	}
	if s := e.Dataset().Site("tengtou"); s.District != "330212" || s.Admin[0].Zh != "鄞州区" {
		t.Errorf("moved to 鄞州区: district %s, admin %v", s.District, s.Admin[0])
	}
	if err := e.Move("tengtou", orb.Point{116.4, 39.9}); err == nil {
		t.Error("a move to Beijing was accepted")
	}

	// Add a place: the bare draft is refused, the filled one accepted.
	draft := e.NewPlace("pioneers", orb.Point{121.55, 29.87})
	if err := e.AddPlace(draft); err == nil {
		t.Fatal("a draft without name or story was accepted")
	}
	draft.Name = data.Text{Zh: "新地点", En: "New place"}
	draft.Story = data.Text{Zh: strings.Repeat("故事", 50), En: strings.Repeat("word ", 80)}
	if err := e.AddPlace(draft); err != nil {
		t.Fatalf("AddPlace: %v", err)
	}
	if got := len(e.Dataset().Sites); got != n+1 {
		t.Fatalf("%d places after adding, want %d", got, n+1)
	}
	if last := e.TourOrder()[n]; last != draft.ID {
		t.Errorf("new place is not last in the tour: %s", last)
	}

	// Reorder: reverse the tour.
	order := e.TourOrder()
	slices.Reverse(order)
	if err := e.ReorderTour(order); err != nil {
		t.Fatal(err)
	}
	if got := e.TourOrder(); !slices.Equal(got, order) {
		t.Errorf("tour %v, want %v", got, order)
	}
	if err := e.ReorderTour(order[1:]); err == nil {
		t.Error("a tour order leaving a place out was accepted")
	}

	// Delete 滕头村: the tour closes up.
	if err := e.Delete("tengtou"); err != nil {
		t.Fatal(err)
	}
	if e.Dataset().Site("tengtou") != nil || len(e.Dataset().Sites) != n {
		t.Error("tengtou still there")
	}
	for i, s := range e.Dataset().Sites {
		if s.Tour != i+1 {
			t.Errorf("tour numbers %d at position %d after delete", s.Tour, i+1)
		}
	}
	// Undo all the way back to the start.
	for e.Undo() {
	}
	base, _ := data.LoadEmbedded()
	if !bytes.Equal(encodeAll(t, e.Dataset()), encodeAll(t, base)) {
		t.Error("undoing everything did not give the embedded content back")
	}
}

// encodeAll writes every layer of ds in the layer format, for comparisons.
func encodeAll(t *testing.T, ds *data.Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, l := range ds.Layers {
		if err := data.WriteLayer(&b, l); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func TestDefaultDir(t *testing.T) {
	x := t.TempDir()
	t.Setenv("XDG_DATA_HOME", x)
	want := filepath.Join(x, "ningbomap", "exhibition")
	if got := DefaultDir(); got != want && os.Getenv("LOCALAPPDATA") == "" {
		t.Errorf("DefaultDir = %s, want %s", got, want)
	}
	e, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Dir() != want || e.Created() {
		t.Errorf("Dir %s, created %v before any save", e.Dir(), e.Created())
	}
}

func TestOutOfRange(t *testing.T) {
	e := open(t)
	tests := []struct {
		name string
		edit func() error
		is   error
	}{
		{"figure", func() error { return setFigure(e, "tengtou", 9, data.Indicator{}) }, ErrNoItem},
		{"remove figure", func() error { return e.RemoveIndicator("tengtou", -1) }, ErrNoItem},
		{"move figure", func() error { return e.MoveIndicator("tengtou", 0, 5) }, ErrNoItem},
		{"photo", func() error { return e.RemovePhoto("tengtou", 0) }, ErrNoItem},
		{"photo text", func() error { return e.Edit("tengtou", Photo(0), func(s *data.Site) { s.Photos[0].Credit = "x" }) }, ErrNoItem},
		{"place", func() error { return setName(e, "nowhere", data.Text{Zh: "无", En: "None"}) }, ErrNoPlace},
		{"delete place", func() error { return e.Delete("nowhere") }, ErrNoPlace},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.edit(); !errors.Is(err, tc.is) {
				t.Errorf("got %v, want %v", err, tc.is)
			}
		})
	}
	if e.CanUndo() {
		t.Error("a failed edit entered the history")
	}
	// Moving the figures of 滕头村 swaps them, and undo swaps them back.
	first := figure(t, e, "tengtou", 0).Key
	if err := e.MoveIndicator("tengtou", 0, 1); err != nil || figure(t, e, "tengtou", 1).Key != first {
		t.Errorf("MoveIndicator: %v", err)
	}
	if err := e.RemoveIndicator("tengtou", 0); err != nil || len(e.Dataset().Site("tengtou").Indicators) != 1 {
		t.Errorf("RemoveIndicator: %v", err)
	}
}
