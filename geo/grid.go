package geo

import "math"

// grid is a bucket grid over float32 points for the neighbour searches of
// clustering: points sorted by cell (a counting sort), so a search reads a
// few short runs of memory instead of descending a tree. Its answers are the
// KD-tree's, in another order.
type grid struct {
	minX, minY float64
	inv        float64 // cells per unit
	nx, ny     int
	start      []int32   // first entry of each cell, and one past the last
	pts        []kdPoint // the points by cell
}

// build buckets pts into cells at least r wide, and about as many cells as
// points.
func (g *grid) build(pts []kdPoint, r float64) {
	n := len(pts)
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for i := range n {
		x, y := float64(pts[i].c[0]), float64(pts[i].c[1])
		minX, maxX = min(minX, x), max(maxX, x)
		minY, maxY = min(minY, y), max(maxY, y)
	}
	if n == 0 {
		minX, minY, maxX, maxY = 0, 0, 0, 0
	}
	w, h := maxX-minX, maxY-minY
	size := max(r, math.Sqrt(w*h/float64(max(n, 1))), max(w, h)/4096, 1e-12)
	g.minX, g.minY, g.inv = minX, minY, 1/size
	g.nx, g.ny = int(w/size)+1, int(h/size)+1
	cells := g.nx * g.ny
	g.start = resize(g.start, cells+1)
	clear(g.start)
	cellOf := make([]int32, n)
	for i := range n {
		c := g.cell(float64(pts[i].c[0]), float64(pts[i].c[1]))
		cellOf[i] = int32(c)
		g.start[c+1]++
	}
	for c := range cells {
		g.start[c+1] += g.start[c]
	}
	g.pts = resize(g.pts, n)
	next := append([]int32(nil), g.start[:cells]...)
	for i := range n {
		c := cellOf[i]
		g.pts[next[c]] = pts[i]
		next[c]++
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (g *grid) cell(x, y float64) int {
	cx := min(max(int((x-g.minX)*g.inv), 0), g.nx-1)
	cy := min(max(int((y-g.minY)*g.inv), 0), g.ny-1)
	return cy*g.nx + cx
}

// within appends to dst the ids of points within distance r of qx, qy.
func (g *grid) within(dst []int32, qx, qy, r float64) []int32 {
	x0 := max(int((qx-r-g.minX)*g.inv), 0)
	x1 := min(int((qx+r-g.minX)*g.inv), g.nx-1)
	y0 := max(int((qy-r-g.minY)*g.inv), 0)
	y1 := min(int((qy+r-g.minY)*g.inv), g.ny-1)
	r2 := r * r
	for cy := y0; cy <= y1; cy++ {
		row := cy * g.nx
		lo, hi := g.start[row+x0], g.start[row+x1+1]
		for _, p := range g.pts[lo:hi] {
			dx, dy := float64(p.c[0])-qx, float64(p.c[1])-qy
			if dx*dx+dy*dy <= r2 {
				dst = append(dst, p.id)
			}
		}
	}
	return dst
}
