package geo

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
)

// InsetStyle is how a locator inset looks.
type InsetStyle struct {
	Background color.NRGBA // sea
	Land       Style       // the city's polygons
	Frame      color.NRGBA // the view's rectangle
	FrameFill  color.NRGBA // inside the rectangle; alpha 0 for none
	Border     color.NRGBA // 1 px around the inset; alpha 0 for none
}

// DefaultInsetStyle matches the map's colours, with a red view rectangle.
var DefaultInsetStyle = InsetStyle{
	Background: color.NRGBA{0xD6, 0xE6, 0xF2, 0xFF},
	Land:       Style{Fill: color.NRGBA{0xF7, 0xF3, 0xE8, 0xFF}, Stroke: color.NRGBA{0xA8, 0x96, 0x7A, 0xFF}, StrokeWidth: 0.6},
	Frame:      color.NRGBA{0xC8, 0x1E, 0x1E, 0xFF},
	FrameFill:  color.NRGBA{0xC8, 0x1E, 0x1E, 0x30},
	Border:     color.NRGBA{0x70, 0x70, 0x70, 0xFF},
}

// Inset is a small map of the whole city with a rectangle for the main
// map's view: where am I. The city is drawn once; each Render copies it and
// adds the rectangle. Like the Renderer, it is not safe for concurrent use,
// except Viewport and LonLat.
type Inset struct {
	style InsetStyle
	view  Viewport
	ras   raster // the rectangle's coverage
	base  *image.RGBA
	pts   []float32
}

// NewInset makes an inset of width×height device pixels at scale showing
// bound (e.g. the city's box) and the polygons in it.
func NewInset(polys []orb.MultiPolygon, bound orb.Bound, width, height int, scale float64, style InsetStyle) *Inset {
	v := Viewport{Width: width, Height: height, Scale: scale, MinZoom: 0.5, MaxZoom: 18}
	v.FitBounds(bound, 4*v.ScaleFactor())
	in := &Inset{style: style, view: v}
	// The city is drawn once, by a renderer of its own that is not kept: its paths of
	// the polygons (about 0.7 MB for the districts) are not needed again.
	r := NewRenderer()
	r.SetBackground(style.Background)
	r.SetPolygons("land", polys, style.Land)
	in.base = image.NewRGBA(image.Rect(0, 0, max(width, 0), max(height, 0)))
	r.Render(in.base, v)
	return in
}

// Viewport is the inset's own view: Project a lon/lat to inset pixels.
func (in *Inset) Viewport() Viewport { return in.view }

// LonLat returns the place under inset pixel x, y: where a tap on the
// inset should fly the map.
func (in *Inset) LonLat(x, y float64) orb.Point { return in.view.Unproject(x, y) }

// ViewRect returns the rectangle of the main view v in inset pixels. A view
// smaller than 6 px (at scale 1) is widened about its centre so that it
// still shows.
func (in *Inset) ViewRect(v Viewport) Box {
	b := v.Bounds()
	x0, y0 := in.view.Project(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := in.view.Project(orb.Point{b.Max[0], b.Min[1]})
	least := 6 * in.view.ScaleFactor()
	if x1-x0 < least {
		c := (x0 + x1) / 2
		x0, x1 = c-least/2, c+least/2
	}
	if y1-y0 < least {
		c := (y0 + y1) / 2
		y0, y1 = c-least/2, c+least/2
	}
	return Box{x0, y0, x1, y1}
}

// Render draws the city and the rectangle of the main view v into dst,
// which has the inset's size.
func (in *Inset) Render(dst *image.RGBA, v Viewport) {
	draw.Draw(dst, dst.Rect, in.base, image.Point{}, draw.Src)
	if dst.Rect.Min != (image.Point{}) {
		dst = &image.RGBA{Pix: dst.Pix, Stride: dst.Stride, Rect: image.Rect(0, 0, dst.Rect.Dx(), dst.Rect.Dy())}
	}
	w, h := dst.Rect.Dx(), dst.Rect.Dy()
	ras := &in.ras
	ras.reset(w, h)
	sc := float32(in.view.ScaleFactor())
	b := in.ViewRect(v)
	// Clamp far outside values: the rectangle of a view far away still has
	// its visible edges drawn.
	c := func(x float64, lim int) float32 { return float32(math.Max(-10, math.Min(x, float64(lim)+10))) }
	x0, y0, x1, y1 := c(b.MinX, w), c(b.MinY, h), c(b.MaxX, w), c(b.MaxY, h)
	rect := append(in.pts[:0], x0, y0, x1, y0, x1, y1, x0, y1)
	if f := premultiply(in.style.FrameFill, 1); f.a > 0 {
		ras.polygon(rect)
		ras.fill(dst, f)
	}
	rect = append(rect, x0, y0)
	ras.strokePath(rect, 2*sc)
	ras.fill(dst, premultiply(in.style.Frame, 1))
	if f := premultiply(in.style.Border, 1); f.a > 0 {
		fw, fh := float32(w), float32(h)
		ras.strokePath([]float32{0.5, 0.5, fw - 0.5, 0.5, fw - 0.5, fh - 0.5, 0.5, fh - 0.5, 0.5, 0.5}, 1)
		ras.fill(dst, f)
	}
	in.pts = rect
}

// ShowInset reports whether the map should show the inset: once the view
// is zoomed in more than a level past cityZoom, the zoom at which the whole
// city fills the map.
func ShowInset(v Viewport, cityZoom float64) bool { return v.Zoom > cityZoom+1 }
