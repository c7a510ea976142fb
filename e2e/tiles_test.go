package e2e

import (
	"image"
	"path/filepath"
	"testing"
	"time"
)

// fixtureSeaRGB is the sea of the tile fixtures (tiles/internal/fixture), a colour the
// built-in basemap never draws.
var fixtureSeaRGB = [3]int{0x9c, 0xc3, 0xe6}

// TestE2ETileBasemap starts the window with --basemap on the committed MBTiles fixture:
// the tiles show under the map (their colours on screen), and a drag moves them with the
// pointer.
func TestE2ETileBasemap(t *testing.T) {
	requireX(t)
	fixture, err := filepath.Abs(filepath.Join("..", "tiles", "testdata", "ningbo.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	a := start(t, []string{"LANG=C.UTF-8", "LC_ALL=", "LANGUAGE="}, "--size", "1250x950", "--basemap", fixture)
	r := a.rect
	mapRect := image.Rect(r.Min.X+30, r.Min.Y+380, r.Min.X+700, r.Max.Y-70)
	before := waitFor(t, 30*time.Second, "the tiles to be drawn", func(img image.Image) bool {
		return fraction(img, mapRect, fixtureSeaRGB) > 0.05
	})
	before = settled(t, before, mapRect)
	save(t, "tiles-before.png", before)
	t.Logf("tile sea %.2f, built-in sea %.2f of the map area", fraction(before, mapRect, fixtureSeaRGB), fraction(before, mapRect, seaRGB))

	const dx, dy = 120, 70
	dragAcross(t, r, mapRect, dx, dy)
	inner := mapRect.Inset(40)
	moved := waitFor(t, 15*time.Second, "the tiles to move", func(img image.Image) bool {
		return shiftError(before, img, inner, 0, 0) > 1
	})
	after := settled(t, moved, mapRect) // the exact frame, with any newly decoded tiles
	save(t, "tiles-after.png", after)
	gx, gy, e := bestShift(before, after, inner, dx, dy, 12)
	still := shiftError(before, after, inner, 0, 0)
	t.Logf("best shift (%d,%d) error %.2f; unshifted error %.2f", gx, gy, e, still)
	if abs(gx-dx) > 6 || abs(gy-dy) > 6 {
		t.Errorf("the tiles moved by (%d,%d), want about (%d,%d)", gx, gy, dx, dy)
	}
	if fraction(after, mapRect, fixtureSeaRGB) < 0.02 {
		t.Error("the tiles are gone after the drag")
	}
}
