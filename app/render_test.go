package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/app/basemap"
	"ningbomap/app/card"
	"ningbomap/data"
	"ningbomap/geo"
)

func TestRenderPicture(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	img, err := RenderPicture(ds, PictureOptions{Site: "tengtou", Lang: data.En, Width: 1600, Height: 1000, Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1600 || b.Dy() != 1000 {
		t.Fatalf("picture is %v, want 1600x1000", b)
	}
	// The map shows land, and the card its theme's green.
	green := card.ThemeColour(ds.Theme(data.ThemeRevitalisation))
	var land, accent int
	for y := 0; y < 1000; y += 2 {
		for x := 0; x < 1600; x += 2 {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if c == basemap.Land {
				land++
			}
			if c == green {
				accent++
			}
		}
	}
	if land < 1000 || accent < 200 {
		t.Errorf("land pixels %d, theme-green pixels %d: the map or the card is missing", land, accent)
	}
	if _, err := RenderPicture(ds, PictureOptions{Site: "nowhere", Lang: data.En, Width: 100, Height: 100}); err == nil {
		t.Error("an unknown place id gave no error")
	}
}

// TestTapBubbleZoomsIn taps the bubble of the places in 奉化区 at the overview: the map
// zooms in towards it until they separate.
func TestTapBubbleZoomsIn(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.key(fyne.KeyEscape)
	tu.pump()
	var bubble geo.Cluster
	found := false
	for _, c := range tu.bubbles() {
		if c.Count > 1 {
			bubble, found = c, true
			break
		}
	}
	if !found {
		t.Fatal("no bubble at the overview")
	}
	before := tu.mapView().Viewport()
	tu.tapAt(bubble.Point)
	after := tu.mapView().Viewport()
	if after.Zoom <= before.Zoom {
		t.Errorf("tapping a bubble of %d left the zoom at %.2f (was %.2f)", bubble.Count, after.Zoom, before.Zoom)
	}
	if got := tu.opened(); got != "" {
		t.Errorf("tapping a bubble opened %q", got)
	}
}
