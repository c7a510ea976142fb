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
