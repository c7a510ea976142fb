package geo

import "math"

// kdTree is a static 2-D KD-tree over points stored flat, a port of
// KDBush (the index Supercluster builds per zoom): ids and float32 coords
// are sorted in place so every node is the median of its range, taking the
// axes in turns; ranges of at most nodeSize items are scanned linearly.
type kdTree struct {
	ids      []int32
	coords   []float32 // x, y pairs
	nodeSize int
}

// kdStackSize bounds the explicit stack of a search: three ints per level.
const kdStackSize = 3 * 64

// build indexes the points of coords (x, y pairs), whose ids are their
// positions. It reuses the tree's slices.
func (t *kdTree) build(coords []float32, nodeSize int) {
	n := len(coords) / 2
	t.coords = coords
	if cap(t.ids) < n {
		t.ids = make([]int32, n)
	}
	t.ids = t.ids[:n]
	for i := range t.ids {
		t.ids[i] = int32(i)
	}
	t.nodeSize = max(nodeSize, 2)
	t.sort(0, n-1, 0)
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

// selectK is Floyd-Rivest selection: afterwards items left..k-1 are not
// greater than item k on the axis, and k+1..right not smaller.
func (t *kdTree) selectK(k, left, right, axis int) {
	c := t.coords
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
		v := c[2*k+axis]
		i, j := left, right
		t.swap(left, k)
		if c[2*right+axis] > v {
			t.swap(left, right)
		}
		for i < j {
			t.swap(i, j)
			i++
			j--
			for c[2*i+axis] < v {
				i++
			}
			for c[2*j+axis] > v {
				j--
			}
		}
		if c[2*left+axis] == v {
			t.swap(left, j)
		} else {
			j++
			t.swap(j, right)
		}
		if j <= k {
			left = j + 1
		}
		if k <= j {
			right = j - 1
		}
	}
}

func (t *kdTree) swap(i, j int) {
	t.ids[i], t.ids[j] = t.ids[j], t.ids[i]
	t.coords[2*i], t.coords[2*j] = t.coords[2*j], t.coords[2*i]
	t.coords[2*i+1], t.coords[2*j+1] = t.coords[2*j+1], t.coords[2*i+1]
}

// within appends to dst the ids of points within distance r of qx, qy.
// It is withinEach without the call per result, for clustering's hot loop.
func (t *kdTree) within(dst []int32, qx, qy, r float64) []int32 {
	if len(t.ids) == 0 {
		return dst
	}
	var stack [kdStackSize]int32
	stack[0], stack[1], stack[2] = 0, int32(len(t.ids)-1), 0
	sp := 3
	r2 := r * r
	c := t.coords
	for sp > 0 {
		axis := int(stack[sp-1])
		right := int(stack[sp-2])
		left := int(stack[sp-3])
		sp -= 3
		if right-left <= t.nodeSize {
			for i := left; i <= right; i++ {
				dx, dy := float64(c[2*i])-qx, float64(c[2*i+1])-qy
				if dx*dx+dy*dy <= r2 {
					dst = append(dst, t.ids[i])
				}
			}
			continue
		}
		m := (left + right) >> 1
		x, y := float64(c[2*m]), float64(c[2*m+1])
		if dx, dy := x-qx, y-qy; dx*dx+dy*dy <= r2 {
			dst = append(dst, t.ids[m])
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
	return dst
}

// withinEach calls fn with the id of every point within distance r of qx, qy.
func (t *kdTree) withinEach(qx, qy, r float64, fn func(id int32)) {
	if len(t.ids) == 0 {
		return
	}
	var stack [kdStackSize]int32
	stack[0], stack[1], stack[2] = 0, int32(len(t.ids)-1), 0
	sp := 3
	r2 := r * r
	c := t.coords
	for sp > 0 {
		axis := int(stack[sp-1])
		right := int(stack[sp-2])
		left := int(stack[sp-3])
		sp -= 3
		if right-left <= t.nodeSize {
			for i := left; i <= right; i++ {
				dx, dy := float64(c[2*i])-qx, float64(c[2*i+1])-qy
				if dx*dx+dy*dy <= r2 {
					fn(t.ids[i])
				}
			}
			continue
		}
		m := (left + right) >> 1
		x, y := float64(c[2*m]), float64(c[2*m+1])
		if dx, dy := x-qx, y-qy; dx*dx+dy*dy <= r2 {
			fn(t.ids[m])
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

// rangeBox appends to dst the ids of points inside the box.
func (t *kdTree) rangeBox(dst []int32, minX, minY, maxX, maxY float64) []int32 {
	t.rangeEach(minX, minY, maxX, maxY, func(id int32) { dst = append(dst, id) })
	return dst
}

// rangeEach calls fn with the id of every point inside the box.
func (t *kdTree) rangeEach(minX, minY, maxX, maxY float64, fn func(id int32)) {
	if len(t.ids) == 0 {
		return
	}
	var stack [kdStackSize]int32
	stack[0], stack[1], stack[2] = 0, int32(len(t.ids)-1), 0
	sp := 3
	c := t.coords
	for sp > 0 {
		axis := int(stack[sp-1])
		right := int(stack[sp-2])
		left := int(stack[sp-3])
		sp -= 3
		if right-left <= t.nodeSize {
			for i := left; i <= right; i++ {
				x, y := float64(c[2*i]), float64(c[2*i+1])
				if x >= minX && x <= maxX && y >= minY && y <= maxY {
					fn(t.ids[i])
				}
			}
			continue
		}
		m := (left + right) >> 1
		x, y := float64(c[2*m]), float64(c[2*m+1])
		if x >= minX && x <= maxX && y >= minY && y <= maxY {
			fn(t.ids[m])
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
