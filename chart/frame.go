package chart

import (
	"image"
	"image/color"
	"math"

	"ningbomap/geo"
)

// frame is one chart being drawn: the image, the style, the rasteriser and
// the faces at the style's sizes.
type frame struct {
	dst *image.RGBA
	st  Style
	w   float64 // image size in pixels
	h   float64
	can *geo.Canvas
	pts []float32

	title, text, small, smallBold font
}

// newFrame starts drawing into dst (whose bounds must start at 0,0): it
// fills the background and locks the faces, and with them the shared
// rasteriser, until done is called.
func newFrame(dst *image.RGBA, st Style) (f *frame, done func(), err error) {
	regular, bold, unlock, err := lockFaces()
	if err != nil {
		return nil, nil, err
	}
	if st.Scale <= 0 {
		st.Scale = 1
	}
	f = &frame{dst: dst, st: st, w: float64(dst.Rect.Dx()), h: float64(dst.Rect.Dy()), can: &faces.canvas, pts: faces.pts[:0]}
	f.setFaces(regular, bold)
	f.can.Begin(dst)
	f.can.Clear(st.Background)
	return f, func() { faces.pts = f.pts; unlock() }, nil
}

// setFaces sets the frame's fonts at the style's sizes.
func (f *frame) setFaces(regular, bold *geo.FontGlyphs) {
	f.title = font{bold, f.st.px(f.st.TitleSize)}
	f.text = font{regular, f.st.px(f.st.TextSize)}
	f.small = font{regular, f.st.px(f.st.SmallSize)}
	f.smallBold = font{bold, f.st.px(f.st.SmallSize)}
}

// u turns units into pixels.
func (f *frame) u(units float64) float64 { return f.st.px(units) }

// rect fills a rectangle.
func (f *frame) rect(x0, y0, x1, y1 float64, col color.NRGBA) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	f.pts = append(f.pts[:0], float32(x0), float32(y0), float32(x1), float32(y0), float32(x1), float32(y1), float32(x0), float32(y1))
	f.can.Ring(f.pts)
	f.can.Fill(col)
}

// roundRect fills a rectangle whose corners are rounded by r pixels; top
// and bottom say which corners (a bar grows from its base, which stays
// square).
func (f *frame) roundRect(x0, y0, x1, y1, r float64, corners [4]bool, col color.NRGBA) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	r = min(r, (x1-x0)/2, (y1-y0)/2)
	f.pts = f.pts[:0]
	// corners clockwise from the top left: centre and start angle
	cs := [4]struct{ cx, cy, a float64 }{
		{x0 + r, y0 + r, math.Pi}, {x1 - r, y0 + r, 1.5 * math.Pi},
		{x1 - r, y1 - r, 0}, {x0 + r, y1 - r, 0.5 * math.Pi},
	}
	sq := [4][2]float64{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
	for i, c := range cs {
		if !corners[i] || r < 0.5 {
			f.pts = append(f.pts, float32(sq[i][0]), float32(sq[i][1]))
			continue
		}
		const steps = 6
		for k := 0; k <= steps; k++ {
			a := c.a + float64(k)/steps*math.Pi/2
			f.pts = append(f.pts, float32(c.cx+r*math.Cos(a)), float32(c.cy+r*math.Sin(a)))
		}
	}
	f.can.Ring(f.pts)
	f.can.Fill(col)
}

// all rounds every corner; rightEnd and topEnd round the far end of a bar.
var (
	allCorners = [4]bool{true, true, true, true}
	rightEnd   = [4]bool{false, true, true, false}
	topEnd     = [4]bool{true, true, false, false}
)

// hline draws a horizontal rule of one pixel (at least) on whole pixels.
func (f *frame) hline(x0, x1, y float64, col color.NRGBA) {
	t := math.Max(1, math.Round(f.u(1)))
	y = math.Round(y - t/2)
	f.rect(math.Round(x0), y, math.Round(x1), y+t, col)
}

// vline draws a vertical rule of one pixel (at least) on whole pixels.
func (f *frame) vline(x, y0, y1 float64, col color.NRGBA) {
	t := math.Max(1, math.Round(f.u(1)))
	x = math.Round(x - t/2)
	f.rect(x, math.Round(y0), x+t, math.Round(y1), col)
}

// polyline strokes a path of x,y pairs in pixels w pixels wide.
func (f *frame) polyline(pts []float32, w float64, col color.NRGBA) {
	f.can.Stroke(pts, float32(w))
	f.can.Fill(col)
}

// disc fills a circle.
func (f *frame) disc(cx, cy, r float64, col color.NRGBA) {
	f.pts = f.pts[:0]
	n := max(12, int(r*2))
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		f.pts = append(f.pts, float32(cx+r*math.Cos(a)), float32(cy+r*math.Sin(a)))
	}
	f.can.Ring(f.pts)
	f.can.Fill(col)
}

// pad is the margin around a chart, in units.
const pad = 16

// heading draws the title at the top left and returns the y below it.
func (f *frame) heading(title string) float64 {
	top := f.u(pad)
	if title == "" {
		return top
	}
	lh := f.title.height()
	f.title.draw(f.dst, f.title.ellipsis(title, f.w-2*f.u(pad)), f.u(pad), top+lh/2, left, f.st.Text)
	return top + lh + f.u(10)
}

// empty says, in the middle of the space below top, that there is nothing
// to chart yet, on a pale panel so that it reads as a message, not a
// broken chart.
func (f *frame) empty(top float64) {
	x0, x1 := f.u(pad), f.w-f.u(pad)
	y1 := f.h - f.u(pad)
	if y1-top < f.text.height() {
		top = y1 - f.text.height()
	}
	f.roundRect(x0, top, x1, y1, f.u(8), allCorners, f.st.Empty)
	f.text.draw(f.dst, f.text.ellipsis(noVisits(f.st.Lang), x1-x0), (x0+x1)/2, (top+y1)/2, center, f.st.Muted)
}

// fade is col at opacity a (0 to 1).
func fade(col color.NRGBA, a float64) color.NRGBA {
	col.A = uint8(math.Round(float64(col.A) * a))
	return col
}
