package geo

import (
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestMarkerAt(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 12, Width: 800, Height: 600}
	r := NewRenderer()
	r.SetMarkers([]Marker{
		{ID: "a", Point: v.Unproject(200, 200)},
		{ID: "b", Point: v.Unproject(210, 200)},
		{ID: "sel", Point: v.Unproject(500, 300), Selected: true},
		{ID: "edge", Point: v.Unproject(799, 0)},
	})
	for _, tc := range []struct {
		name string
		x, y float64
		want string
	}{
		{"nearest of overlapping", 207, 200, "b"},
		{"other of overlapping", 202, 203, "a"},
		{"selected is bigger", 500, 322, "sel"},
		{"edge", 795, 3, "edge"},
		{"miss", 350, 350, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i, ok := r.MarkerAt(v, tc.x, tc.y, DefaultTouchTolerance)
			got := ""
			if ok {
				got = r.Markers()[i].ID
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestClusterAtAndPolygonAt(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 10, Width: 800, Height: 600}
	r := NewRenderer()
	r.SetClusters([]Cluster{
		{ID: 100, Point: v.Unproject(300, 300), Count: 500, Index: -1},
		{ID: -1, Point: v.Unproject(330, 300), Count: 1, Index: 7},
	}, DefaultClusterStyle)
	if i, ok := r.ClusterAt(v, 320, 300, DefaultTouchTolerance); !ok || i != 1 {
		t.Errorf("got %d %v, want the single point 1", i, ok)
	}
	if i, ok := r.ClusterAt(v, 290, 310, 0); !ok || i != 0 {
		t.Errorf("got %d %v, want the bubble 0", i, ok)
	}
	sq := orb.Polygon{{v.Unproject(10, 10), v.Unproject(100, 10), v.Unproject(100, 100), v.Unproject(10, 100), v.Unproject(10, 10)}}
	r.SetPolygons("d", []orb.MultiPolygon{{sq}}, Style{})
	if i, ok := r.PolygonAt("d", v, 50, 50); !ok || i != 0 {
		t.Errorf("polygon at: %d %v", i, ok)
	}
	if _, ok := r.PolygonAt("d", v, 150, 50); ok {
		t.Error("polygon hit outside")
	}
	if got := r.PolygonsInView(nil, "d", v); len(got) != 1 {
		t.Errorf("in view: %v", got)
	}
}

func TestPlaceLabels(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 12, Width: 800, Height: 600}
	r := NewRenderer()
	r.SetMarkers([]Marker{{Point: v.Unproject(100, 100)}, {Point: v.Unproject(200, 100)}})
	labels := []Label{
		{Point: v.Unproject(100, 100), Width: 80, Height: 16, Gap: 20},              // its right side holds the next marker
		{Point: v.Unproject(200, 100), Width: 80, Height: 16, Gap: 20, Priority: 1}, // placed first
		{Point: v.Unproject(790, 300), Width: 80, Height: 16, Gap: 20},              // must go left
		{Point: v.Unproject(400, 300), Width: 60, Height: 20},                       // centred
		{Point: v.Unproject(-5, 300), Width: 60, Height: 20},                        // off screen
	}
	got := r.PlaceLabels(nil, v, labels)
	byIndex := map[int]PlacedLabel{}
	for _, p := range got {
		byIndex[p.Index] = p
	}
	if got[0].Index != 1 || got[0].Anchor != AnchorRight {
		t.Errorf("first placed %+v, want label 1 on the right", got[0])
	}
	if p := byIndex[0]; p.Anchor == AnchorRight {
		t.Errorf("label 0 overlaps label 1's marker: %+v", p)
	}
	if p := byIndex[2]; p.Anchor != AnchorLeft {
		t.Errorf("label 2 at %+v, want left", p)
	}
	if p := byIndex[3]; p.Anchor != AnchorCenter || p.X != 370 {
		t.Errorf("label 3 at %+v, want centred", p)
	}
	if _, ok := byIndex[4]; ok {
		t.Error("off-screen label placed")
	}
}

func TestMarkerRadiusScalesSpriteAndHit(t *testing.T) {
	v := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 12, Width: 400, Height: 300}
	small := Marker{Point: v.Unproject(100, 100)}
	big := Marker{Point: v.Unproject(300, 100), Radius: 14}
	if got, want := big.OuterRadius(1), 2*small.OuterRadius(1); math.Abs(got-want) > 1e-9 {
		t.Errorf("a marker of radius 14 has outer radius %v, want twice the default's (%v)", got, want)
	}
	r := NewRenderer()
	r.SetMarkers([]Marker{small, big})
	// 15 pixels off centre: outside the default marker, inside the big one.
	if _, ok := r.MarkerAt(v, 115, 100, 0); ok {
		t.Error("hit 15 px from a default marker")
	}
	if i, ok := r.MarkerAt(v, 315, 100, 0); !ok || i != 1 {
		t.Errorf("missed the big marker 15 px from its centre: %d %v", i, ok)
	}
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	r.Render(img, v)
	if c := img.RGBAAt(315, 100); c.A == 0 {
		t.Error("the big marker is not drawn 15 px from its centre")
	}
}
