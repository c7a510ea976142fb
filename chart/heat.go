package chart

import (
	"image"
	"image/color"
	"math"

	"ningbomap/contrast"
)

// Heat is a heat map of the week: a row per weekday, Monday at the top, a
// column per hour of the day, each cell coloured by its value from pale to
// the accent colour (and pale grey for nothing), its number written in it
// where it fits, and a scale below.
type Heat struct {
	Title  string
	Legend string // what the colours count, beside the scale
	Values [7][24]float64
}

// Draw draws the chart into dst, filling it.
func (c Heat) Draw(dst *image.RGBA, st Style) error {
	f, done, err := newFrame(dst, st)
	if err != nil {
		return err
	}
	defer done()
	top := f.heading(c.Title)
	vmax := 0.0
	for _, row := range c.Values {
		for _, v := range row {
			vmax = math.Max(vmax, v)
		}
	}
	if vmax == 0 {
		f.empty(top)
		return nil
	}
	names := weekdays(f.st.Lang)
	labelW := 0.0
	for _, n := range names {
		labelW = math.Max(labelW, f.small.width(n))
	}
	x0 := f.u(pad) + labelW + f.u(10)
	x1 := f.w - f.u(pad)
	legendH := f.small.height() + f.u(12)
	y0 := top
	y1 := f.h - f.u(pad) - f.small.height() - f.u(8) - legendH
	if x1-x0 < f.u(48) || y1-y0 < f.u(28) {
		return nil
	}
	cw, ch := (x1-x0)/24, (y1-y0)/7
	gap := math.Max(1, math.Min(cw, ch)*0.08)
	showNumbers := cw >= f.small.width(Number(vmax))+f.u(4) && ch >= f.small.height()
	for d, row := range c.Values {
		cy := y0 + (float64(d)+0.5)*ch
		f.small.draw(f.dst, names[d], x0-f.u(8), cy, right, f.st.Muted)
		for h, v := range row {
			cx := x0 + float64(h)*cw
			col := c.colour(f.st, v, vmax)
			f.roundRect(cx+gap/2, y0+float64(d)*ch+gap/2, cx+cw-gap/2, y0+float64(d+1)*ch-gap/2, f.u(2), allCorners, col)
			if showNumbers && v > 0 {
				f.small.draw(f.dst, Number(v), cx+cw/2, cy, center, readable(col, f.st.Text, f.st.Background))
			}
		}
	}
	every := 1
	for every < 6 && cw*float64(every) < f.small.width("22")+f.u(10) {
		every++
	}
	for every < 6 && 24%every != 0 {
		every++
	}
	ly := y1 + f.u(6) + f.small.height()/2
	for h := 0; h < 24; h += every {
		f.small.draw(f.dst, itoa(h), x0+(float64(h)+0.5)*cw, ly, center, f.st.Muted)
	}
	// The scale: 0, a ramp, the largest value, what is counted; then the
	// axis title at the left.
	sy := f.h - f.u(pad) - legendH/2
	rampW := math.Min(f.u(160), (x1-x0)/3)
	maxLabel := Number(vmax)
	rx1 := x1 - f.small.width(maxLabel) - f.u(8)
	if c.Legend != "" {
		rx1 -= f.small.width(c.Legend) + f.u(12)
	}
	rx0 := rx1 - rampW
	f.small.draw(f.dst, "0", rx0-f.u(6), sy, right, f.st.Muted)
	steps := max(1, int(rampW))
	for i := range steps {
		v := vmax * float64(i+1) / float64(steps)
		a := math.Round(rx0 + rampW*float64(i)/float64(steps))
		b := math.Round(rx0 + rampW*float64(i+1)/float64(steps))
		f.rect(a, math.Round(sy-f.u(6)), b, math.Round(sy+f.u(6)), c.colour(f.st, v, vmax))
	}
	f.small.draw(f.dst, maxLabel, rx1+f.u(6), sy, left, f.st.Muted)
	if c.Legend != "" {
		f.small.draw(f.dst, c.Legend, rx1+f.u(6)+f.small.width(maxLabel)+f.u(12), sy, left, f.st.Muted)
	}
	f.small.draw(f.dst, hourAxis(f.st.Lang), x0, sy, left, f.st.Muted)
	return nil
}

// colour is the colour of a cell holding v of at most vmax: pale grey for
// nothing, then from a pale tint of the accent to the accent itself.
func (c Heat) colour(st Style, v, vmax float64) color.NRGBA {
	if v <= 0 {
		return st.Empty
	}
	t := math.Pow(v/vmax, 0.75)
	pale := mix(st.Background, st.Accent, 0.12)
	return mix(pale, st.Accent, t)
}

// mix is a between colours a (t 0) and b (t 1).
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

// readable is whichever of a and b contrasts more with the background bg.
func readable(bg, a, b color.NRGBA) color.NRGBA {
	if contrast.Ratio(b, bg) > contrast.Ratio(a, bg) {
		return b
	}
	return a
}

// itoa is a small whole number as text.
func itoa(n int) string { return Number(float64(n)) }
