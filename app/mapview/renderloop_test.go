package mapview

import (
	"image"
	"testing"
	"time"

	"ningbomap/geo"
)

// TestStageDoesNotWaitForAFrame: marker updates from the UI goroutine are staged while a
// frame is being drawn, and reach the renderer before the next one.
func TestStageDoesNotWaitForAFrame(t *testing.T) {
	l := newRenderLoop(geo.NewRenderer(), nil, func(*image.RGBA, geo.Viewport) {})
	defer l.stop()
	l.rmu.Lock() // a frame in progress
	done := make(chan struct{})
	applied := false
	go func() {
		l.stage(func(*geo.Renderer) { applied = true })
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("stage waited for the frame in progress")
	}
	l.rmu.Unlock()
	vp := geo.NewViewport(64, 48)
	l.renderNow(vp)
	if !applied {
		t.Error("the staged change was not applied before the next frame")
	}
}
