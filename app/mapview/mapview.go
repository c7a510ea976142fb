package mapview

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"ningbomap/geo"
)

// scrollZoomPerUnit is the zoom change per unit of Fyne's scroll delta: a mouse-wheel
// notch (±25) zooms by half a level; touchpads send smaller deltas for smooth zoom.
const scrollZoomPerUnit = 0.5 / 25

// MapView is the interactive map: it shows frames drawn by a geo.Renderer off the UI
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
	// OnHover, if set, is called as the mouse moves over the map (desktop only); a
	// negative position means the mouse left it.
	OnHover func(pos fyne.Position)
	// OnInput, if set, is called for every press, drag or scroll on the map.
	OnInput func()
	// OnFirstFrame, if set, is called once, when the first frame is on screen.
	OnFirstFrame func()
	// Drag, when its Claim is set, lets the program take a drag for itself (a marker
	// moved in edit mode) instead of panning: see DragHooks.
	Drag DragHooks

	start *startView // a view asked for before the widget had a size

	// Smooth makes wheel zoom glide to each notch's zoom over a few frames instead of
	// jumping (tests and pictures keep jumps).
	Smooth bool
	// Instant makes FlyTo jump instead of animating (pictures and tests).
	Instant    bool
	zoomAnim   *fyne.Animation
	zoomTarget float64
	zoomAt     [2]float64 // the pixel the wheel zooms about

	flight     *fyne.Animation
	flyingHome bool // the flight under way ends on the overview

	scaleBar *scaleBar // made by ScaleBar
	frames   int       // frames put on screen

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
	dragging  bool // a drag is under way (its first event has come)
	claimed   bool // DragHooks.Claim took this drag
	dragAt    fyne.Position
}

// New makes a map that shows home at first and draws with r; finished frames reach the
// UI goroutine through fyne.Do.
func New(r *geo.Renderer, home orb.Bound) *MapView {
	return NewWithPost(r, home, fyne.Do)
}

// NewWithPost is New with the function that hands finished frames to the UI goroutine
// (tests pass their own). A nil post makes a map that draws only when RenderNow is
// called (pictures).
func NewWithPost(r *geo.Renderer, home orb.Bound, post func(func())) *MapView {
	m := &MapView{home: home, atHome: true}
	m.bg = canvas.NewRectangle(color.NRGBA{R: 0xD6, G: 0xE6, B: 0xF2, A: 0xFF})
	m.img = &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleFastest}
	m.loop = newRenderLoop(r, post, m.showFrame)
	m.ExtendBaseWidget(m)
	return m
}

// SetBackground is the colour shown where no frame is drawn yet (the renderer's
// background, usually).
func (m *MapView) SetBackground(c color.Color) {
	m.bg.FillColor = c
	m.bg.Refresh()
}

// Stage hands the renderer a change to apply before the next frame (markers, bubbles,
// a layer switched on or off), without waiting for a frame in progress; a newer stage
// replaces an older one not yet applied.
func (m *MapView) Stage(f func(r *geo.Renderer)) { m.loop.stage(f) }

// Update changes the renderer under its lock, waiting for a frame in progress (for rare
// changes, such as adding a layer, and for questions only the renderer can answer); it
// does not redraw.
func (m *MapView) Update(f func(r *geo.Renderer)) { m.loop.update(f) }

// Redraw asks for a frame of the current view.
func (m *MapView) Redraw() { m.loop.request(m.vp) }

// Drawn is closed once the first frame has been drawn and handed to the UI goroutine
// (before it is on screen): a program may wait for it before it starts Fyne's loop, so
// that the window's first paint shows the map.
func (m *MapView) Drawn() <-chan struct{} { return m.loop.drawn }

// Hold keeps the map from drawing until Resume. Fyne lays new content out at passing
// sizes before the window's (SetContent sizes it to its minimum first): a frame begun for
// one of those would only keep the one at the window's size waiting.
func (m *MapView) Hold() { m.loop.hold() }

// Resume lets the map draw again, starting with the view asked for last.
func (m *MapView) Resume() { m.loop.resume() }

// Frames is how many frames have been put on screen since the map was made.
func (m *MapView) Frames() int { return m.frames }

// Scale is the canvas scale: pixels of the viewport per unit of the widget.
func (m *MapView) Scale() float32 { return m.scale }

// UpdateLayers changes the renderer's layers (the names, a layer's style) before the
// next frame, without waiting for one in progress, and redraws.
func (m *MapView) UpdateLayers(f func(r *geo.Renderer)) {
	m.loop.queue(f)
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

// Overview fits the home bounds into the view at once.
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

// Close stops the render goroutine and waits for it: no frame is handed to the UI after
// it returns. It may be called more than once.
func (m *MapView) Close() { m.loop.stop() }

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
	if m.scaleBar != nil {
		m.scaleBar.update(m.vp)
	}
	if m.OnViewChanged != nil {
		m.OnViewChanged(m.vp)
	}
}

// showFrame puts a finished frame on screen; it runs on the UI goroutine.
func (m *MapView) showFrame(img *image.RGBA, vp geo.Viewport) {
	old := m.frame
	if old == nil && m.OnFirstFrame != nil {
		m.OnFirstFrame()
	}
	m.frames++
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
