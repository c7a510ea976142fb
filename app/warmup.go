package app

import (
	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/geo"
)

// opening is how a window opens: its size (units) and, when zoom is set, the view asked
// for instead of the overview.
type opening struct {
	size   fyne.Size
	center orb.Point
	zoom   float64
}

// barsHeight is about how much of a window's height the top bar and the credits line take
// (units).
const barsHeight = 89

// prepareMap has the map draw, off screen and while the window's content is put
// together, about the view the window opens at: the whole city (or the view asked for) in
// the map beside the card, with the map's names. Its first frame on screen then takes a
// fraction of the work (mapview.MapView.Prepare); a guess that misses costs time on
// another core only.
func (ui *mainUI) prepareMap(o opening) {
	w, h := int(o.size.Width), int(o.size.Height-barsHeight)
	if o.size.Width >= sidePanelMinWindow {
		w -= int(cardWidth(o.size.Width))
	} else {
		h = int(float32(h) * (1 - bottomSheetShare))
	}
	vp := geo.NewViewport(w, h)
	if o.zoom > 0 {
		vp.SetCenter(o.center)
		vp.SetZoom(o.zoom)
	} else {
		vp.FitBounds(basemap.Home(ui.ds), 24)
	}
	labels := mapLabels(ui.ds, ui.lang, true, nil)
	ui.mapView.Prepare(vp, func(r *geo.Renderer) {
		if lb := r.Labeller(); lb != nil {
			lb.SetLabels(labels)
		}
	})
}
