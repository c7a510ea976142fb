package style

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestTextScale: the text scale enlarges what a visitor reads and leaves the frame (touch
// targets, Fyne's own text in buttons and fields) as it is; TextScale reads it back.
func TestTextScale(t *testing.T) {
	a := test.NewTempApp(t)
	for _, tc := range []struct {
		name       string
		zoom, text float32
	}{
		{"plain", 1, 1},
		{"kiosk", 1.25, 1},
		{"larger", 1, 1.5},
		{"kiosk larger", 1.25, 1.25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := NewTheme()
			th.Zoom = tc.zoom
			a.Settings().SetTheme(th.WithText(tc.text))
			for n, v := range Defaults {
				want := v * tc.zoom
				if reading[n] {
					want *= tc.text
				}
				if got := Size(n); !near(got, want) {
					t.Errorf("Size(%s) = %g, want %g", n, got, want)
				}
			}
			if got, want := Size(theme.SizeNameText), 16*tc.zoom; !near(got, want) {
				t.Errorf("Fyne's text size %g, want %g (the text scale leaves it)", got, want)
			}
			if got := TextScale(); !near(got, tc.text) {
				t.Errorf("TextScale() = %g, want %g", got, tc.text)
			}
		})
	}
}

// TestWithTextIsNewValue: Fyne lays the windows out again only for a theme value it has
// not seen.
func TestWithTextIsNewValue(t *testing.T) {
	th := NewTheme()
	if th.WithText(1.25) == th || th.Text != 1 {
		t.Error("WithText changed the theme in place")
	}
}

func TestMillimetres(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mm, scale float32
		want      float32
	}{
		{"key at scale 1", 12, 1, 48.39},
		{"row at scale 1", 9, 1, 36.29},
		{"key on 4K at scale 2", 12, 2, 24.19},
		{"scale 0 is 1", 12, 0, 48.39},
		{"half scale", 9, 0.5, 72.58},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Millimetres(tc.mm, tc.scale)
			if math.Abs(float64(got-tc.want)) > 0.01 {
				t.Errorf("Millimetres(%g, %g) = %.2f, want %.2f", tc.mm, tc.scale, got, tc.want)
			}
			if back := UnitsToMillimetres(got, tc.scale); !near(back, tc.mm) {
				t.Errorf("UnitsToMillimetres(%g) = %g, want %g back", got, back, tc.mm)
			}
		})
	}
	// The kiosk's touch targets (48 units at the kiosk's zoom 1.25) clear both floors.
	if touch := Defaults[Touch] * 1.25; UnitsToMillimetres(touch, 1) < KeyMM {
		t.Errorf("a kiosk touch target of %g units is %.1f mm, under %d mm", touch, UnitsToMillimetres(touch, 1), KeyMM)
	}
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 1e-4 }

var _ fyne.Theme = (*Theme)(nil)
