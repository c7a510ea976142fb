package mapview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// DragHooks let the program claim a drag that starts at a point of its own (the map
// knows nothing of what is there): Claim is asked when a drag starts, at the position
// where it started; when it returns true the map does not pan, Move follows the pointer
// and End tells where it was let go. Move and End may be nil.
type DragHooks struct {
	Claim func(pos fyne.Position) bool
	Move  func(pos fyne.Position)
	End   func(pos fyne.Position)
}

// claimDrag asks the program whether a drag starting at ev is its own, once per drag,
// and hands it the pointer when it is.
func (m *MapView) claimDrag(ev *fyne.DragEvent) bool {
	p := &m.press
	if !p.dragging {
		p.dragging = true
		start := ev.Position.Subtract(fyne.NewPos(ev.Dragged.DX, ev.Dragged.DY))
		if p.down {
			start = p.at
		}
		p.claimed = m.Drag.Claim != nil && m.Drag.Claim(start)
	}
	if !p.claimed {
		return false
	}
	p.moved += float32(math.Hypot(float64(ev.Dragged.DX), float64(ev.Dragged.DY)))
	p.dragAt = ev.Position
	if m.Drag.Move != nil {
		m.Drag.Move(ev.Position)
	}
	return true
}

// Dragged pans the map with the pointer (unless the program claimed the drag).
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	m.input()
	if m.claimDrag(ev) {
		return
	}
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
	claimed := p.claimed
	p.dragging, p.claimed = false, false
	if claimed {
		if m.Drag.End != nil {
			m.Drag.End(p.dragAt)
		}
		return
	}
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

// input notes user input: it stops a flight, and the program hears of it.
func (m *MapView) input() {
	m.CancelFlight()
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

// PanBy moves the content by dx, dy pixels, stopping a flight or glide.
func (m *MapView) PanBy(dx, dy float64) {
	m.CancelFlight()
	m.stopMotion()
	m.atHome = false
	m.vp.Pan(dx, dy)
	m.viewChanged()
}

// ZoomBy zooms about the centre of the view, stopping a flight or glide.
func (m *MapView) ZoomBy(dz float64) {
	m.CancelFlight()
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
