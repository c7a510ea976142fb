package geo

import (
	"cmp"
	"slices"

	"github.com/paulmach/orb"
)

// Label is a text box the app wants to draw near a point; the app measures
// the text, the engine says where it fits.
type Label struct {
	Point         orb.Point
	Width, Height float64 // box size in pixels
	Gap           float64 // pixels between the point and the box; 0 centres the box on the point
	Priority      int     // higher is placed first
}

// Anchor says on which side of its point a label was put.
type Anchor int

// Label sides, in the order they are tried.
const (
	AnchorCenter Anchor = iota
	AnchorRight
	AnchorBelow
	AnchorLeft
	AnchorAbove
)

// PlacedLabel is a label that fits: draw its box with the top-left corner
// at X, Y.
type PlacedLabel struct {
	Index  int // into the labels given
	X, Y   float64
	Anchor Anchor
}

// Box is an axis-aligned pixel rectangle.
type Box struct{ MinX, MinY, MaxX, MaxY float64 }

func (b Box) overlaps(o Box) bool {
	return b.MinX < o.MaxX && o.MinX < b.MaxX && b.MinY < o.MaxY && o.MinY < b.MaxY
}

// PlaceLabels appends to dst the labels that fit in v without overlapping
// each other or the obstacles (and, for the renderer's method, its markers
// and bubbles), trying the sides right, below, left and above of each point
// in order of priority, then of input order. Labels whose point is off
// screen are skipped.
func PlaceLabels(dst []PlacedLabel, v Viewport, labels []Label, obstacles []Box) []PlacedLabel {
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(labels[b].Priority, labels[a].Priority) })
	taken := append([]Box(nil), obstacles...)
	screen := Box{0, 0, float64(v.Width), float64(v.Height)}
	for _, i := range order {
		l := &labels[i]
		x, y := v.Project(l.Point)
		if x < 0 || y < 0 || x > screen.MaxX || y > screen.MaxY {
			continue
		}
		for _, a := range []Anchor{AnchorCenter, AnchorRight, AnchorBelow, AnchorLeft, AnchorAbove} {
			if (a == AnchorCenter) != (l.Gap == 0) {
				continue
			}
			b := labelBox(l, x, y, a)
			if b.MinX < 0 || b.MinY < 0 || b.MaxX > screen.MaxX || b.MaxY > screen.MaxY {
				continue
			}
			if slices.ContainsFunc(taken, b.overlaps) {
				continue
			}
			taken = append(taken, b)
			dst = append(dst, PlacedLabel{Index: i, X: b.MinX, Y: b.MinY, Anchor: a})
			break
		}
	}
	return dst
}

func labelBox(l *Label, x, y float64, a Anchor) Box {
	w, h, g := l.Width, l.Height, l.Gap
	switch a {
	case AnchorRight:
		return Box{x + g, y - h/2, x + g + w, y + h/2}
	case AnchorBelow:
		return Box{x - w/2, y + g, x + w/2, y + g + h}
	case AnchorLeft:
		return Box{x - g - w, y - h/2, x - g, y + h/2}
	case AnchorAbove:
		return Box{x - w/2, y - g - h, x + w/2, y - g}
	}
	return Box{x - w/2, y - h/2, x + w/2, y + h/2}
}

// PlaceLabels places labels as the package function does, keeping clear of
// the renderer's markers and cluster bubbles as drawn in v.
func (r *Renderer) PlaceLabels(dst []PlacedLabel, v Viewport, labels []Label) []PlacedLabel {
	return PlaceLabels(dst, v, labels, Obstacles(nil, r.markers, r.clusters, r.clusterSt, v))
}

// Obstacles appends to dst the boxes of markers and of clusters drawn with
// style in v: what labels must keep clear of.
func Obstacles(dst []Box, markers []Marker, clusters []Cluster, style ClusterStyle, v Viewport) []Box {
	sc := v.ScaleFactor()
	around := func(p orb.Point, rad float64) Box {
		x, y := v.Project(p)
		return Box{x - rad, y - rad, x + rad, y + rad}
	}
	for i := range markers {
		dst = append(dst, around(markers[i].Point, markers[i].OuterRadius(sc)))
	}
	for i := range clusters {
		dst = append(dst, around(clusters[i].Point, style.BubbleRadius(clusters[i].Count, sc)))
	}
	return dst
}
