package app

import (
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/geo"
)

// flyTo animates the map from its current view to target with the geo package's fly-to
// path (zooming out and back in over long distances, a plain ease for short hops).
// A new flight, a drag, a scroll or a key press cancels the one in progress.
func (ui *mainUI) flyTo(target geo.Viewport) {
	ui.cancelFlight()
	from := ui.mapView.Viewport()
	target.Width, target.Height, target.Scale = from.Width, from.Height, from.Scale
	target.MinZoom, target.MaxZoom, target.Limit = from.MinZoom, from.MaxZoom, from.Limit
	if ui.instant || from.Width == 0 {
		ui.mapView.SetViewport(target)
		return
	}
	f := newFlight(from, target)
	d := f.Duration()
	if d <= 0 {
		ui.mapView.SetViewport(target)
		return
	}
	ui.flight = fyne.NewAnimation(d, func(t float32) {
		ui.mapView.SetViewport(f.At(float64(t)))
		if t >= 1 && ui.flyingHome {
			ui.flyingHome = false
			// Land on the overview of the map's size now (the window may have changed
			// during the flight); a later resize fits it again.
			ui.mapView.SetViewport(ui.mapView.HomeView())
			ui.mapView.atHome = true
		}
	})
	ui.flight.Curve = fyne.AnimationLinear // the flight eases itself
	ui.flight.Start()
}

// cancelFlight stops a flight in progress where it is.
func (ui *mainUI) cancelFlight() {
	ui.flyingHome = false
	if ui.flight != nil {
		ui.flight.Stop()
		ui.flight = nil
	}
}

// flightPath is a camera path: the view at t in [0,1] of its duration.
type flightPath interface {
	Duration() time.Duration
	At(t float64) geo.Viewport
}

// newFlight makes the path of a flight: van Wijk & Nuij's zoom-out-and-in over long
// distances, a plain ease for short hops (geo.FlyOrEase).
func newFlight(from, to geo.Viewport) flightPath {
	return geoFlight{geo.FlyOrEase(from, to.Center, to.Zoom, geo.FlightOptions{})}
}

type geoFlight struct{ f *geo.Flight }

func (g geoFlight) Duration() time.Duration { return g.f.Duration() }

func (g geoFlight) At(t float64) geo.Viewport { return g.f.AtFraction(t) }
