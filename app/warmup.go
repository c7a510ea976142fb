package app

import (
	"image"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/data"
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

// warmRenderer has r draw, off screen and while the window is made, the view the window
// will likely open at (openingView), with the map's names in l: the renderer keeps what it
// works out per zoom (the layers projected and simplified) and per text (the names'
// sprites), so the first frame on screen takes a fraction of the work. A guess that misses
// costs only time spent on another core while the window was being made. It runs before r
// is handed to the map, on the goroutine that loaded ds.
func warmRenderer(r *geo.Renderer, ds *data.Dataset, l data.Lang, o opening) {
	vp, ok := openingView(ds, o)
	if !ok {
		return
	}
	if lb := r.Labeller(); lb != nil {
		lb.SetLabels(mapLabels(ds, l, true, nil))
	}
	r.Render(image.NewRGBA(image.Rect(0, 0, vp.Width, vp.Height)), vp)
}

// openingView is the map's view in a window opening as o says: the whole city (or the view
// asked for) in the map beside the card's room, or above it in a tall window. It is a
// guess from the window's size, made before the window's content exists; false when the
// map would have no room.
func openingView(ds *data.Dataset, o opening) (geo.Viewport, bool) {
	area := fyne.NewSize(o.size.Width, o.size.Height-barsHeight)
	w, h := int(area.Width), int(area.Height)
	if sidePanel(area) {
		w -= int(cardWidth(area.Width))
	} else {
		h = int(area.Height * (1 - bottomSheetShare))
	}
	if w <= 0 || h <= 0 {
		return geo.Viewport{}, false
	}
	vp := geo.NewViewport(w, h)
	if o.zoom > 0 {
		vp.SetCenter(o.center)
		vp.SetZoom(o.zoom)
	} else {
		vp.FitBounds(basemap.Home(ds), 24)
	}
	return vp, true
}
