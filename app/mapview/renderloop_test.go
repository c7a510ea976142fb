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
// the one drawn into, and the spare is dropped once the map has been still for idleDrop
// (the renderer's coverage with it); a frame after that is drawn as before.
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
	// The renderer's coverage went with the spare: the next frame makes it again.
	l.request(geo.NewViewport(64, 48))
	select {
	case f := <-ui:
		f()
	case <-time.After(5 * time.Second):
		t.Fatal("no frame after the map was still")
	}
	<-delivered
}

// TestHoldDrawsOnlyTheLastView: while held, the views asked for (a window laid out at
// passing sizes) draw nothing; on resume the last one alone is drawn, and the map says
// so (drawn) before the UI takes it.
func TestHoldDrawsOnlyTheLastView(t *testing.T) {
	ui := make(chan func(), 4)
	var got []geo.Viewport
	l := newRenderLoop(geo.NewRenderer(), func(f func()) { ui <- f }, func(_ *image.RGBA, vp geo.Viewport) {
		got = append(got, vp)
	})
	defer l.stop()
	l.hold()
	l.request(geo.NewViewport(563, 150))
	l.request(geo.NewViewport(812, 711))
	select {
	case f := <-ui:
		f()
		t.Fatalf("a held map drew %v", got)
	case <-l.drawn:
		t.Fatal("a held map says its first frame is drawn")
	case <-time.After(300 * time.Millisecond):
	}
	l.resume()
	select {
	case <-l.drawn:
	case <-time.After(5 * time.Second):
		t.Fatal("the first frame was never said to be drawn")
	}
	select {
	case f := <-ui:
		f()
	case <-time.After(5 * time.Second):
		t.Fatal("no frame after resume")
	}
	if len(got) != 1 || got[0].Width != 812 || got[0].Height != 711 {
		t.Errorf("drew %v, want the last view, 812x711, alone", got)
	}
}

// TestQueueDoesNotWaitForAFrame: a change to the layers (the names) from the UI goroutine
// is queued while a frame (or a prepared view) is drawn, and applied in order before the
// next frame and before an update.
func TestQueueDoesNotWaitForAFrame(t *testing.T) {
	l := newRenderLoop(geo.NewRenderer(), nil, func(*image.RGBA, geo.Viewport) {})
	defer l.stop()
	l.rmu.Lock() // a frame in progress
	done := make(chan struct{})
	var order []int
	go func() {
		l.queue(func(*geo.Renderer) { order = append(order, 1) })
		l.queue(func(*geo.Renderer) { order = append(order, 2) })
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("queue waited for the frame in progress")
	}
	l.rmu.Unlock()
	l.update(func(*geo.Renderer) { order = append(order, 3) })
	if len(order) != 3 || order[0] != 1 || order[1] != 2 || order[2] != 3 {
		t.Errorf("applied %v, want the queued changes in order, then the update", order)
	}
	l.queue(func(*geo.Renderer) { order = append(order, 4) })
	l.renderNow(geo.NewViewport(64, 48))
	if len(order) != 4 {
		t.Errorf("a frame did not apply the queued change: %v", order)
	}
}
