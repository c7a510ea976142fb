package edit

import (
	"reflect"
	"testing"

	"ningbomap/data"
)

// TestEditTouchesOneLayer: an edit copies the place it changes and shares every other
// place with the version before it, which stays as it was; Diff names the place and its
// layer, for a UI that updates only those.
func TestEditTouchesOneLayer(t *testing.T) {
	e := open(t)
	before := e.Dataset()
	if err := setName(e, "tengtou", data.Text{Zh: "滕头", En: "Tengtou"}); err != nil {
		t.Fatal(err)
	}
	after := e.Dataset()
	if got, want := Diff(before, after), (Change{Places: []string{"tengtou"}, Layers: []string{"revitalisation"}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Diff = %+v, want %+v", got, want)
	}
	for _, s := range append(before.Sites, before.Overview) {
		if s.ID != "tengtou" && after.Site(s.ID) != s {
			t.Errorf("%s is not shared with the version before", s.ID)
		}
	}
	if before.Site("tengtou").Name.Zh != "滕头村" {
		t.Error("the edit changed the version before it")
	}
	if !e.Undo() || e.Dataset() != before {
		t.Fatal("Undo does not give the version before back")
	}
	if got := Diff(after, e.Dataset()); !reflect.DeepEqual(got.Places, []string{"tengtou"}) {
		t.Errorf("Diff of the undo = %+v", got)
	}

	tests := []struct {
		name   string
		edit   func() error
		places []string
		layers []string
	}{
		// Another theme moves it to that layer, before the places after it in the tour:
		// those, and the ones after it in its old layer, are features further on or back
		// in their files now.
		{"another theme", func() error { return e.SetTheme("tengtou", data.ThemeService) },
			[]string{"baiyu", "fenghua-drainage", "gaoni", "lingfeng", "longtou", "tengtou", "tengtou-academy"},
			[]string{"revitalisation", "service"}},
		{"a figure", func() error { return e.RemoveIndicator("gaoni", 0) }, []string{"gaoni"}, []string{"service"}},
		{"deleting the last place renumbers none", func() error { return e.Delete("laoshan") },
			[]string{"laoshan"}, []string{"pioneers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			was := e.Dataset()
			if err := tt.edit(); err != nil {
				t.Fatal(err)
			}
			if got, want := Diff(was, e.Dataset()), (Change{Places: tt.places, Layers: tt.layers}); !reflect.DeepEqual(got, want) {
				t.Errorf("Diff = %+v, want %+v", got, want)
			}
		})
	}
	if got := Diff(nil, e.Dataset()); len(got.Places) != len(e.Dataset().Sites)+1 {
		t.Errorf("from no content, %d places changed, want all %d", len(got.Places), len(e.Dataset().Sites)+1)
	}
	other, _ := data.LoadEmbedded()
	if got := Diff(other, e.Dataset()); len(got.Places) != len(e.Dataset().Sites)+2 { // laoshan went
		t.Errorf("from content loaded elsewhere, %d places changed: %v", len(got.Places), got.Places)
	}
}

// TestEditNothing: an edit that finds nothing to change (the tour order in force) leaves
// no undo step.
func TestEditNothing(t *testing.T) {
	e := open(t)
	if err := e.ReorderTour(e.TourOrder()); err != nil {
		t.Fatal(err)
	}
	if e.CanUndo() {
		t.Error("the tour as it was is an undo step")
	}
}
