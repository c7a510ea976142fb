package chart

import (
	"image"
	"image/color"
	"math"
)

// Bars is a horizontal bar chart: a row per item, top to bottom in the
// order given, each with its label on the left (wrapped onto two lines
// when long, then cut with "…"), its bar and its value; the value axis
// and its title below.
type Bars struct {
	Title  string
	Axis   string // what the bars measure, under the value axis
	Items  []Bar
	Format func(v float64) string // values and ticks; nil: Number
}

// Bar is one row of a bar chart.
type Bar struct {
	Label string
	Value float64
	Color color.NRGBA // zero: the style's accent
}

// barLayout is where the parts of a bar chart go, in pixels.
type barLayout struct {
	top        float64    // below the title
	labelW     float64    // the label column
	lines      [][]string // each label's lines
	rowH       float64
	rows       int // rows shown; a last one says how many more there are when fewer than the items
	plotX0     float64
	plotX1     float64
	axisH      float64 // ticks and axis title under the rows
	step, vmax float64
}

// format is the chart's value format.
func (b Bars) format(v float64) string {
	if b.Format != nil {
		return b.Format(v)
	}
	return Number(v)
}

// Height is the height in pixels that shows every bar of b in an image
// width pixels wide.
func (b Bars) Height(width int, st Style) int {
	f := &frame{st: st, w: float64(width), h: math.Inf(1)}
	regular, bold, unlock, err := lockFaces()
	if err != nil {
		return int(st.px(200))
	}
	defer unlock()
	f.setFaces(regular, bold)
	if len(b.Items) == 0 {
		return int(math.Ceil(st.px(pad) + f.title.height() + st.px(10) + st.px(120) + st.px(pad)))
	}
	l := b.layout(f, math.Inf(1))
	return int(math.Ceil(l.top + float64(l.rows)*l.rowH + l.axisH + st.px(pad)))
}

// layout fits the chart into height pixels (+Inf: every row).
func (b Bars) layout(f *frame, height float64) barLayout {
	var l barLayout
	l.top = f.u(pad)
	if b.Title != "" {
		l.top += f.title.height() + f.u(10)
	}
	inner := f.w - 2*f.u(pad)
	widest := 0.0
	for _, it := range b.Items {
		widest = math.Max(widest, f.text.width(it.Label))
	}
	l.labelW = math.Min(math.Ceil(widest)+1, math.Max(inner*0.38, f.u(80)))
	l.axisH = f.small.height() + f.u(6)
	if b.Axis != "" {
		l.axisH += f.small.height() + f.u(4)
	}
	l.vmax = 0
	for _, it := range b.Items {
		l.vmax = math.Max(l.vmax, it.Value)
	}
	l.step, l.vmax = niceTicks(l.vmax, 5)
	valueW := f.small.width(b.format(l.vmax)) + f.u(8)
	l.plotX0 = f.u(pad) + l.labelW + f.u(12)
	l.plotX1 = math.Max(l.plotX0+f.u(40), f.w-f.u(pad)-valueW)
	// Two lines for long labels while every row fits; otherwise one line.
	for _, n := range []int{2, 1} {
		l.lines = l.lines[:0]
		most := 1
		for _, it := range b.Items {
			ls := f.text.lines(it.Label, l.labelW, n)
			l.lines = append(l.lines, ls)
			most = max(most, len(ls))
		}
		l.rowH = math.Max(float64(most)*f.text.height()+f.u(10), f.u(32))
		l.rows = len(b.Items)
		if l.top+float64(l.rows)*l.rowH+l.axisH+f.u(pad) <= height {
			return l
		}
	}
	l.rows = max(1, int((height-l.top-l.axisH-f.u(pad))/l.rowH))
	return l
}

// Draw draws the chart into dst, filling it.
func (b Bars) Draw(dst *image.RGBA, st Style) error {
	f, done, err := newFrame(dst, st)
	if err != nil {
		return err
	}
	defer done()
	total := 0.0
	for _, it := range b.Items {
		total += it.Value
	}
	if total == 0 {
		f.empty(f.heading(b.Title))
		return nil
	}
	f.heading(b.Title)
	l := b.layout(f, f.h)
	shown := l.rows
	if shown < len(b.Items) {
		shown-- // the last row tells how many more there are
	}
	bottom := l.top + float64(l.rows)*l.rowH
	x := func(v float64) float64 { return l.plotX0 + v/l.vmax*(l.plotX1-l.plotX0) }
	for v := l.step; v <= l.vmax+l.step/2; v += l.step {
		f.vline(x(v), l.top, bottom, f.st.Grid)
	}
	thick := math.Min(l.rowH-f.u(12), f.u(22))
	for i := range shown {
		it := b.Items[i]
		cy := l.top + (float64(i)+0.5)*l.rowH
		lines := l.lines[i]
		lh := f.text.height()
		for k, line := range lines {
			y := cy + (float64(k)-float64(len(lines)-1)/2)*lh
			f.text.draw(f.dst, line, l.plotX0-f.u(12), y, right, f.st.Text)
		}
		col := it.Color
		if col.A == 0 {
			col = f.st.Accent
		}
		if it.Value > 0 {
			f.roundRect(l.plotX0, cy-thick/2, math.Max(x(it.Value), l.plotX0+f.u(2)), cy+thick/2, f.u(3), rightEnd, col)
		}
		f.small.draw(f.dst, b.format(it.Value), math.Max(x(it.Value), l.plotX0)+f.u(6), cy, left, f.st.Text)
	}
	if shown < len(b.Items) {
		cy := l.top + (float64(shown)+0.5)*l.rowH
		f.text.draw(f.dst, more(f.st.Lang, len(b.Items)-shown), l.plotX0-f.u(12), cy, right, f.st.Muted)
	}
	f.vline(l.plotX0, l.top, bottom, f.st.Axis)
	ty := bottom + f.u(4) + f.small.height()/2
	for v := 0.0; v <= l.vmax+l.step/2; v += l.step {
		f.small.draw(f.dst, b.format(v), x(v), ty, center, f.st.Muted)
	}
	if b.Axis != "" {
		f.small.draw(f.dst, b.Axis, (l.plotX0+l.plotX1)/2, ty+f.small.height()+f.u(4), center, f.st.Muted)
	}
	return nil
}
