package mapview

import (
	"fyne.io/fyne/v2"

	"ningbomap/geo"
)

// FlyTo animates the map from its current view to target's centre and zoom along geo's
// fly-to path (zooming out and back in over long distances, a plain ease for short hops).
// A new flight, a drag, a scroll, ZoomBy or PanBy cancels the one in progress. With
// Instant set, or before the widget has a size, it jumps.
func (m *MapView) FlyTo(target geo.Viewport) {
	m.CancelFlight()
	from := m.vp
	target.Width, target.Height, target.Scale = from.Width, from.Height, from.Scale
	target.MinZoom, target.MaxZoom, target.Limit = from.MinZoom, from.MaxZoom, from.Limit
	if m.Instant || from.Width == 0 {
		m.SetViewport(target)
		return
	}
	f := geo.FlyOrEase(from, target.Center, target.Zoom, geo.FlightOptions{})
	d := f.Duration()
	if d <= 0 {
		m.SetViewport(target)
		return
	}
	var anim *fyne.Animation
	anim = fyne.NewAnimation(d, func(t float32) {
		m.SetViewport(f.AtFraction(float64(t)))
		if t >= 1 && m.flight == anim {
			m.flight = nil
		}
		if t >= 1 && m.flyingHome {
			m.flyingHome = false
			// Land on the overview of the map's size now (the window may have changed
			// during the flight); a later resize fits it again.
			m.SetViewport(m.HomeView())
			m.atHome = true
		}
	})
	anim.Curve = fyne.AnimationLinear // the flight eases itself
	m.flight = anim
	anim.Start()
}

// FlyHome flies to the overview; once there, a resize of the widget fits the overview
// again.
func (m *MapView) FlyHome() {
	m.CancelFlight()
	if m.vp.Width > 0 {
		m.FlyTo(m.HomeView())
	}
	if m.flight != nil {
		m.flyingHome = true // the flight's last frame marks the view as the overview
	} else {
		m.atHome = true
	}
}

// CancelFlight stops a flight in progress where it is.
func (m *MapView) CancelFlight() {
	m.flyingHome = false
	if m.flight != nil {
		m.flight.Stop()
		m.flight = nil
	}
}
