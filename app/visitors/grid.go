package visitors

import "fyne.io/fyne/v2"

// chartGrid lays the charts out in rows on a wide view (wide, indexes into
// the objects: a row's charts share its width) and one under another on a
// narrow one, each row as tall as its tallest chart wants at that width (a
// bar chart shows every bar). Its least size follows the width it was last
// given, so the scroll around it can show everything; when that changes it
// calls grew.
type chartGrid struct {
	wide  [][]int
	width float32 // the last width laid out; 0 before
	grew  func()
}

// wideFrom is the least width, in units, of the rows of several charts.
const wideFrom = 1000

// rows are the rows at width w.
func (g *chartGrid) rows(n int, w float32) [][]int {
	if w >= wideFrom {
		return g.wide
	}
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = []int{i}
	}
	return rows
}

// place calls put for each object with its place at width w, and returns
// the height of them all.
func (g *chartGrid) place(objects []fyne.CanvasObject, w float32, put func(o fyne.CanvasObject, pos fyne.Position, size fyne.Size)) float32 {
	var y float32
	for _, row := range g.rows(len(objects), w) {
		cw := w / float32(len(row))
		var h float32
		for _, i := range row {
			h = max(h, cellHeight(objects[i], cw))
		}
		for k, i := range row {
			if put != nil {
				put(objects[i], fyne.NewPos(float32(k)*cw, y), fyne.NewSize(cw, h))
			}
		}
		y += h
	}
	return y
}

// cellHeight is the height o wants at width w.
func cellHeight(o fyne.CanvasObject, w float32) float32 {
	if c, ok := o.(*chartView); ok {
		return c.heightFor(w)
	}
	return o.MinSize().Height
}

// MinSize is Fyne's Layout's.
func (g *chartGrid) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := g.width
	if w == 0 {
		w = 600
	}
	return fyne.NewSize(300, g.place(objects, w, nil))
}

// Layout is Fyne's Layout's.
func (g *chartGrid) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	before := g.place(objects, max(g.width, 600), nil)
	g.width = size.Width
	after := g.place(objects, size.Width, func(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
		o.Move(pos)
		o.Resize(size)
	})
	if after != before && g.grew != nil {
		g.grew()
	}
}
