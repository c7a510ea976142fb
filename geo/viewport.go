package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// Default zoom limits, used when a Viewport's MinZoom and MaxZoom are both 0.
const (
	DefaultMinZoom = 2
	DefaultMaxZoom = 18
)

// Viewport is a Web Mercator view: centre, fractional zoom, size in pixels.
//
// At zoom z the world is TileSize·2^z·Scale pixels wide. The zero value of
// Scale means 1, and MinZoom = MaxZoom = 0 means DefaultMinZoom..DefaultMaxZoom.
// Limit, when not empty, keeps the centre inside a lon/lat box so the content
// cannot be dragged away.
type Viewport struct {
	Center           orb.Point // lon, lat
	Zoom             float64   // fractional
	Width, Height    int       // pixels
	Scale            float64   // HiDPI factor; 0 is treated as 1
	MinZoom, MaxZoom float64   // clamp limits; 0,0 means 2..18
	Limit            orb.Bound // optional box the centre stays inside; zero means none
}

// NewViewport returns a viewport of the given pixel size looking at the
// whole world at the minimum zoom.
func NewViewport(width, height int) Viewport {
	return Viewport{Width: width, Height: height, Zoom: DefaultMinZoom, Scale: 1}
}

// ScaleFactor returns Scale, with 0 (or a negative value) meaning 1.
func (v Viewport) ScaleFactor() float64 {
	if v.Scale <= 0 {
		return 1
	}
	return v.Scale
}

// ZoomLimits returns the effective minimum and maximum zoom.
func (v Viewport) ZoomLimits() (lo, hi float64) {
	lo, hi = v.MinZoom, v.MaxZoom
	if lo == 0 && hi == 0 {
		return DefaultMinZoom, DefaultMaxZoom
	}
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// WorldSize returns the width of the whole world in pixels at the view's zoom.
func (v Viewport) WorldSize() float64 {
	return TileSize * math.Exp2(v.Zoom) * v.ScaleFactor()
}

// Project maps lon/lat to a pixel of the view; (0,0) is the top-left corner.
func (v Viewport) Project(p orb.Point) (x, y float64) {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	mx, my := Mercator(p)
	return (mx-cx)*ws + float64(v.Width)/2, (my-cy)*ws + float64(v.Height)/2
}

// Unproject maps a pixel of the view to lon/lat.
func (v Viewport) Unproject(x, y float64) orb.Point {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	return InverseMercator(cx+(x-float64(v.Width)/2)/ws, cy+(y-float64(v.Height)/2)/ws)
}

// Pan moves the content by dx, dy pixels, in the direction of a drag.
func (v *Viewport) Pan(dx, dy float64) {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	v.setCenterMercator(cx-dx/ws, cy-dy/ws)
}

// ZoomAbout changes the zoom by dz (clamped) keeping the point under pixel
// (x, y) fixed, as a mouse wheel or pinch does.
func (v *Viewport) ZoomAbout(x, y, dz float64) {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	ox, oy := x-float64(v.Width)/2, y-float64(v.Height)/2
	px, py := cx+ox/ws, cy+oy/ws // the fixed point in mercator units
	v.Zoom = v.clampZoom(v.Zoom + dz)
	ws = v.WorldSize()
	v.setCenterMercator(px-ox/ws, py-oy/ws)
}

// SetZoom sets the zoom (clamped) keeping the centre.
func (v *Viewport) SetZoom(z float64) { v.Zoom = v.clampZoom(z) }

// SetCenter sets the centre, clamped to the world and to Limit.
func (v *Viewport) SetCenter(c orb.Point) { v.setCenterMercator(Mercator(c)) }

// FitBounds centres the view on b and chooses the largest zoom (clamped) at
// which b fits inside the view less padding pixels on every side.
func (v *Viewport) FitBounds(b orb.Bound, padding float64) {
	v.Zoom = v.clampZoom(v.FitZoom(b, padding))
	x0, y1 := Mercator(b.Min)
	x1, y0 := Mercator(b.Max)
	v.setCenterMercator((x0+x1)/2, (y0+y1)/2)
}

// FitZoom returns the unclamped zoom at which b fits inside the view less
// padding pixels on every side.
func (v Viewport) FitZoom(b orb.Bound, padding float64) float64 {
	x0, y1 := Mercator(b.Min)
	x1, y0 := Mercator(b.Max)
	w := max(float64(v.Width)-2*padding, 1)
	h := max(float64(v.Height)-2*padding, 1)
	dx, dy := max(x1-x0, 1e-12), max(y1-y0, 1e-12)
	ws := min(w/dx, h/dy) // world pixels wanted
	return math.Log2(ws / (TileSize * v.ScaleFactor()))
}

// Resize changes the pixel size, keeping centre and zoom.
func (v *Viewport) Resize(width, height int) {
	v.Width, v.Height = width, height
}

// Bounds returns the lon/lat box the view shows.
func (v Viewport) Bounds() orb.Bound {
	nw := v.Unproject(0, 0)
	se := v.Unproject(float64(v.Width), float64(v.Height))
	return orb.Bound{Min: orb.Point{nw[0], se[1]}, Max: orb.Point{se[0], nw[1]}}
}

// MetersPerPixel returns the ground resolution at the view's centre.
func (v Viewport) MetersPerPixel() float64 {
	const earthCircumference = 40075016.68557849
	return earthCircumference * math.Cos(v.Center[1]*math.Pi/180) / v.WorldSize()
}

func (v Viewport) clampZoom(z float64) float64 {
	lo, hi := v.ZoomLimits()
	if math.IsNaN(z) {
		return lo
	}
	return clamp(z, lo, hi)
}

func (v *Viewport) setCenterMercator(x, y float64) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return
	}
	x, y = clamp(x, 0, 1), clamp(y, 0, 1)
	if !v.Limit.IsZero() {
		lx0, ly1 := Mercator(v.Limit.Min)
		lx1, ly0 := Mercator(v.Limit.Max)
		x, y = clamp(x, lx0, lx1), clamp(y, ly0, ly1)
	}
	v.Center = InverseMercator(x, y)
}
