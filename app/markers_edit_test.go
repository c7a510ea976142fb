package app

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/data"
	"ningbomap/edit"
)

// TestMarkersEdited: after an edit the markers take the places it changed where they
// are; the places are clustered again only when one of them moved.
func TestMarkersEdited(t *testing.T) {
	ed, err := edit.Open(filepath.Join(t.TempDir(), "exhibition"), edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ml := newMarkerLayer(ed.Dataset(), markerSettings{basemap: true}, nil)
	index := ml.clusterer
	show := func() {
		was := ml.ds
		ml.edited(ed.Dataset(), edit.Diff(was, ed.Dataset()).Places)
	}

	if err := ed.Edit("tengtou", edit.Name, func(s *data.Site) { s.Name.Zh = "滕头" }); err != nil {
		t.Fatal(err)
	}
	show()
	now := ed.Dataset().Site("tengtou")
	if ml.clusterer != index {
		t.Error("a new name clustered the places again")
	}
	if ml.ds != ed.Dataset() || !slices.Contains(ml.sites, now) {
		t.Error("the markers do not show the place as edited")
	}
	for _, s := range ml.sites {
		if ed.Dataset().Site(s.ID) != s {
			t.Errorf("the markers keep an old version of %s", s.ID)
		}
	}

	p := orb.Point{121.36, 29.69}
	if err := ed.Move("tengtou", p); err != nil {
		t.Fatal(err)
	}
	show()
	if ml.clusterer == index {
		t.Error("a moved place was not clustered again")
	}
	i := slices.IndexFunc(ml.sites, func(s *data.Site) bool { return s.ID == "tengtou" })
	if i < 0 || ml.points[i] != p {
		t.Errorf("the moved place's marker is not at %v", p)
	}
}
