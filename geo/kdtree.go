package geo

import "math"

// kdPoint is a point of a kdTree: float32 coordinates, as Supercluster's
// trees keep them, and the id of what it stands for.
type kdPoint struct {
	c  [2]float32 // x, y
	id int32
}

// kdTree is a static 2-D KD-tree, a port of KDBush (the index Supercluster
// builds per zoom): the points are sorted in place so that every node is
// the median of its range on an axis taken in turns; ranges of at most
// nodeSize points are scanned linearly. One array of small structs keeps a
// point's coordinates and id on the same cache line.
type kdTree struct {
	pts      []kdPoint
	nodeSize int
}

// kdStackSize bounds the explicit stack of a search: three ints per level.
const kdStackSize = 3 * 64

// build indexes pts, sorting them in place.
func (t *kdTree) build(pts []kdPoint, nodeSize int) {
	t.pts = pts
	t.nodeSize = max(nodeSize, 2)
	t.sort(0, len(pts)-1, 0)
}

func (t *kdTree) sort(left, right, axis int) {
	if right-left <= t.nodeSize {
		return
	}
	m := (left + right) >> 1
	t.selectK(m, left, right, axis)
	t.sort(left, m-1, 1-axis)
	t.sort(m+1, right, 1-axis)
}

// selectK is Floyd-Rivest selection: afterwards points left..k-1 are not
// greater than point k on the axis, and k+1..right not smaller.
func (t *kdTree) selectK(k, left, right, axis int) {
	p := t.pts
	for right > left {
		if right-left > 600 {
			n := float64(right - left + 1)
			m := float64(k - left + 1)
			z := math.Log(n)
			s := 0.5 * math.Exp(2*z/3)
			sd := 0.5 * math.Sqrt(z*s*(n-s)/n)
			if m-n/2 < 0 {
				sd = -sd
			}
			newLeft := max(left, int(math.Floor(float64(k)-m*s/n+sd)))
			newRight := min(right, int(math.Floor(float64(k)+(n-m)*s/n+sd)))
			t.selectK(k, newLeft, newRight, axis)
		}
		v := p[k].c[axis]
		i, j := left, right
		p[left], p[k] = p[k], p[left]
		if p[right].c[axis] > v {
			p[left], p[right] = p[right], p[left]
		}
		for i < j {
			p[i], p[j] = p[j], p[i]
			i++
			j--
			for p[i].c[axis] < v {
				i++
			}
			for p[j].c[axis] > v {
				j--
			}
		}
		if p[left].c[axis] == v {
			p[left], p[j] = p[j], p[left]
		} else {
			j++
			p[j], p[right] = p[right], p[j]
		}
		if j <= k {
			left = j + 1
		}
		if k <= j {
			right = j - 1
		}
	}
}

// withinEach calls fn with the id of every point within distance r of qx, qy.
func (t *kdTree) withinEach(qx, qy, r float64, fn func(id int32)) {
	if len(t.pts) == 0 {
		return
	}
	var stack [kdStackSize]int32
	stack[0], stack[1], stack[2] = 0, int32(len(t.pts)-1), 0
	sp := 3
	r2 := r * r
	p := t.pts
	for sp > 0 {
		axis := int(stack[sp-1])
		right := int(stack[sp-2])
		left := int(stack[sp-3])
		sp -= 3
		if right-left <= t.nodeSize {
			for i := left; i <= right; i++ {
				dx, dy := float64(p[i].c[0])-qx, float64(p[i].c[1])-qy
				if dx*dx+dy*dy <= r2 {
					fn(p[i].id)
				}
			}
			continue
		}
		m := (left + right) >> 1
		x, y := float64(p[m].c[0]), float64(p[m].c[1])
		if dx, dy := x-qx, y-qy; dx*dx+dy*dy <= r2 {
			fn(p[m].id)
		}
		v, q := x, qx
		if axis == 1 {
			v, q = y, qy
		}
		if q-r <= v {
			stack[sp], stack[sp+1], stack[sp+2] = int32(left), int32(m-1), int32(1-axis)
			sp += 3
		}
		if q+r >= v {
			stack[sp], stack[sp+1], stack[sp+2] = int32(m+1), int32(right), int32(1-axis)
			sp += 3
		}
	}
}

// within appends to dst the ids of points within distance r of qx, qy.
func (t *kdTree) within(dst []int32, qx, qy, r float64) []int32 {
	t.withinEach(qx, qy, r, func(id int32) { dst = append(dst, id) })
	return dst
}

// rangeEach calls fn with the id of every point inside the box.
func (t *kdTree) rangeEach(minX, minY, maxX, maxY float64, fn func(id int32)) {
	if len(t.pts) == 0 {
		return
	}
	var stack [kdStackSize]int32
	stack[0], stack[1], stack[2] = 0, int32(len(t.pts)-1), 0
	sp := 3
	p := t.pts
	for sp > 0 {
		axis := int(stack[sp-1])
		right := int(stack[sp-2])
		left := int(stack[sp-3])
		sp -= 3
		if right-left <= t.nodeSize {
			for i := left; i <= right; i++ {
				x, y := float64(p[i].c[0]), float64(p[i].c[1])
				if x >= minX && x <= maxX && y >= minY && y <= maxY {
					fn(p[i].id)
				}
			}
			continue
		}
		m := (left + right) >> 1
		x, y := float64(p[m].c[0]), float64(p[m].c[1])
		if x >= minX && x <= maxX && y >= minY && y <= maxY {
			fn(p[m].id)
		}
		lo, hi, v := minX, maxX, x
		if axis == 1 {
			lo, hi, v = minY, maxY, y
		}
		if lo <= v {
			stack[sp], stack[sp+1], stack[sp+2] = int32(left), int32(m-1), int32(1-axis)
			sp += 3
		}
		if hi >= v {
			stack[sp], stack[sp+1], stack[sp+2] = int32(m+1), int32(right), int32(1-axis)
			sp += 3
		}
	}
}
