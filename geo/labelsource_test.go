package geo

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

// zoomNames is a label source whose labels depend on the view's zoom: one
// town name per whole zoom, at the view's centre.
type zoomNames struct{ asked int }

func (s *zoomNames) LabelsKey(v Viewport) uint64 { return uint64(v.Zoom) }

func (s *zoomNames) AppendLabels(dst []MapLabel, v Viewport) []MapLabel {
	s.asked++
	name := "z" + string(rune('0'+int(v.Zoom)%10))
	return append(dst, MapLabel{Text: name, Point: v.Unproject(float64(v.Width)/2, float64(v.Height)/2+8), Kind: KindTown})
}

// TestLabelSource: a source's labels join those set, are placed after the
// map's own (never over them), are asked for again only when their key
// changes, and go with the source.
func TestLabelSource(t *testing.T) {
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 400, Height: 300, Scale: 1}
	lb := NewLabeller(boxFont{})
	lb.SetStyles(plainStyles())
	own := MapLabel{Text: "district", Point: v.Center, Kind: KindDistrict}
	lb.SetLabels([]MapLabel{own})
	src := &zoomNames{}
	lb.SetSource(src)
	texts := func() []string {
		var out []string
		for _, p := range lb.Place(v, nil, nil, DefaultClusterStyle) {
			out = append(out, lb.Labels()[p.Index].Text)
		}
		return out
	}
	got := texts()
	if !slices.Equal(got, []string{"district", "z2"}) {
		t.Fatalf("placed %q, want the district first, then the source's town", got)
	}
	placed := lb.Placed()
	if placed[0].Box.overlaps(placed[1].Box) {
		t.Error("the town's name overlaps the district's")
	}
	texts()
	if src.asked != 1 {
		t.Errorf("asked %d times for the same view, want once", src.asked)
	}
	v.Zoom = 13.5
	if got := texts(); !slices.Equal(got, []string{"district", "z3"}) || src.asked != 2 {
		t.Errorf("at zoom 13.5: %q, asked %d times", got, src.asked)
	}
	lb.SetLabels([]MapLabel{{Text: "other", Point: v.Center, Kind: KindDistrict}})
	if got := texts(); !slices.Equal(got, []string{"other", "z3"}) {
		t.Errorf("after SetLabels: %q, want the source's labels kept", got)
	}
	lb.SetSource(nil)
	if got := texts(); !slices.Equal(got, []string{"other"}) {
		t.Errorf("without the source: %q", got)
	}
}
