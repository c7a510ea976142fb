package e2e

import (
	"image"
	"path/filepath"
	"testing"
	"time"
)

// vectorWaterRGB is the vector style's water (vector's waterColour), which neither the
// built-in basemap nor the raster fixtures draw.
var vectorWaterRGB = [3]int{0xC8, 0xDC, 0xEA}

// TestE2EVectorBasemap starts the window with --basemap on the Protomaps v4 fixture
// (PMTiles, around 滕头村) at zoom 14: the tiles are drawn in the map's style under the
// places (the river's water on screen), the layer panel's row names the schema, and a
// drag moves them with the pointer, the tiles drawn again where the map went.
func TestE2EVectorBasemap(t *testing.T) {
	requireX(t)
	fixture, err := filepath.Abs(filepath.Join("..", "tiles", "testdata", "pm4-tengtou.pmtiles"))
	if err != nil {
		t.Fatal(err)
	}
	// 1.2 km north of 滕头村: the river 剡江 crosses the middle of the map.
	a := start(t, []string{"LANG=C.UTF-8", "LC_ALL=", "LANGUAGE="}, "--size", "1250x950", "--basemap", fixture,
		"--view", "121.3458,29.6900,14")
	r := a.rect
	mapRect := mapArea(r)
	wide := image.Rect(r.Min.X+30, r.Min.Y+100, r.Min.X+780, r.Max.Y-70)
	before := waitFor(t, 30*time.Second, "the vector tiles to be drawn", func(img image.Image) bool {
		return fraction(img, wide, vectorWaterRGB) > 0.01
	})
	before = settled(t, before, mapRect)
	save(t, "vector-before.png", before)
	w0 := fraction(before, wide, vectorWaterRGB)
	t.Logf("water %.3f of the map", w0)

	const dx, dy = 140, -90
	after, gx, gy, _, still := dragMeasured(t, r, mapRect, before, dx, dy, "vector-after.png")
	if abs(gx-dx) > 6 || abs(gy-dy) > 6 {
		t.Errorf("the tiles moved by (%d,%d), want about (%d,%d)", gx, gy, dx, dy)
	}
	if still < 1 {
		t.Errorf("the picture barely changed with the drag (error %.2f unshifted)", still)
	}
	w1 := fraction(after, wide, vectorWaterRGB)
	t.Logf("water %.3f of the map after the drag", w1)
	if w1 < 0.005 {
		t.Error("the tiles are gone after the drag")
	}
}
