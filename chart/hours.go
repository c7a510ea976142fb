package chart

import (
	"image"
	"math"
)

// Hours is a bar per hour of the day, 0 to 23 from the left, with the
// value axis on the left and the hours below.
type Hours struct {
	Title  string
	Axis   string // what the bars count, above the value axis
	Values [24]float64
}

// Draw draws the chart into dst, filling it.
func (c Hours) Draw(dst *image.RGBA, st Style) error {
	f, done, err := newFrame(dst, st)
	if err != nil {
		return err
	}
	defer done()
	top := f.heading(c.Title)
	vmax := 0.0
	for _, v := range c.Values {
		vmax = math.Max(vmax, v)
	}
	if vmax == 0 {
		f.empty(top)
		return nil
	}
	if c.Axis != "" {
		f.small.draw(f.dst, c.Axis, f.u(pad), top+f.small.height()/2, left, f.st.Muted)
		top += f.small.height() + f.u(8)
	}
	step, vtop := niceTicks(vmax, max(2, min(6, int((f.h-top)/f.u(48)))))
	labelW := 0.0
	for v := 0.0; v <= vtop+step/2; v += step {
		labelW = math.Max(labelW, f.small.width(Number(v)))
	}
	x0 := f.u(pad) + labelW + f.u(10)
	x1 := f.w - f.u(pad)
	y0 := top + f.small.height()/2
	y1 := f.h - f.u(pad) - 2*f.small.height() - f.u(10)
	if x1-x0 < f.u(48) || y1-y0 < f.u(30) {
		return nil
	}
	y := func(v float64) float64 { return y1 - v/vtop*(y1-y0) }
	for v := 0.0; v <= vtop+step/2; v += step {
		if v > 0 {
			f.hline(x0, x1, y(v), f.st.Grid)
		}
		f.small.draw(f.dst, Number(v), x0-f.u(8), y(v), right, f.st.Muted)
	}
	slot := (x1 - x0) / 24
	gap := math.Max(1, slot*0.22)
	// Label every hour, every other or every third, as the width allows.
	every := 1
	for every < 6 && slot*float64(every) < f.small.width("22")+f.u(10) {
		every++
	}
	for every < 6 && 24%every != 0 {
		every++
	}
	for h, v := range c.Values {
		bx := x0 + float64(h)*slot
		if v > 0 {
			f.roundRect(bx+gap/2, y(v), bx+slot-gap/2, y1, f.u(2), topEnd, f.st.Accent)
		}
		if h%every == 0 {
			f.small.draw(f.dst, itoa(h), bx+slot/2, y1+f.u(6)+f.small.height()/2, center, f.st.Muted)
		}
	}
	f.hline(x0, x1, y1, f.st.Axis)
	f.small.draw(f.dst, hourAxis(f.st.Lang), (x0+x1)/2, y1+f.u(10)+1.5*f.small.height(), center, f.st.Muted)
	return nil
}
