package mapview

import (
	"image"
	"sync"
	"time"

	"ningbomap/geo"
)

// renderLoop draws map frames off the UI goroutine. Requests are coalesced: only the
// newest viewport asked for is drawn. Finished frames are handed to deliver, which runs
// on the UI goroutine (through fyne.Do in the app, directly in tests).
//
// Frame buffers are recycled, but a buffer handed to Fyne is never drawn into again until
// the UI gives it back with release, after a newer frame replaced it on screen. At most
// one finished frame waits for the UI at a time: when the UI is slower than the drawing
// (a software OpenGL, a 4K screen), requests pile up as one newest viewport, not as
// frames in memory. So two buffers suffice (one on screen, one drawn into): one spare is
// kept while the map moves, and dropped once it has been still for idleDrop (a spare is
// 4 MB at 1280×800, 33 MB at 4K), with the renderer's coverage buffers (as much again).
//
// A nil post makes a loop that never draws on its own (pictures call renderNow).
type renderLoop struct {
	mu         sync.Mutex            // guards pending, held, scene, queued and free; never held while waiting for rmu
	scene      func(r *geo.Renderer) // staged marker state, applied before the next frame
	rmu        sync.Mutex            // guards r
	r          *geo.Renderer
	pending    *geo.Viewport
	held       bool                    // requests wait (the window is being put together)
	queued     []func(r *geo.Renderer) // changes to apply before the next frame, in order
	free       []*image.RGBA           // at most one spare buffer
	wake       chan struct{}
	quit       chan struct{}
	inflight   chan struct{} // holds a token while a frame waits for the UI
	deliver    func(img *image.RGBA, vp geo.Viewport)
	post       func(func())
	wg         sync.WaitGroup
	stopOnce   sync.Once
	drawn      chan struct{} // closed once the first frame has been drawn and handed over
	firstDrawn sync.Once
}

func newRenderLoop(r *geo.Renderer, post func(func()), deliver func(*image.RGBA, geo.Viewport)) *renderLoop {
	l := &renderLoop{
		r:        r,
		wake:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
		inflight: make(chan struct{}, 1),
		deliver:  deliver,
		post:     post,
		drawn:    make(chan struct{}),
	}
	l.wg.Add(1)
	go l.run()
	return l
}

// request asks for a frame of vp; an older request not yet started is dropped.
func (l *renderLoop) request(vp geo.Viewport) {
	if vp.Width <= 0 || vp.Height <= 0 {
		return
	}
	l.mu.Lock()
	l.pending = &vp
	held := l.held
	l.mu.Unlock()
	if !held {
		l.wakeUp()
	}
}

func (l *renderLoop) wakeUp() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// hold keeps requests waiting until resume, which starts the last one.
func (l *renderLoop) hold() {
	l.mu.Lock()
	l.held = true
	l.mu.Unlock()
}

func (l *renderLoop) resume() {
	l.mu.Lock()
	l.held = false
	l.mu.Unlock()
	l.wakeUp()
}

// stage hands the renderer a change (markers, bubbles) to apply before the next frame,
// without waiting for a frame in progress; a newer stage replaces an older one.
func (l *renderLoop) stage(f func(r *geo.Renderer)) {
	l.mu.Lock()
	l.scene = f
	l.mu.Unlock()
}

// takeScene returns and clears the staged change; called with mu held.
func (l *renderLoop) takeScene() func(r *geo.Renderer) {
	f := l.scene
	l.scene = nil
	return f
}

// update changes the renderer's layers under the loop's lock (waiting for a frame in
// progress: for rare changes such as adding a layer).
func (l *renderLoop) update(f func(r *geo.Renderer)) {
	l.rmu.Lock()
	l.applyQueued()
	f(l.r)
	l.rmu.Unlock()
}

// queue hands the renderer a change to apply, in order, before the next frame or the
// next update, without waiting for a frame in progress.
func (l *renderLoop) queue(f func(r *geo.Renderer)) {
	l.mu.Lock()
	l.queued = append(l.queued, f)
	l.mu.Unlock()
}

// applyQueued applies the queued changes; called with rmu held.
func (l *renderLoop) applyQueued() {
	l.mu.Lock()
	q := l.queued
	l.queued = nil
	l.mu.Unlock()
	for _, f := range q {
		f(l.r)
	}
}

// renderNow draws vp in the calling goroutine and returns the frame (for pictures and
// tests, which need the frame before they go on).
func (l *renderLoop) renderNow(vp geo.Viewport) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, vp.Width, vp.Height))
	l.mu.Lock()
	scene := l.takeScene()
	l.mu.Unlock()
	l.draw(img, vp, scene)
	return img
}

// draw applies the queued changes and a staged one, if any, and renders vp into img.
func (l *renderLoop) draw(img *image.RGBA, vp geo.Viewport, scene func(r *geo.Renderer)) {
	l.rmu.Lock()
	defer l.rmu.Unlock()
	l.applyQueued()
	if scene != nil {
		scene(l.r)
	}
	l.r.Render(img, vp)
}

// idleDrop is how long the map stays still before the spare frame buffer is dropped.
var idleDrop = 2 * time.Second

// release gives a buffer that is no longer on screen back for reuse, as the one spare
// (replacing a spare of another size, left from before the window was resized).
func (l *renderLoop) release(img *image.RGBA) {
	if img == nil {
		return
	}
	l.mu.Lock()
	if len(l.free) == 0 || !l.free[0].Rect.Eq(img.Rect) {
		clear(l.free)
		l.free = append(l.free[:0], img)
	}
	l.mu.Unlock()
}

// dropSpare lets the spare buffer and the renderer's frame-sized coverage go to the
// garbage collector (the map is still); the next frame makes the coverage again.
func (l *renderLoop) dropSpare() {
	l.mu.Lock()
	clear(l.free)
	l.free = l.free[:0]
	l.mu.Unlock()
	l.rmu.Lock()
	l.r.DropScratch()
	l.rmu.Unlock()
}

// stop ends the loop and waits for a frame in progress; it may be called more than once.
func (l *renderLoop) stop() {
	l.stopOnce.Do(func() { close(l.quit) })
	l.wg.Wait()
}

func (l *renderLoop) run() {
	defer l.wg.Done()
	idle := time.NewTimer(idleDrop)
	defer idle.Stop()
	for {
		select {
		case <-l.quit:
			return
		case <-idle.C:
			l.dropSpare()
			continue
		case <-l.wake:
		}
		idle.Reset(idleDrop)
		if l.post == nil {
			continue
		}
		// Wait until the UI has taken the previous frame.
		select {
		case <-l.quit:
			return
		case l.inflight <- struct{}{}:
		}
		l.mu.Lock()
		p := l.pending
		l.pending = nil
		if p == nil {
			l.mu.Unlock()
			<-l.inflight
			continue
		}
		vp := *p
		img := l.buffer(vp.Width, vp.Height)
		scene := l.takeScene()
		l.mu.Unlock()
		l.draw(img, vp, scene)
		l.post(func() {
			// Free the slot only after deliver has released the replaced frame, so the
			// next frame reuses it instead of allocating a third buffer.
			defer func() { <-l.inflight }()
			l.deliver(img, vp)
		})
		l.firstDrawn.Do(func() { close(l.drawn) })
	}
}

// buffer returns a free buffer of the size, or a new one; called with mu held.
func (l *renderLoop) buffer(w, h int) *image.RGBA {
	for i, b := range l.free {
		if b.Rect.Dx() == w && b.Rect.Dy() == h {
			last := len(l.free) - 1
			l.free[i] = l.free[last]
			l.free[last] = nil
			l.free = l.free[:last]
			return b
		}
	}
	return image.NewRGBA(image.Rect(0, 0, w, h))
}
