package app

import (
	"ningbomap/geo"
)

// viewChanged follows the map: the layer panel, the inset, markers and labels, the
// tooltip.
func (ui *mainUI) viewChanged(vp geo.Viewport) {
	if ui.legend != nil && vp.Width > 0 {
		ui.legend.Fit(float32(vp.Width) / ui.mapView.Scale())
	}
	ui.over.inset.Update(vp, ui.mapView.Scale(), ui.mapView.HomeView().Zoom)
	ui.updateMarkers()
	ui.over.tooltip.Hide()
}

// mapInput is any press, drag or scroll on the map (the map stops its own flight): it
// pauses the tour, so the person at the map is in charge.
func (ui *mainUI) mapInput() {
	ui.noteInput()
	ui.tour.pause()
}

// updateMarkers recomputes markers and bubbles for the current view and hands them, with
// what covers the map, to the renderer.
func (ui *mainUI) updateMarkers() {
	ui.counts.markers++
	vp := ui.mapView.Viewport()
	ui.markers.compute(vp)
	scene, covered := ui.markers.scene(), ui.coveredBoxes()
	ui.mapView.Stage(func(r *geo.Renderer) {
		scene(r)
		if lb := r.Labeller(); lb != nil {
			lb.SetCovered(covered)
		}
	})
	ui.mapView.Redraw()
}

// overlaysChanged places the inset and the names again after a panel over the map was
// folded or opened.
func (ui *mainUI) overlaysChanged() {
	ui.over.inset.Update(ui.mapView.Viewport(), ui.mapView.Scale(), ui.mapView.HomeView().Zoom)
	ui.updateMarkers()
}
