package app

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"ningbomap/geo"
)

// Size of the locator inset, in units, and its distance from the map's edges.
const (
	locatorWidth  = 150
	locatorHeight = 165
	locatorMargin = 10
)

// locator is the inset in a corner of the map: the whole city with a rectangle for the
// view, shown once the map is zoomed in past the city view. A tap on it flies there. It
// lives on the UI goroutine; its geo.Inset is remade when the canvas scale changes.
type locator struct {
	widget.BaseWidget
	ui    *mainUI
	layer *fyne.Container // over the map, without layout: the inset is moved into a corner
	img   *canvas.Image
	in    *geo.Inset
	bufs  [2]*image.RGBA // drawn into in turn: the one on screen may still be painted
	scale float32
	bound orb.Bound
}

func newLocator(ui *mainUI) *locator {
	lc := &locator{ui: ui, bound: homeBound(ui.ds)}
	lc.img = &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleFastest}
	lc.ExtendBaseWidget(lc)
	lc.Resize(fyne.NewSize(locatorWidth, locatorHeight))
	lc.Hide()
	lc.layer = container.NewWithoutLayout(lc)
	return lc
}

// CreateRenderer is part of fyne.Widget.
func (lc *locator) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(lc.img) }

// Tapped flies the map to the place under the tap.
func (lc *locator) Tapped(ev *fyne.PointEvent) {
	if lc.in == nil {
		return
	}
	lc.ui.userAction(func() {
		s := float64(lc.scale)
		target := lc.ui.mapView.Viewport()
		target.Center = lc.in.LonLat(float64(ev.Position.X)*s, float64(ev.Position.Y)*s)
		lc.ui.mapView.FlyTo(target)
	})()
}

// MouseDown, MouseUp, Dragged and DragEnd keep presses on the inset from reaching the map
// beneath (which would take them for a tap or a drag of its own).
func (lc *locator) MouseDown(*desktop.MouseEvent)  {}
func (lc *locator) MouseUp(*desktop.MouseEvent)    {}
func (lc *locator) Dragged(*fyne.DragEvent)        {}
func (lc *locator) DragEnd()                       {}
func (lc *locator) Cursor() desktop.Cursor         { return desktop.PointerCursor }
func (lc *locator) MouseIn(*desktop.MouseEvent)    {}
func (lc *locator) MouseMoved(*desktop.MouseEvent) {}
func (lc *locator) MouseOut()                      {}

// update shows the inset for vp in a free corner, or hides it: at the city view and
// closer in than that by less than a level, and when no corner is free.
func (lc *locator) update(vp geo.Viewport) {
	scale := lc.ui.mapView.Scale()
	if scale <= 0 || vp.Width <= 0 || !geo.ShowInset(vp, lc.ui.mapView.HomeView().Zoom) {
		lc.Hide()
		return
	}
	area := fyne.NewSize(float32(vp.Width)/scale, float32(vp.Height)/scale)
	pos, ok := lc.corner(vp, area)
	if !ok {
		lc.Hide()
		return
	}
	if lc.in == nil || lc.scale != scale {
		w, h := int(locatorWidth*scale+0.5), int(locatorHeight*scale+0.5)
		lc.in = geo.NewInset(districtPolygons(lc.ui.ds), lc.bound, w, h, float64(scale), geo.DefaultInsetStyle)
		lc.bufs = [2]*image.RGBA{image.NewRGBA(image.Rect(0, 0, w, h)), image.NewRGBA(image.Rect(0, 0, w, h))}
		lc.scale = scale
	}
	buf := lc.bufs[0]
	lc.bufs[0], lc.bufs[1] = lc.bufs[1], buf
	lc.in.Render(buf, vp)
	lc.img.Image = buf
	lc.Move(pos)
	lc.Show()
	lc.img.Refresh()
}

// corner returns where the inset goes in a map area of size: the first of the top-right,
// bottom-right and bottom-left corners that keeps clear of the selected place and of the
// open layer panel. The card is never covered: the map area ends where it begins.
func (lc *locator) corner(vp geo.Viewport, area fyne.Size) (fyne.Position, bool) {
	const m = locatorMargin
	w, h := float32(locatorWidth), float32(locatorHeight)
	if area.Width < 2*w+4*m || area.Height < 2*h+4*m {
		return fyne.Position{}, false // a small map has no room to spare
	}
	bottom := area.Height - h - m - 40 // above the scale bar and the tour bar's edge
	right := area.Width - w - m - 64   // left of the zoom buttons
	corners := []fyne.Position{{X: right, Y: m}, {X: right, Y: bottom}, {X: m, Y: bottom}}
	var keep []box
	if s := lc.ui.open.site; s != nil && !s.IsOverview() {
		x, y := vp.Project(s.Point)
		sc := float32(lc.ui.mapView.Scale())
		r := float32(3 * placeMarkerRadius)
		keep = append(keep, box{float32(x)/sc - r, float32(y)/sc - r, float32(x)/sc + r, float32(y)/sc + r})
	}
	if lg := lc.ui.legend; lg != nil && lg.object.Visible() {
		d := fyne.CurrentApp().Driver()
		p := d.AbsolutePositionForObject(lg.object).Subtract(d.AbsolutePositionForObject(lc.ui.mapView))
		s := lg.object.Size()
		keep = append(keep, box{p.X, p.Y, p.X + s.Width, p.Y + s.Height})
	}
	for _, c := range corners {
		b := box{c.X - m/2, c.Y - m/2, c.X + w + m/2, c.Y + h + m/2}
		free := true
		for _, k := range keep {
			if b.overlaps(k) {
				free = false
				break
			}
		}
		if free {
			return c, true
		}
	}
	return fyne.Position{}, false
}

// box is a rectangle in units.
type box struct{ x0, y0, x1, y1 float32 }

func (a box) overlaps(b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }
