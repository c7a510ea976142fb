package chart

import (
	"image"
	"math"
	"time"
)

// Line is a line chart over consecutive days: the value axis on the left,
// dates below with ticks spaced to fit (days, weeks, months, quarters or
// years) and the span under them, a line with the area under it faintly
// filled, and a dot per day when the days are few.
type Line struct {
	Title  string
	Axis   string  // what the line counts, beside the value axis
	Points []Point // in date order, one per day
}

// Point is one day's value.
type Point struct {
	Date  time.Time // midnight UTC
	Value float64
}

// Draw draws the chart into dst, filling it.
func (c Line) Draw(dst *image.RGBA, st Style) error {
	f, done, err := newFrame(dst, st)
	if err != nil {
		return err
	}
	defer done()
	top := f.heading(c.Title)
	vmax := 0.0
	for _, p := range c.Points {
		vmax = math.Max(vmax, p.Value)
	}
	if vmax == 0 {
		f.empty(top)
		return nil
	}
	if c.Axis != "" {
		f.small.draw(f.dst, c.Axis, f.u(pad), top+f.small.height()/2, left, f.st.Muted)
		top += f.small.height() + f.u(8)
	}
	nTicks := max(2, min(6, int((f.h-top)/f.u(48))))
	step, vtop := niceTicks(vmax, nTicks)
	labelW := 0.0
	for v := 0.0; v <= vtop+step/2; v += step {
		labelW = math.Max(labelW, f.small.width(Number(v)))
	}
	x0 := f.u(pad) + labelW + f.u(10)
	x1 := f.w - f.u(pad) - f.u(12)
	y0 := top + f.small.height()/2
	y1 := f.h - f.u(pad) - 2*f.small.height() - f.u(10)
	if x1-x0 < f.u(40) || y1-y0 < f.u(30) {
		return nil // no room for a chart
	}
	y := func(v float64) float64 { return y1 - v/vtop*(y1-y0) }
	for v := 0.0; v <= vtop+step/2; v += step {
		if v > 0 {
			f.hline(x0, x1, y(v), f.st.Grid)
		}
		f.small.draw(f.dst, Number(v), x0-f.u(8), y(v), right, f.st.Muted)
	}

	from, to := c.Points[0].Date, c.Points[len(c.Points)-1].Date
	days := math.Max(1, to.Sub(from).Hours()/24)
	// A single day stands in the middle.
	x := func(t time.Time) float64 {
		if len(c.Points) == 1 {
			return (x0 + x1) / 2
		}
		return x0 + t.Sub(from).Hours()/24/days*(x1-x0)
	}
	ticks := dateTicks(f.st.Lang, from, to, x1-x0, f.u(14), f.small.width)
	for _, t := range ticks {
		tx := x(t.t)
		f.vline(tx, y1, y1+f.u(4), f.st.Axis)
		// A label at an end of the axis stays inside the image.
		half := f.small.width(t.label) / 2
		lx := math.Min(math.Max(tx, half+f.u(2)), f.w-half-f.u(2))
		f.small.draw(f.dst, t.label, lx, y1+f.u(6)+f.small.height()/2, center, f.st.Muted)
	}
	f.small.draw(f.dst, spanLabel(f.st.Lang, from, to), (x0+x1)/2, y1+f.u(10)+1.5*f.small.height(), center, f.st.Muted)

	// The area under the line, then the line, then the dots.
	area := make([]float32, 0, 2*len(c.Points)+4)
	line := make([]float32, 0, 2*len(c.Points))
	for _, p := range c.Points {
		line = append(line, float32(x(p.Date)), float32(y(p.Value)))
	}
	if len(c.Points) > 1 {
		area = append(area, float32(x(from)), float32(y1))
		area = append(area, line...)
		area = append(area, float32(x(to)), float32(y1))
		f.can.Ring(area)
		f.can.Fill(fade(f.st.Accent, 0.12))
		f.polyline(line, math.Max(1.5, f.u(2.5)), f.st.Accent)
	}
	f.hline(x0, x1, y1, f.st.Axis)
	if len(c.Points) <= 62 {
		r := f.u(3.5)
		if len(c.Points) == 1 {
			r = f.u(5)
		}
		for i := 0; i < len(line); i += 2 {
			f.disc(float64(line[i]), float64(line[i+1]), r+f.u(1.5), f.st.Background)
			f.disc(float64(line[i]), float64(line[i+1]), r, f.st.Accent)
		}
	}
	return nil
}
