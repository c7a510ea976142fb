// Package inset is the locator inset in a corner of the map: the whole city with a
// rectangle for the view, shown once the map is zoomed in past the city view. A tap on it
// flies there. It knows Fyne and geo, and of the window around it only what Host gives.
package inset

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

// Size of the inset, in units, and its distance from the map's edges.
const (
	Width  = 150
	Height = 165
	Margin = 10
)

// Host is what the inset needs of the window around it.
type Host struct {
	// Act wraps what a tap does (the window counts it as input).
	Act func(func()) func()
	// FlyTo flies the map to a view.
	FlyTo func(geo.Viewport)
	// Keep lists what the inset must keep clear of in a map area of vp (units from the
	// map's top left): the selected place, the open layer panel.
	Keep func(vp geo.Viewport) []Box
}

// Inset is the locator inset. It lives on the UI goroutine; its geo.Inset is remade when
// the canvas scale changes.
type Inset struct {
	widget.BaseWidget
	host Host
	// Layer is what goes over the map: a container without layout, the inset moved into a
	// corner of it.
	Layer     *fyne.Container
	img       *canvas.Image
	in        *geo.Inset
	bufs      [2]*image.RGBA // drawn into in turn: the one on screen may still be painted
	scale     float32
	bound     orb.Bound
	districts []orb.MultiPolygon
	vp        geo.Viewport // the view of the last Update
}

// New makes the inset (hidden) of the districts within bound.
func New(districts []orb.MultiPolygon, bound orb.Bound, h Host) *Inset {
	lc := &Inset{host: h, bound: bound, districts: districts}
	lc.img = &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleFastest}
	lc.ExtendBaseWidget(lc)
	lc.Resize(fyne.NewSize(Width, Height))
	lc.Hide()
	lc.Layer = container.NewWithoutLayout(lc)
	return lc
}

// CreateRenderer is part of fyne.Widget.
func (lc *Inset) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(lc.img) }

// Tapped flies the map to the place under the tap.
func (lc *Inset) Tapped(ev *fyne.PointEvent) {
	if lc.in == nil {
		return
	}
	lc.host.Act(func() {
		target := lc.vp
		target.Center = lc.At(ev.Position)
		lc.host.FlyTo(target)
	})()
}

// At is the place under pos (units from the inset's top left).
func (lc *Inset) At(pos fyne.Position) orb.Point {
	s := float64(lc.scale)
	return lc.in.LonLat(float64(pos.X)*s, float64(pos.Y)*s)
}

// Image is the picture the inset shows (nil before it first showed).
func (lc *Inset) Image() *image.RGBA {
	img, _ := lc.img.Image.(*image.RGBA)
	return img
}

// MouseDown, MouseUp, Dragged and DragEnd keep presses on the inset from reaching the map
// beneath (which would take them for a tap or a drag of its own).
func (lc *Inset) MouseDown(*desktop.MouseEvent)  {}
func (lc *Inset) MouseUp(*desktop.MouseEvent)    {}
func (lc *Inset) Dragged(*fyne.DragEvent)        {}
func (lc *Inset) DragEnd()                       {}
func (lc *Inset) Cursor() desktop.Cursor         { return desktop.PointerCursor }
func (lc *Inset) MouseIn(*desktop.MouseEvent)    {}
func (lc *Inset) MouseMoved(*desktop.MouseEvent) {}
func (lc *Inset) MouseOut()                      {}

// Update shows the inset for vp (at scale pixels per unit) in a free corner, or hides it:
// at the city view (homeZoom) and closer in than that by less than a level, and when no
// corner is free.
func (lc *Inset) Update(vp geo.Viewport, scale float32, homeZoom float64) {
	lc.vp = vp
	if scale <= 0 || vp.Width <= 0 || !geo.ShowInset(vp, homeZoom) {
		lc.Hide()
		return
	}
	area := fyne.NewSize(float32(vp.Width)/scale, float32(vp.Height)/scale)
	pos, ok := Corner(area, lc.host.Keep(vp))
	if !ok {
		lc.Hide()
		return
	}
	if lc.in == nil || lc.scale != scale {
		w, h := int(Width*scale+0.5), int(Height*scale+0.5)
		lc.in = geo.NewInset(lc.districts, lc.bound, w, h, float64(scale), geo.DefaultInsetStyle)
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

// Corner returns where the inset goes in a map area of size: the first of the top-right,
// bottom-right and bottom-left corners that keeps clear of the boxes (the selected place,
// the open layer panel). The card is never covered: the map area ends where it begins.
func Corner(area fyne.Size, keep []Box) (fyne.Position, bool) {
	const m = Margin
	w, h := float32(Width), float32(Height)
	if area.Width < 2*w+4*m || area.Height < 2*h+4*m {
		return fyne.Position{}, false // a small map has no room to spare
	}
	bottom := area.Height - h - m - 40 // above the scale bar and the tour bar's edge
	right := area.Width - w - m - 64   // left of the zoom buttons
	corners := []fyne.Position{{X: right, Y: m}, {X: right, Y: bottom}, {X: m, Y: bottom}}
	for _, c := range corners {
		b := Box{c.X - m/2, c.Y - m/2, c.X + w + m/2, c.Y + h + m/2}
		free := true
		for _, k := range keep {
			if b.Overlaps(k) {
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

// Box is a rectangle in units.
type Box struct{ X0, Y0, X1, Y1 float32 }

// Overlaps reports whether a and b overlap.
func (a Box) Overlaps(b Box) bool { return a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1 }
