package app

import (
	"image"
	"image/color"
	"math"

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

	vp      geo.Viewport // the view asked for, in pixels
	home    orb.Bound    // what the overview shows
	atHome  bool         // the view is the overview, untouched: a resize fits it again
	scale   float32      // canvas scale the viewport was sized for
	loop    *renderLoop
	frame   *image.RGBA
	frameVP geo.Viewport
	img     *canvas.Image
	bg      *canvas.Rectangle

	// OnViewChanged, if set, is called on the UI goroutine after the view moved.
	OnViewChanged func(geo.Viewport)
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

// SetViewport replaces the view (a fly-to frame, the overview) and redraws.
func (m *MapView) SetViewport(vp geo.Viewport) {
	m.vp = vp
	m.viewChanged()
}

// Overview fits the home bounds into the view.
func (m *MapView) Overview() {
	m.atHome = true
	if m.vp.Width == 0 {
		return
	}
	m.vp.FitBounds(m.home, 24*float64(m.scale))
	m.viewChanged()
}

// Close stops the render goroutine.
func (m *MapView) Close() { m.loop.stop() }

// Dragged pans the map with the pointer.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	s := float64(m.scale)
	m.atHome = false
	m.vp.Pan(float64(ev.Dragged.DX)*s, float64(ev.Dragged.DY)*s)
	m.viewChanged()
}

// DragEnd finishes a drag.
func (m *MapView) DragEnd() {}

// Scrolled zooms about the pointer.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	s := float64(m.scale)
	dz := float64(ev.Scrolled.DY) * scrollZoomPerUnit
	if dz == 0 {
		return
	}
	m.atHome = false
	m.vp.ZoomAbout(float64(ev.Position.X)*s, float64(ev.Position.Y)*s, dz)
	m.viewChanged()
}

// ZoomBy zooms about the centre of the view.
func (m *MapView) ZoomBy(dz float64) {
	m.atHome = false
	m.vp.ZoomAbout(float64(m.vp.Width)/2, float64(m.vp.Height)/2, dz)
	m.viewChanged()
}

// MouseDown is part of desktop.Mouseable; it only makes a press on the map count as input.
func (m *MapView) MouseDown(*desktop.MouseEvent) {}

// MouseUp is part of desktop.Mouseable.
func (m *MapView) MouseUp(*desktop.MouseEvent) {}

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
	if m.vp.Width == 0 {
		m.vp = geo.NewViewport(w, h)
	} else {
		m.vp.Resize(w, h)
	}
	m.vp.Scale = float64(scale)
	if m.atHome && w > 0 && h > 0 {
		m.vp.FitBounds(m.home, 24*float64(scale))
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
