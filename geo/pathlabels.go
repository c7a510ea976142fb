package geo

import (
	"math"
	"sort"
)

// Names along a path: a label with a Path (a road, a river) is written
// along it, turned to the direction of a stretch that is straight enough
// for the whole text, and always upright (turned by at most 90°). It tries
// the middle of the path first, then stretches on either side. Placement
// keeps clear the smaller boxes of pathParts rather than the turned
// label's bounding box, so names of crossing streets fit near each other
// without ever overlapping. A name is not repeated within four text
// lengths (320 pixels at least) of the same name placed before it in the frame (a street cut
// into pieces by the tiles shows its name once, not on every piece).

// labelPaths holds the paths of a labeller's labels, projected once to
// unit Web Mercator when the labels are set, and what a frame placed along
// them.
type labelPaths struct {
	merc  []float64        // x, y pairs in unit Web Mercator of every path
	spans []pathSpan       // per label
	px    []float64        // the path being placed, in pixels (x, y pairs)
	cum   []float64        // length along it at each point
	parts []Box            // the boxes kept clear by this frame's path labels
	named []spot           // where this frame's path labels are
	last  map[string]int32 // per text, its last spot in named (+1)
}

// pathSpan is where a label's path lies in merc, and its bounds there.
type pathSpan struct {
	start, end             int32
	minX, minY, maxX, maxY float64
}

// spot is a path label placed in the frame; prev links to the spot of
// the same text placed before it (+1, 0 for none).
type spot struct {
	x, y float64
	prev int32
}

// straightness is how far (in label heights) the path may stray from the
// straight line under the text.
const straightness = 0.2

// index projects the paths of labels.
func (p *labelPaths) index(labels []MapLabel) {
	p.merc, p.spans = p.merc[:0], p.spans[:0]
	for i := range labels {
		sp := pathSpan{start: int32(len(p.merc) / 2)}
		if path := labels[i].Path; len(path) >= 2 {
			sp.minX, sp.minY, sp.maxX, sp.maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, q := range path {
				x, y := Mercator(q)
				p.merc = append(p.merc, x, y)
				sp.minX, sp.maxX = min(sp.minX, x), max(sp.maxX, x)
				sp.minY, sp.maxY = min(sp.minY, y), max(sp.maxY, y)
			}
		}
		sp.end = int32(len(p.merc) / 2)
		p.spans = append(p.spans, sp)
	}
}

// has reports whether label i goes along a path.
func (p *labelPaths) has(i int) bool { return i < len(p.spans) && p.spans[i].end-p.spans[i].start >= 2 }

// inView reports whether label i may show in v: true for labels without
// a path, and for those whose path's bounds meet the view.
func (p *labelPaths) inView(i int, v Viewport) bool {
	if !p.has(i) {
		return true
	}
	sp := &p.spans[i]
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	hw, hh := float64(v.Width)/2/ws, float64(v.Height)/2/ws
	return sp.maxX >= cx-hw && sp.minX <= cx+hw && sp.maxY >= cy-hh && sp.minY <= cy+hh
}

// startFrame forgets the last frame's path labels.
func (p *labelPaths) startFrame() {
	p.parts, p.named = p.parts[:0], p.named[:0]
	if p.last == nil {
		p.last = make(map[string]int32)
	}
	clear(p.last)
}

// add records a path label of text placed at x, y.
func (p *labelPaths) add(text string, x, y float64) {
	p.named = append(p.named, spot{x, y, p.last[text]})
	p.last[text] = int32(len(p.named))
}

// project puts label i's path in pixels of v into px, and the length
// along it into cum; it returns the path's length.
func (p *labelPaths) project(i int, v Viewport) float64 {
	sp := &p.spans[i]
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	ox, oy := float64(v.Width)/2-cx*ws, float64(v.Height)/2-cy*ws
	p.px, p.cum = p.px[:0], p.cum[:0]
	var l float64
	for k := sp.start; k < sp.end; k++ {
		x, y := p.merc[2*k]*ws+ox, p.merc[2*k+1]*ws+oy
		if n := len(p.px); n > 0 {
			l += math.Hypot(x-p.px[n-2], y-p.px[n-1])
		}
		p.px = append(p.px, x, y)
		p.cum = append(p.cum, l)
	}
	return l
}

// at is the point d pixels along the projected path.
func (p *labelPaths) at(d float64) (x, y float64) {
	k := sort.SearchFloat64s(p.cum, d) // first point at or past d
	if k <= 0 {
		return p.px[0], p.px[1]
	}
	if k >= len(p.cum) {
		n := len(p.px)
		return p.px[n-2], p.px[n-1]
	}
	seg := p.cum[k] - p.cum[k-1]
	t := 0.0
	if seg > 0 {
		t = (d - p.cum[k-1]) / seg
	}
	return p.px[2*k-2] + t*(p.px[2*k]-p.px[2*k-2]), p.px[2*k-1] + t*(p.px[2*k+1]-p.px[2*k-1])
}

// straight reports whether the path between d0 and d1 (whose ends are a
// and b) stays within tol pixels of the line ab and does not double back.
func (p *labelPaths) straight(d0, d1, ax, ay, bx, by, tol float64) bool {
	dx, dy := bx-ax, by-ay
	chord := math.Hypot(dx, dy)
	if chord < 0.92*(d1-d0) {
		return false
	}
	for k, c := range p.cum {
		if c <= d0 || c >= d1 {
			continue
		}
		x, y := p.px[2*k], p.px[2*k+1]
		if math.Abs((x-ax)*dy-(y-ay)*dx)/chord > tol {
			return false
		}
	}
	return true
}

// near reports whether a path label of the same text lies within r of x, y.
func (p *labelPaths) near(text string, x, y, r float64) bool {
	for k := p.last[text]; k > 0; k = p.named[k-1].prev {
		s := &p.named[k-1]
		if (s.x-x)*(s.x-x)+(s.y-y)*(s.y-y) < r*r {
			return true
		}
	}
	return false
}

// placeAlong places label i along its path if a stretch of it is straight
// enough, on screen and clear of everything placed so far.
func (lb *Labeller) placeAlong(i int, v Viewport, sc float64) {
	l := &lb.labels[i]
	p := &lb.paths
	s := lb.sprite(l.Text, l.Kind, sc)
	w, h := float64(s.img.Rect.Dx()), float64(s.img.Rect.Dy())
	if w == 0 || h == 0 {
		return
	}
	total := p.project(i, v)
	if total < w+h {
		return
	}
	W, H := float64(v.Width), float64(v.Height)
	repeat := max(4*w, 320*sc)
	step := max(w/2, 24*sc)
	for k := range 7 {
		d := total / 2
		if k > 0 {
			d += float64((k+1)/2) * step * float64(1-2*(k&1)) // +1, -1, +2, -2 … steps from the middle
		}
		d0, d1 := d-w/2, d+w/2
		if d0 < h/2 || d1 > total-h/2 {
			continue
		}
		ax, ay := p.at(d0)
		bx, by := p.at(d1)
		if !p.straight(d0, d1, ax, ay, bx, by, straightness*h) {
			continue
		}
		cx, cy := (ax+bx)/2, (ay+by)/2
		if cx < 0 || cy < 0 || cx > W || cy > H || p.near(l.Text, cx, cy, repeat) {
			continue
		}
		deg := int16(math.Round(upright(math.Atan2(by-ay, bx-ax)) * 180 / math.Pi))
		if deg == 180 || deg == -180 {
			deg = 0
		}
		angle := float64(deg) * math.Pi / 180
		tw, th := w, h
		if deg != 0 {
			tw, th = w+2, h+2 // the turned text is drawn larger and brought down to size: a pixel more each way
		}
		part0 := len(p.parts)
		p.parts = pathParts(p.parts, cx, cy, tw, th, angle)
		clear := true
		for _, b := range p.parts[part0:] {
			if b.MinX < 0 || b.MinY < 0 || b.MaxX > W || b.MaxY > H || lb.collides(b) {
				clear = false
				break
			}
		}
		if !clear {
			p.parts = p.parts[:part0]
			continue
		}
		for _, b := range p.parts[part0:] {
			lb.grid.add(b, int32(len(lb.taken)))
			lb.taken = append(lb.taken, b)
		}
		spr := s
		if deg != 0 {
			spr = lb.turnedSprite(l.Text, l.Kind, sc, deg)
		}
		sw, sh := float64(spr.img.Rect.Dx()), float64(spr.img.Rect.Dy())
		x0, y0 := math.Round(cx-sw/2), math.Round(cy-sh/2)
		lb.placed = append(lb.placed, PlacedMapLabel{Index: i, Box: Box{x0, y0, x0 + sw, y0 + sh},
			Anchor: AnchorCenter, Angle: angle, part0: int32(part0), part1: int32(len(p.parts)), deg: deg})
		p.add(l.Text, cx, cy)
		return
	}
}

// upright turns an angle by half a turn when the text would read upside
// down, into (-90°, 90°].
func upright(a float64) float64 {
	for a > math.Pi/2 {
		a -= math.Pi
	}
	for a <= -math.Pi/2 {
		a += math.Pi
	}
	return a
}

// pathParts appends the boxes that together cover a w×h label centred at
// cx, cy and turned by angle: the label is cut along its length into
// pieces about as long as it is high, and each piece's bounding box is
// one part.
func pathParts(dst []Box, cx, cy, w, h, angle float64) []Box {
	n := max(1, int(math.Ceil(w/h)))
	c, s := math.Cos(angle), math.Sin(angle)
	piece := w / float64(n)
	for k := range n {
		a0 := -w/2 + float64(k)*piece
		b := Box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, a := range [2]float64{a0, a0 + piece} {
			for _, across := range [2]float64{-h / 2, h / 2} {
				x, y := cx+a*c-across*s, cy+a*s+across*c
				b.MinX, b.MaxX = min(b.MinX, x), max(b.MaxX, x)
				b.MinY, b.MaxY = min(b.MinY, y), max(b.MaxY, y)
			}
		}
		dst = append(dst, b)
	}
	return dst
}
