package geo

import (
	"math"
	"sync"

	"github.com/paulmach/orb"
)

// ClusterOptions tune a Clusterer; the defaults are Supercluster's.
type ClusterOptions struct {
	MinZoom   int     // least zoom that has clusters
	MaxZoom   int     // greatest zoom that has clusters; above it every point stands alone
	MinPoints int     // fewest points that make a cluster
	Radius    float64 // cluster radius in pixels of a tile Extent pixels wide
	Extent    float64 // tile size the radius refers to
	NodeSize  int     // KD-tree leaf size
}

// DefaultClusterOptions are Supercluster's: zooms 0–16, radius 40 of 512
// (20 pixels at TileSize 256), clusters of two or more.
var DefaultClusterOptions = ClusterOptions{MinZoom: 0, MaxZoom: 16, MinPoints: 2, Radius: 40, Extent: 512, NodeSize: 64}

// clusterItem is a point or a cluster at one zoom.
type clusterItem struct {
	x, y   float64   // unit mercator
	pos    orb.Point // lon, lat of a cluster's centre
	zoom   int32     // the last zoom this item was processed at
	id     int32     // point index, or cluster id
	parent int32     // cluster id at the next lower zoom, or -1
	num    int32     // number of points
}

// clusterLevel is the items of one zoom and their KD-tree.
type clusterLevel struct {
	items []clusterItem
	tree  kdTree
}

// Clusterer groups points per zoom with Supercluster's algorithm: from the
// greatest zoom down, each unvisited item takes every unvisited neighbour
// within the radius into a cluster at their weighted centre; the clusters of
// one zoom are the input of the next. Once built it is read-only and safe for
// concurrent use.
type Clusterer struct {
	opt    ClusterOptions
	n      int            // number of points
	points []orb.Point    // the indexed points (not copied)
	levels []clusterLevel // by zoom, MinZoom..MaxZoom+1
}

// NewClusterer indexes points (lon/lat) for zooms opt.MinZoom..opt.MaxZoom.
// Zero fields of opt take the defaults. The slice is kept, not copied.
func NewClusterer(points []orb.Point, opt ClusterOptions) *Clusterer {
	d := DefaultClusterOptions
	if opt.MaxZoom == 0 && opt.MinZoom == 0 {
		opt.MinZoom, opt.MaxZoom = d.MinZoom, d.MaxZoom
	}
	if opt.MinPoints <= 0 {
		opt.MinPoints = d.MinPoints
	}
	if opt.Radius <= 0 {
		opt.Radius = d.Radius
	}
	if opt.Extent <= 0 {
		opt.Extent = d.Extent
	}
	if opt.NodeSize <= 0 {
		opt.NodeSize = d.NodeSize
	}
	c := &Clusterer{opt: opt, n: len(points), points: points}
	c.levels = make([]clusterLevel, opt.MaxZoom+2)
	items := make([]clusterItem, len(points))
	for i, p := range points {
		items[i] = clusterItem{
			x:      float64(float32(MercatorX(p[0]))),
			y:      float64(float32(MercatorY(p[1]))),
			zoom:   math.MaxInt32,
			id:     int32(i),
			parent: -1,
			num:    1,
		}
	}
	// Each level's KD-tree (for the queries) is built on another goroutine
	// while the next level is clustered; the clustering's own neighbour
	// searches use a bucket grid, which gives the same neighbours.
	var wg sync.WaitGroup
	index := func(l *clusterLevel, pts []kdPoint) {
		wg.Go(func() { l.tree.build(pts, opt.NodeSize) })
	}
	var g grid
	var neighbours []int32
	c.levels[opt.MaxZoom+1].items = items
	for z := opt.MaxZoom + 1; z >= opt.MinZoom; z-- {
		l := &c.levels[z]
		pts := l.kdPoints()
		if z > opt.MinZoom {
			g.build(pts, c.radius(z-1))
		}
		index(l, pts) // sorts pts in place: after the grid copied them
		if z > opt.MinZoom {
			c.levels[z-1].items, neighbours = c.cluster(l, &g, z-1, neighbours)
		}
	}
	wg.Wait()
	return c
}

// radius returns the cluster radius at zoom z in unit mercator.
func (c *Clusterer) radius(z int) float64 {
	return c.opt.Radius / (c.opt.Extent * math.Exp2(float64(z)))
}

// kdPoints returns the level's items as tree points.
func (l *clusterLevel) kdPoints() []kdPoint {
	pts := make([]kdPoint, len(l.items))
	for i := range l.items {
		pts[i] = kdPoint{c: [2]float32{float32(l.items[i].x), float32(l.items[i].y)}, id: int32(i)}
	}
	return pts
}

// cluster makes the items of zoom z from the level above it, whose points
// g holds.
func (c *Clusterer) cluster(l *clusterLevel, g *grid, z int, nb []int32) ([]clusterItem, []int32) {
	r := c.radius(z)
	data := l.items
	next := make([]clusterItem, 0, len(data)/2+1)
	zoom := int32(z)
	for i := range data {
		it := &data[i]
		if it.zoom <= zoom {
			continue
		}
		it.zoom = zoom
		nb = g.within(nb[:0], it.x, it.y, r)
		num := it.num
		for _, k := range nb {
			if n := &data[k]; n.zoom > zoom {
				num += n.num
			}
		}
		if num > it.num && int(num) >= c.opt.MinPoints {
			wx, wy := it.x*float64(it.num), it.y*float64(it.num)
			id := int32(i<<5 + (z + 1) + c.n)
			for _, k := range nb {
				n := &data[k]
				if n.zoom <= zoom {
					continue
				}
				n.zoom = zoom
				wx += n.x * float64(n.num)
				wy += n.y * float64(n.num)
				n.parent = id
			}
			it.parent = id
			x, y := wx/float64(num), wy/float64(num)
			next = append(next, clusterItem{x: x, y: y, pos: InverseMercator(x, y), zoom: math.MaxInt32, id: id, parent: -1, num: num})
			continue
		}
		next = append(next, *it)
		if num > 1 {
			for _, k := range nb {
				n := &data[k]
				if n.zoom <= zoom {
					continue
				}
				n.zoom = zoom
				next = append(next, *n)
			}
		}
	}
	return next, nb
}
