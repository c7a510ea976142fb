package geo

import (
	"image"
	"math"
	"testing"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// sizedFont is a LabelFont whose text is a solid block px·2/3 wide per character and px
// high: its boxes follow the size asked for.
type sizedFont struct{}

func (sizedFont) TextMask(text string, px float64) *image.Alpha {
	w := int(math.Round(px * 2 / 3 * float64(utf8.RuneCountInString(text))))
	m := image.NewAlpha(image.Rect(0, 0, w, int(math.Round(px))))
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	return m
}

// TestTextScale: the labeller's TextScale enlarges every name it places and draws, on top
// of the HiDPI factor, and 0 means 1.
func TestTextScale(t *testing.T) {
	for _, tc := range []struct {
		name      string
		textScale float64
		hidpi     float64
		want      float64 // the box's width over its width at 1 and 1
	}{
		{"unset", 0, 1, 1},
		{"one", 1, 1, 1},
		{"a quarter larger", 1.25, 1, 1.25},
		{"half as large again", 1.5, 1, 1.5},
		{"on a 4K screen", 1.5, 2, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Viewport{Center: orb.Point{121.5, 29.8}, Zoom: 12, Width: 800, Height: 600, Scale: tc.hidpi}
			labels := []MapLabel{{Text: "宁波市区", Kind: KindDistrict, Point: orb.Point{121.5, 29.8}}}
			width := func(ts float64) float64 {
				lb := NewLabeller(sizedFont{})
				lb.SetStyles(plainStyles())
				lb.TextScale = ts
				lb.SetLabels(labels)
				got := lb.Place(v, nil, nil, DefaultClusterStyle)
				if len(got) != 1 {
					t.Fatalf("placed %d labels, want 1", len(got))
				}
				return got[0].Box.MaxX - got[0].Box.MinX
			}
			base := 8.0 * 4 // 12 px × 2/3 per character, 4 characters, at 1 and 1
			if got := width(tc.textScale) / base; math.Abs(got-tc.want) > 0.05 {
				t.Errorf("box %.2f× as wide, want %.2f×", got, tc.want)
			}
		})
	}
}
