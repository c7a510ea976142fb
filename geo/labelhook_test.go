package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

// TestRenderDrawsLabeller checks that a renderer with a labeller draws its
// labels over the frame, and draws none once the labeller is taken away.
func TestRenderDrawsLabeller(t *testing.T) {
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 200, Height: 100, Scale: 1}
	lb := NewLabeller(boxFont{})
	lb.SetStyles(plainStyles())
	lb.SetLabels([]MapLabel{{Text: "abc", Point: v.Center, Kind: KindDistrict}})
	r := NewRenderer()
	r.SetBackground(color.NRGBA{255, 255, 255, 255})
	dark := func(img *image.RGBA) int {
		n := 0
		for i := 0; i < len(img.Pix); i += 4 {
			if img.Pix[i] < 128 {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		name string
		lb   *Labeller
		want int
	}{
		{"with a labeller", lb, 24 * 12},
		{"without", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r.SetLabeller(tc.lb)
			if r.Labeller() != tc.lb {
				t.Fatal("Labeller does not return the labeller set")
			}
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			r.Render(img, v)
			if got := dark(img); got != tc.want {
				t.Errorf("%d dark pixels, want %d", got, tc.want)
			}
		})
	}
}

// TestLabellerCovered checks that no label goes where the frame is covered.
func TestLabellerCovered(t *testing.T) {
	v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 200, Height: 100, Scale: 1}
	lb := NewLabeller(boxFont{})
	lb.SetStyles(plainStyles())
	lb.SetLabels([]MapLabel{{Text: "abc", Point: v.Center, Kind: KindDistrict}})
	for _, tc := range []struct {
		name    string
		covered []Box
		want    []Anchor
	}{
		{"nothing covered", nil, []Anchor{AnchorCenter}},
		{"the centre covered", []Box{{95, 48, 105, 52}}, []Anchor{AnchorAbove}},
		{"all covered", []Box{{0, 0, 200, 100}}, nil},
		{"covered past the frame", []Box{{-50, -50, 300, 300}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lb.SetCovered(tc.covered)
			var got []Anchor
			for _, p := range lb.Place(v, nil, nil, DefaultClusterStyle) {
				got = append(got, p.Anchor)
			}
			if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
				t.Errorf("placed at %v, want %v", got, tc.want)
			}
		})
	}
}
