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

// TestTwoFrameBuffers: frames in a row (a flight) use two buffers, the one on screen and
// the one drawn into, and the spare is dropped once the map has been still for idleDrop.
func TestTwoFrameBuffers(t *testing.T) {
	defer func(d time.Duration) { idleDrop = d }(idleDrop)
	idleDrop = 200 * time.Millisecond
	ui := make(chan func(), 1)
	var l *renderLoop
	var onScreen *image.RGBA
	used := map[*image.RGBA]bool{}
	delivered := make(chan struct{}, 1)
	l = newRenderLoop(geo.NewRenderer(), func(f func()) { ui <- f }, func(img *image.RGBA, _ geo.Viewport) {
		used[img] = true
		old := onScreen
		onScreen = img
		if old != nil && old != img {
			l.release(old)
		}
		delivered <- struct{}{}
	})
	defer l.stop()
	for i := range 20 {
		vp := geo.NewViewport(64, 48)
		vp.SetZoom(float64(i%5) + 3)
		l.request(vp)
		select {
		case f := <-ui:
			f()
		case <-time.After(5 * time.Second):
			t.Fatalf("frame %d never came", i)
		}
		<-delivered
	}
	if len(used) > 2 {
		t.Errorf("20 frames in a row used %d buffers, want 2", len(used))
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		l.mu.Lock()
		n := len(l.free)
		l.mu.Unlock()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the still map keeps %d spare buffers", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
