package visitors

import (
	"image"
	"math"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"ningbomap/chart"
)

// chartView shows a chart drawn off the UI goroutine at the size it is
// given in pixels (its size times the canvas scale), so that it is sharp on
// any screen; until a drawing is ready, the last one stands in, stretched.
// Images handed to Fyne are never drawn into again.
type chartView struct {
	widget.BaseWidget
	chart  chart.Chart
	style  func() chart.Style // the language and the theme's zoom (Scale: units per unit of size)
	height float32            // the least height, in units at zoom 1; a bar chart grows past it to show every bar
	img    *canvas.Image
	px     image.Point   // the pixel size drawn or being drawn
	gen    int           // counts changes of chart, so that an old drawing is not shown
	busy   *atomic.Int32 // drawings not yet shown, the view's count
	post   func(func())  // runs a function on the UI goroutine: fyne.Do
}

func newChartView(st func() chart.Style, height float32, busy *atomic.Int32, post func(func())) *chartView {
	c := &chartView{style: st, height: height, busy: busy, post: post, img: canvas.NewImageFromImage(nil)}
	c.img.FillMode = canvas.ImageFillStretch
	c.ExtendBaseWidget(c)
	return c
}

// set shows ch from now on.
func (c *chartView) set(ch chart.Chart) {
	c.chart = ch
	c.gen++
	c.px = image.Point{}
	c.draw(c.Size())
}

// scale is the canvas scale (1 before the view is on a canvas).
func (c *chartView) scale() float32 {
	if a := fyne.CurrentApp(); a != nil {
		if cv := a.Driver().CanvasForObject(c); cv != nil {
			return cv.Scale()
		}
	}
	return 1
}

// heightFor is the height the chart wants at width w.
func (c *chartView) heightFor(w float32) float32 {
	st := c.style()
	h := c.height * float32(st.Scale)
	if b, ok := c.chart.(chart.Bars); ok && w > 0 {
		s := c.scale()
		st.Scale *= float64(s)
		h = max(h, float32(b.Height(int(math.Round(float64(w*s))), st))/s)
	}
	return h
}

// draw starts drawing the chart at size, unless it is drawn at that size
// already.
func (c *chartView) draw(size fyne.Size) {
	if c.chart == nil || size.Width < 1 || size.Height < 1 {
		return
	}
	s := c.scale()
	px := image.Pt(int(math.Round(float64(size.Width*s))), int(math.Round(float64(size.Height*s))))
	if px == c.px {
		return
	}
	c.px = px
	gen, ch, st := c.gen, c.chart, c.style()
	st.Scale *= float64(s)
	c.busy.Add(1)
	go func() {
		img, err := chart.Render(ch, px.X, px.Y, st)
		c.post(func() {
			defer c.busy.Add(-1)
			if err != nil || gen != c.gen || px != c.px {
				return
			}
			c.img.Image = img
			c.img.Refresh()
		})
	}()
}

// CreateRenderer is Fyne's.
func (c *chartView) CreateRenderer() fyne.WidgetRenderer { return &chartRenderer{c: c} }

type chartRenderer struct{ c *chartView }

func (r *chartRenderer) Layout(size fyne.Size) {
	r.c.img.Resize(size)
	r.c.draw(size)
}

func (r *chartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(240*float32(r.c.style().Scale), r.c.height*float32(r.c.style().Scale))
}

func (r *chartRenderer) Refresh()                     { r.c.img.Refresh() }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.img} }
func (r *chartRenderer) Destroy()                     {}
