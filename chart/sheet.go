package chart

import (
	"image"
	"image/draw"
	"math"
)

// Sheet is a dashboard as one picture, for saving: a heading (a title and
// lines under it, such as what the figures are of and their totals), then
// rows of charts, the charts of a row sharing its width, each row as tall
// as its tallest chart needs (a bar chart shows every bar).
type Sheet struct {
	Title string
	Lines []string
	Rows  [][]Chart
}

// Render draws the sheet width pixels wide, as tall as it needs.
func (s Sheet) Render(width int, st Style) (*image.RGBA, error) {
	if st.Scale <= 0 {
		st.Scale = 1
	}
	// The heading's height, then each row's.
	regular, bold, unlock, err := lockFaces()
	if err != nil {
		return nil, err
	}
	f := &frame{st: st, w: float64(width)}
	f.setFaces(regular, bold)
	head := f.u(pad) + font{bold, st.px(st.TitleSize * sheetTitle)}.height() + f.u(4) + float64(len(s.Lines))*f.text.height() + f.u(6)
	unlock()
	var rows []int
	for _, row := range s.Rows {
		if len(row) == 0 {
			rows = append(rows, 0)
			continue
		}
		cellW := width / len(row)
		h := int(math.Round(math.Min(float64(cellW)*0.55, st.px(400))))
		for _, c := range row {
			if b, ok := c.(Bars); ok {
				h = max(h, b.Height(cellW, st))
			}
		}
		rows = append(rows, h)
	}
	total := int(math.Ceil(head))
	for _, h := range rows {
		total += h
	}
	total += int(st.px(pad))
	img, err := Render(headingChart{s}, width, total, st)
	if err != nil {
		return nil, err
	}
	y := int(math.Ceil(head))
	for r, h := range rows {
		row := s.Rows[r]
		for k, c := range row {
			x0, x1 := k*width/len(row), (k+1)*width/len(row)
			cell := image.NewRGBA(image.Rect(0, 0, x1-x0, h))
			if err := c.Draw(cell, st); err != nil {
				return nil, err
			}
			draw.Draw(img, image.Rect(x0, y, x1, y+h), cell, image.Point{}, draw.Src)
		}
		y += h
	}
	return img, nil
}

// sheetTitle is how much larger a sheet's title is than a chart's.
const sheetTitle = 1.35

// headingChart draws a sheet's background and heading.
type headingChart struct{ s Sheet }

func (h headingChart) Draw(dst *image.RGBA, st Style) error {
	f, done, err := newFrame(dst, st)
	if err != nil {
		return err
	}
	defer done()
	big := font{f.title.g, f.u(f.st.TitleSize * sheetTitle)}
	y := f.u(pad)
	if h.s.Title != "" {
		big.draw(f.dst, big.ellipsis(h.s.Title, f.w-2*f.u(pad)), f.u(pad), y+big.height()/2, left, f.st.Text)
		y += big.height() + f.u(4)
	}
	for _, l := range h.s.Lines {
		f.text.draw(f.dst, f.text.ellipsis(l, f.w-2*f.u(pad)), f.u(pad), y+f.text.height()/2, left, f.st.Muted)
		y += f.text.height()
	}
	return nil
}
