package geo

// labelGrid buckets the placed label boxes and the obstacle discs of a
// frame by screen cells, so that a collision test looks only at what lies
// near the candidate box. Its slices are kept between frames.
type labelGrid struct {
	cols, rows int
	cells      [][]int32 // per cell: ≥ 0 a placed box (index into taken), < 0 a disc (-1-index into circles)
}

// labelCell is the side of a grid cell in pixels.
const labelCell = 64

// reset empties the grid for a w×h screen.
func (g *labelGrid) reset(w, h float64) {
	g.cols, g.rows = max(1, int(w/labelCell)+1), max(1, int(h/labelCell)+1)
	n := g.cols * g.rows
	if cap(g.cells) < n {
		g.cells = append(g.cells[:cap(g.cells)], make([][]int32, n-cap(g.cells))...)
	}
	g.cells = g.cells[:n]
	for i := range g.cells {
		g.cells[i] = g.cells[i][:0]
	}
}

// span returns the cells covered by b, clamped to the grid.
func (g *labelGrid) span(b Box) (c0, r0, c1, r1 int) {
	cl := func(v float64, n int) int { return min(max(int(v/labelCell), 0), n-1) }
	return cl(b.MinX, g.cols), cl(b.MinY, g.rows), cl(b.MaxX, g.cols), cl(b.MaxY, g.rows)
}

// add files item id under every cell b covers.
func (g *labelGrid) add(b Box, id int32) {
	c0, r0, c1, r1 := g.span(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			i := r*g.cols + c
			g.cells[i] = append(g.cells[i], id)
		}
	}
}

// collides reports whether b overlaps a placed label or an obstacle disc.
func (lb *Labeller) collides(b Box) bool {
	g := &lb.grid
	c0, r0, c1, r1 := g.span(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			for _, id := range g.cells[r*g.cols+c] {
				if id >= 0 {
					if b.overlaps(lb.taken[id]) {
						return true
					}
					continue
				}
				d := lb.circles[-1-id]
				dx := max(b.MinX-d.x, 0, d.x-b.MaxX)
				dy := max(b.MinY-d.y, 0, d.y-b.MaxY)
				if dx*dx+dy*dy < d.r*d.r {
					return true
				}
			}
		}
	}
	return false
}
