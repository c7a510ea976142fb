package e2e

import (
	"image"
	"path/filepath"
	"testing"
	"time"
)

// fixtureSeaRGB is the sea of the tile fixtures (internal/fixture), a colour the
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
	mapRect := mapArea(r)
	before := waitFor(t, 30*time.Second, "the tiles to be drawn", func(img image.Image) bool {
		return fraction(img, mapRect, fixtureSeaRGB) > 0.05
	})
	before = settled(t, before, mapRect)
	save(t, "tiles-before.png", before)
	t.Logf("tile sea %.2f, built-in sea %.2f of the map area", fraction(before, mapRect, fixtureSeaRGB), fraction(before, mapRect, seaRGB))

	const dx, dy = 120, 70
	after, gx, gy, _, _ := dragMeasured(t, r, mapRect, before, dx, dy, "tiles-after.png")
	if abs(gx-dx) > 6 || abs(gy-dy) > 6 {
		t.Errorf("the tiles moved by (%d,%d), want about (%d,%d)", gx, gy, dx, dy)
	}
	if fraction(after, mapRect, fixtureSeaRGB) < 0.02 {
		t.Error("the tiles are gone after the drag")
	}
}
