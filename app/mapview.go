package app

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"ningbomap/geo"
)

// Colours of the basemap.
var (
	seaColour      = color.NRGBA{R: 0xD6, G: 0xE6, B: 0xF2, A: 0xFF}
	landColour     = color.NRGBA{R: 0xF7, G: 0xF3, B: 0xE8, A: 0xFF}
	districtBorder = color.NRGBA{R: 0xA8, G: 0x96, B: 0x7A, A: 0xFF}
)

// scrollZoomPerUnit is the zoom change per unit of Fyne's scroll delta: a mouse-wheel
// notch (±25) zooms by half a level; touchpads send smaller deltas for smooth zoom.
const scrollZoomPerUnit = 0.5 / 25

// MapView is the interactive map: it shows frames drawn by the geo renderer off the UI
// goroutine, pans with a drag and zooms about the cursor with the wheel.
//
// Between frames it moves and stretches the last frame, so a drag or a wheel notch
// answers at once and the exact frame follows a few milliseconds later.
type MapView struct {
	widget.BaseWidget

	vp     geo.Viewport // the view asked for, in pixels
	home   orb.Bound    // what the overview shows
	atHome bool         // the view is the overview, untouched: a resize fits it again

	// InsetLeft is the width (units) of a panel over the map's left side that the
	// overview should keep clear of.
	InsetLeft float32
	scale     float32 // canvas scale the viewport was sized for
	loop      *renderLoop
	frame     *image.RGBA
	frameVP   geo.Viewport
	img       *canvas.Image
	bg        *canvas.Rectangle

	// OnViewChanged, if set, is called on the UI goroutine after the view moved.
	OnViewChanged func(geo.Viewport)
	// OnTap, if set, is called for a tap or click at pos (not for a drag). A tap is
	// decided here, not by Fyne: a press that moves less than tapSlop units in total is a
	// tap even when Fyne already turned it into a drag, so a finger's jitter does not eat it.
	OnTap func(pos fyne.Position)
	// OnHover, if set, is called as the mouse moves over the map (desktop only).
	OnHover func(pos fyne.Position)
	// OnInput, if set, is called for every press, drag, scroll or key on the map.
	OnInput func()

	start *startView // a view asked for before the widget had a size

	// Smooth makes wheel zoom glide to each notch's zoom over a few frames instead of
	// jumping (the app sets it; tests and pictures keep jumps).
	Smooth     bool
	zoomAnim   *fyne.Animation
	zoomTarget float64
	zoomAt     [2]float64 // the pixel the wheel zooms about

	press     pressState
	inertia   *fyne.Animation
	lastTapAt time.Time
	lastTapXY fyne.Position
}

// startView is a centre and zoom to show first.
type startView struct {
	center orb.Point
	zoom   float64
}

// tapSlop is how far (in units) a press may move and still be a tap.
const tapSlop = 10

// pressState follows one press of the primary button or finger.
type pressState struct {
	down      bool
	at        fyne.Position
	moved     float32
	tapDone   bool // MouseUp already handled this press as a tap
	lastDrag  time.Time
	vx, vy    float32 // drag velocity, units per second, smoothed
	dragStart time.Time
}

// NewMapView makes a map showing home at first, drawing with r.
func NewMapView(r *geo.Renderer, home orb.Bound) *MapView {
	return newMapView(r, home, fyne.Do)
}

// newMapView is NewMapView with the function that hands finished frames to the UI
// goroutine (tests pass their own).
func newMapView(r *geo.Renderer, home orb.Bound, post func(func())) *MapView {
	m := &MapView{home: home, atHome: true}
	m.bg = canvas.NewRectangle(seaColour)
	m.img = &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleFastest}
	m.loop = newRenderLoop(r, post, m.showFrame)
	m.ExtendBaseWidget(m)
	return m
}

// UpdateLayers changes the renderer's layers and redraws.
func (m *MapView) UpdateLayers(f func(r *geo.Renderer)) {
	m.loop.update(f)
	m.loop.request(m.vp)
}

// Viewport returns the current view.
func (m *MapView) Viewport() geo.Viewport { return m.vp }

// SetViewport replaces the view (a fly-to frame, the overview) and redraws. The widget's
// own size and scale stay: a flight planned before a resize must not shrink the view back.
func (m *MapView) SetViewport(vp geo.Viewport) {
	m.atHome = false
	vp.Width, vp.Height, vp.Scale = m.vp.Width, m.vp.Height, m.vp.Scale
	m.vp = vp
	m.viewChanged()
}

// Overview fits the home bounds into the view.
func (m *MapView) Overview() {
	m.atHome = true
	if m.vp.Width == 0 {
		return
	}
	m.vp = m.homeView(m.vp)
	m.viewChanged()
}

// RenderNow draws the current view at once, in the calling goroutine, and shows it.
func (m *MapView) RenderNow() {
	if m.vp.Width <= 0 || m.vp.Height <= 0 {
		return
	}
	m.showFrame(m.loop.renderNow(m.vp), m.vp)
}

// ShowView centres the map on center at zoom; before the widget has a size it is kept
// for the first layout.
func (m *MapView) ShowView(center orb.Point, zoom float64) {
	m.atHome = false
	if m.vp.Width == 0 {
		m.start = &startView{center, zoom}
		return
	}
	m.vp.SetCenter(center)
	m.vp.SetZoom(zoom)
	m.viewChanged()
}

// homeView is v fitted to the home bounds in the part of the map not covered by the
// panel on its left (InsetLeft units wide).
func (m *MapView) homeView(v geo.Viewport) geo.Viewport {
	s := v.ScaleFactor()
	inset := float64(m.InsetLeft) * s
	if inset <= 0 || inset > float64(v.Width)/2 {
		v.FitBounds(m.home, 24*s)
		return v
	}
	part := v
	part.Width = v.Width - int(inset)
	part.FitBounds(m.home, 24*s)
	v.Zoom, v.Center = part.Zoom, part.Center
	v.Pan(inset/2, 0) // the fitted part's centre is inset/2 right of the view's
	return v
}

// HomeView is the overview in the current view's size.
func (m *MapView) HomeView() geo.Viewport { return m.homeView(m.vp) }

// Close stops the render goroutine.
func (m *MapView) Close() { m.loop.stop() }

// Dragged pans the map with the pointer.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	m.input()
	now := time.Now()
	p := &m.press
	p.moved += float32(math.Hypot(float64(ev.Dragged.DX), float64(ev.Dragged.DY)))
	if dt := now.Sub(p.lastDrag).Seconds(); !p.lastDrag.IsZero() && dt > 0 && dt < 0.1 {
		const k = 0.4 // smoothing of the velocity estimate
		p.vx = (1-k)*p.vx + k*ev.Dragged.DX/float32(dt)
		p.vy = (1-k)*p.vy + k*ev.Dragged.DY/float32(dt)
	} else {
		p.vx, p.vy = 0, 0
	}
	p.lastDrag = now
	s := float64(m.scale)
	m.atHome = false
	m.vp.Pan(float64(ev.Dragged.DX)*s, float64(ev.Dragged.DY)*s)
	m.viewChanged()
}

// DragEnd finishes a drag; a fast release glides on and slows down.
func (m *MapView) DragEnd() {
	p := &m.press
	if p.moved < tapSlop || time.Since(p.lastDrag) > 80*time.Millisecond {
		return
	}
	vx, vy := p.vx, p.vy
	speed := math.Hypot(float64(vx), float64(vy))
	if speed < 150 {
		return
	}
	if speed > 3000 { // units per second
		f := float32(3000 / speed)
		vx, vy = vx*f, vy*f
	}
	m.glide(vx, vy)
}

// glide pans by a decaying velocity (inertia after a flick).
func (m *MapView) glide(vx, vy float32) {
	m.stopMotion()
	const dur = 600 * time.Millisecond
	// With velocity v(t) = v0·(1−t)² over the duration, the distance is v0·dur/3.
	total := fyne.NewPos(vx*float32(dur.Seconds())/3, vy*float32(dur.Seconds())/3)
	var done float32
	m.inertia = fyne.NewAnimation(dur, func(t float32) {
		d := 1 - (1-t)*(1-t)*(1-t) // integral of (1−t)², normalised
		step := d - done
		done = d
		s := float64(m.scale)
		m.vp.Pan(float64(total.X*step)*s, float64(total.Y*step)*s)
		m.viewChanged()
	})
	m.inertia.Curve = fyne.AnimationLinear
	m.inertia.Start()
}

// stopMotion stops a glide or a wheel zoom in progress.
func (m *MapView) stopMotion() {
	if m.inertia != nil {
		m.inertia.Stop()
		m.inertia = nil
	}
	if m.zoomAnim != nil {
		m.zoomAnim.Stop()
		m.zoomAnim = nil
	}
}

// input notes user input.
func (m *MapView) input() {
	if m.OnInput != nil {
		m.OnInput()
	}
}

// Scrolled zooms about the pointer.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	m.input()
	s := float64(m.scale)
	dz := float64(ev.Scrolled.DY) * scrollZoomPerUnit
	if dz == 0 {
		return
	}
	m.atHome = false
	x, y := float64(ev.Position.X)*s, float64(ev.Position.Y)*s
	if !m.Smooth {
		m.stopMotion()
		m.vp.ZoomAbout(x, y, dz)
		m.viewChanged()
		return
	}
	m.smoothZoom(x, y, dz)
}

// smoothZoom glides the zoom by dz about pixel x, y over wheelGlide; notches that come
// while it glides add to where it is going.
func (m *MapView) smoothZoom(x, y, dz float64) {
	if m.inertia != nil {
		m.inertia.Stop()
		m.inertia = nil
	}
	lo, hi := m.vp.ZoomLimits()
	if m.zoomAnim != nil {
		m.zoomAnim.Stop()
		m.zoomTarget = min(max(m.zoomTarget+dz, lo), hi)
	} else {
		m.zoomTarget = min(max(m.vp.Zoom+dz, lo), hi)
	}
	m.zoomAt = [2]float64{x, y}
	from, to := m.vp.Zoom, m.zoomTarget
	var anim *fyne.Animation
	anim = fyne.NewAnimation(wheelGlide, func(t float32) {
		z := from + (to-from)*float64(t)
		m.vp.ZoomAbout(m.zoomAt[0], m.zoomAt[1], z-m.vp.Zoom)
		m.viewChanged()
		if t >= 1 && m.zoomAnim == anim {
			m.zoomAnim = nil
		}
	})
	anim.Curve = fyne.AnimationEaseOut
	m.zoomAnim = anim
	anim.Start()
}

// wheelGlide is how long a wheel notch's zoom takes.
const wheelGlide = 140 * time.Millisecond

// panBy moves the content by dx, dy pixels.
func (m *MapView) panBy(dx, dy float64) {
	m.stopMotion()
	m.atHome = false
	m.vp.Pan(dx, dy)
	m.viewChanged()
}

// ZoomBy zooms about the centre of the view.
func (m *MapView) ZoomBy(dz float64) {
	m.stopMotion()
	m.atHome = false
	m.vp.ZoomAbout(float64(m.vp.Width)/2, float64(m.vp.Height)/2, dz)
	m.viewChanged()
}

// MouseDown starts a press.
func (m *MapView) MouseDown(ev *desktop.MouseEvent) {
	m.input()
	m.stopMotion()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	m.press = pressState{down: true, at: ev.Position}
}

// MouseUp ends a press: one that moved less than tapSlop is a tap.
func (m *MapView) MouseUp(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary || !m.press.down {
		return
	}
	m.press.down = false
	if m.press.moved < tapSlop {
		m.press.tapDone = true
		m.tap(m.press.at)
	}
}

// Tapped handles a tap that did not come through MouseUp (touch drivers, tests).
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	if m.press.tapDone {
		m.press.tapDone = false
		return
	}
	m.input()
	m.tap(ev.Position)
}

// tap answers a tap at once; a second tap close by within 350 ms also zooms in there
// (a double click), without delaying the first.
func (m *MapView) tap(pos fyne.Position) {
	now := time.Now()
	double := now.Sub(m.lastTapAt) < 350*time.Millisecond &&
		math.Hypot(float64(pos.X-m.lastTapXY.X), float64(pos.Y-m.lastTapXY.Y)) < 24
	m.lastTapAt, m.lastTapXY = now, pos
	if double {
		m.lastTapAt = time.Time{}
		m.atHome = false
		s := float64(m.scale)
		m.vp.ZoomAbout(float64(pos.X)*s, float64(pos.Y)*s, 1)
		m.viewChanged()
		return
	}
	if m.OnTap != nil {
		m.OnTap(pos)
	}
}

// MouseIn is part of desktop.Hoverable.
func (m *MapView) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved reports the pointer position for hover feedback.
func (m *MapView) MouseMoved(ev *desktop.MouseEvent) {
	if m.OnHover != nil {
		m.OnHover(ev.Position)
	}
}

// MouseOut is part of desktop.Hoverable.
func (m *MapView) MouseOut() {
	if m.OnHover != nil {
		m.OnHover(fyne.NewPos(-1, -1))
	}
}

// PixelAt converts a position in the widget to a pixel of the viewport.
func (m *MapView) PixelAt(pos fyne.Position) (x, y float64) {
	s := float64(m.scale)
	if s == 0 {
		s = 1
	}
	return float64(pos.X) * s, float64(pos.Y) * s
}

// PositionOf converts a viewport pixel to a position in the widget.
func (m *MapView) PositionOf(x, y float64) fyne.Position {
	s := float64(m.scale)
	if s == 0 {
		s = 1
	}
	return fyne.NewPos(float32(x/s), float32(y/s))
}

// CreateRenderer is part of fyne.Widget.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	return &mapRenderer{m: m, objects: []fyne.CanvasObject{m.bg, m.img}}
}

// resized sizes the viewport in pixels for size at the canvas scale.
func (m *MapView) resized(size fyne.Size) {
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		scale = c.Scale()
	}
	m.scale = scale
	w := int(math.Ceil(float64(size.Width * scale)))
	h := int(math.Ceil(float64(size.Height * scale)))
	if w == m.vp.Width && h == m.vp.Height && float64(scale) == m.vp.Scale {
		return
	}
	if w <= 0 || h <= 0 {
		return // minimised or squeezed away: keep the view for when it comes back
	}
	if m.vp.Width == 0 {
		m.vp = geo.NewViewport(w, h)
	} else {
		m.vp.Resize(w, h)
	}
	m.vp.Scale = float64(scale)
	switch {
	case m.start != nil && w > 0 && h > 0:
		m.vp.SetCenter(m.start.center)
		m.vp.SetZoom(m.start.zoom)
		m.start = nil
	case m.atHome && w > 0 && h > 0:
		m.vp = m.homeView(m.vp)
	}
	m.viewChanged()
}

func (m *MapView) viewChanged() {
	m.placeFrame()
	m.loop.request(m.vp)
	if m.OnViewChanged != nil {
		m.OnViewChanged(m.vp)
	}
}

// showFrame puts a finished frame on screen; it runs on the UI goroutine.
func (m *MapView) showFrame(img *image.RGBA, vp geo.Viewport) {
	old := m.frame
	if old == nil {
		trace("first-frame")
		traceMemory()
	}
	m.frame, m.frameVP = img, vp
	m.img.Image = img
	m.placeFrame()
	m.img.Refresh()
	if old != nil && old != img {
		m.loop.release(old)
	}
}

// placeFrame moves and stretches the last frame to where it belongs in the current view.
func (m *MapView) placeFrame() {
	if m.frame == nil || m.scale == 0 {
		return
	}
	s := float64(m.scale)
	x0, y0 := m.vp.Project(m.frameVP.Unproject(0, 0))
	x1, y1 := m.vp.Project(m.frameVP.Unproject(float64(m.frameVP.Width), float64(m.frameVP.Height)))
	m.img.Move(fyne.NewPos(float32(x0/s), float32(y0/s)))
	m.img.Resize(fyne.NewSize(float32((x1-x0)/s), float32((y1-y0)/s)))
}

type mapRenderer struct {
	m       *MapView
	objects []fyne.CanvasObject
}

func (r *mapRenderer) Layout(size fyne.Size) {
	r.m.bg.Resize(size)
	r.m.resized(size)
	r.m.placeFrame()
}

func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (r *mapRenderer) Refresh() {
	r.m.bg.Refresh()
	r.m.img.Refresh()
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *mapRenderer) Destroy() {}
