package app

import (
	"fmt"
	"math"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/data"
)

// TestOpeningViewGuess: the view the renderer is warmed at while the window is made is the
// view the laid-out window shows first (give or take a few pixels of bars), in a wide
// window with the card beside the map and tall ones with the card below (a portrait kiosk
// is wide enough for a side panel, and still gets the sheet): a layout change
// that moves the map would lose the warm start without anyone seeing why.
func TestOpeningViewGuess(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1920, Height: 1080}, {Width: 800, Height: 1280}, {Width: 1080, Height: 1920}} {
		t.Run(fmtSize(size), func(t *testing.T) {
			tu := newTestUI(t, data.Zh, size)
			got := tu.mapView().Viewport()
			want, ok := openingView(tu.content(), opening{size: size})
			if !ok {
				t.Fatal("no view guessed")
			}
			if abs(got.Width-want.Width) > 8 || abs(got.Height-want.Height) > 8 {
				t.Errorf("map %d×%d px, guessed %d×%d", got.Width, got.Height, want.Width, want.Height)
			}
			if math.Abs(got.Zoom-want.Zoom) > 0.05 {
				t.Errorf("zoom %.3f, guessed %.3f", got.Zoom, want.Zoom)
			}
		})
	}
}

func fmtSize(s fyne.Size) string { return fmt.Sprintf("%gx%g", s.Width, s.Height) }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
