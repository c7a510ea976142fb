package e2e

import (
	"image"
	"strings"
	"testing"
	"time"
)

// TestE2EDragPansMap starts the binary under a C locale, checks the window title and the
// drawn basemap, drags the map with xdotool and checks from the screen's pixels that the
// map moved with the pointer.
func TestE2EDragPansMap(t *testing.T) {
	requireX(t)
	a := start(t, []string{"LANG=C.UTF-8", "LC_ALL=", "LANGUAGE="}, "--size", "1250x950")

	if got := a.name(); !strings.Contains(got, "宁波基层党建故事地图") || !strings.Contains(got, "Ningbo Party-Building Story Map") {
		t.Errorf("window title = %q", got)
	}

	r := a.rect
	mapRect := mapArea(r)

	before := waitFor(t, 30*time.Second, "the basemap to be drawn", func(img image.Image) bool {
		return fraction(img, mapRect, landRGB) > 0.10 && fraction(img, mapRect, seaRGB) > 0.05
	})
	before = settled(t, before, mapRect)
	save(t, "drag-before.png", before)
	t.Logf("land %.2f, sea %.2f of the map area", fraction(before, mapRect, landRGB), fraction(before, mapRect, seaRGB))

	const dx, dy = 160, 90
	after, gx, gy, e, still := dragMeasured(t, r, mapRect, before, dx, dy, "drag-after.png")
	if abs(gx-dx) > 6 || abs(gy-dy) > 6 {
		t.Errorf("map moved by (%d,%d), want about (%d,%d)", gx, gy, dx, dy)
	}
	if e > still/4 {
		t.Errorf("the shifted picture does not match: error %.2f vs %.2f unshifted", e, still)
	}
	if fraction(after, mapRect, landRGB) < 0.05 {
		t.Errorf("after the drag the basemap is gone")
	}

	if out := a.stderr.String(); strings.Contains(out, "Error parsing user locale") {
		t.Errorf("locale error printed under LANG=C.UTF-8:\n%s", out)
	}
}

// waitFor takes screenshots until ok holds, and returns the one that satisfied it.
func waitFor(t *testing.T, timeout time.Duration, what string, ok func(image.Image) bool) image.Image {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var img image.Image
	for time.Now().Before(deadline) {
		img = screenshot(t)
		if ok(img) {
			return img
		}
		time.Sleep(250 * time.Millisecond)
	}
	save(t, "timeout.png", img)
	t.Fatalf("timed out after %v waiting for %s", timeout, what)
	return nil
}

// mapArea is a part of the map area of a window at r (1250×950) clear of the legend (top
// left), the zoom buttons and the overview card (right).
func mapArea(r image.Rectangle) image.Rectangle {
	return image.Rect(r.Min.X+30, r.Min.Y+380, r.Min.X+700, r.Max.Y-70)
}

// dragMeasured drags the map by dx, dy across mapRect (window r), waits for it to move and
// settle, saves the settled picture as name and returns it with the shift of before that
// best matches it, that shift's error and the error unshifted.
func dragMeasured(t *testing.T, r, mapRect image.Rectangle, before image.Image, dx, dy int, name string) (after image.Image, gx, gy int, e, still float64) {
	t.Helper()
	dragAcross(t, r, mapRect, dx, dy)
	inner := mapRect.Inset(40)
	moved := waitFor(t, 15*time.Second, "the map to move", func(img image.Image) bool {
		return shiftError(before, img, inner, 0, 0) > 1
	})
	after = settled(t, moved, mapRect) // the exact frame has replaced the moved one
	save(t, name, after)
	gx, gy, e = bestShift(before, after, inner, dx, dy, 12)
	still = shiftError(before, after, inner, 0, 0)
	t.Logf("best shift (%d,%d) error %.2f; unshifted error %.2f", gx, gy, e, still)
	return after, gx, gy, e, still
}

// settled takes screenshots from first until the map area rect shows the same picture
// twice, 300 ms apart, and returns that picture: the start's first frames can still be
// followed by a re-fit of the view (the layer panel folding, the window's last resize),
// and a drag measured against a picture the map then left would not match.
func settled(t *testing.T, first image.Image, rect image.Rectangle) image.Image {
	t.Helper()
	prev := first
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
		cur := screenshot(t)
		if shiftError(prev, cur, rect, 0, 0) < 0.01 {
			return cur
		}
		prev = cur
	}
	t.Fatalf("the map area did not settle in 10 s")
	return nil
}

// dragAcross drags the map by dx, dy through the middle of rect with xdotool, holding
// still before letting go (no glide), then moves the pointer off the map (window r).
func dragAcross(t *testing.T, r, rect image.Rectangle, dx, dy int) {
	t.Helper()
	cx, cy := (rect.Min.X+rect.Max.X)/2-dx/2, (rect.Min.Y+rect.Max.Y)/2-dy/2
	xdo(t, "mousemove", itoa(cx), itoa(cy))
	xdo(t, "mousedown", "1")
	for i := 1; i <= 16; i++ {
		xdo(t, "mousemove", itoa(cx+dx*i/16), itoa(cy+dy*i/16))
		time.Sleep(15 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	xdo(t, "mouseup", "1")
	xdo(t, "mousemove", itoa(r.Max.X-5), itoa(r.Max.Y-5))
}
