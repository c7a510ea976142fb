package geo

import (
	"errors"
	"math"

	"github.com/paulmach/orb"
)

// ErrNoCluster is returned for a cluster id the Clusterer did not make.
var ErrNoCluster = errors.New("no cluster with this id")

// Len returns the number of indexed points.
func (c *Clusterer) Len() int { return c.n }

// Options returns the options in force.
func (c *Clusterer) Options() ClusterOptions { return c.opt }

// Level returns the cluster level used for a map zoom: floor(zoom), limited
// to MinZoom..MaxZoom+1 (the last being every point on its own).
func (c *Clusterer) Level(zoom float64) int {
	if math.IsNaN(zoom) {
		return c.opt.MinZoom
	}
	return max(c.opt.MinZoom, min(int(math.Floor(zoom)), c.opt.MaxZoom+1))
}

// ViewLevel returns the cluster level for a viewport: the one at which
// Radius is between Radius and twice Radius device pixels of v (for the
// default Extent 512, the view's zoom less one, plus log2(Scale)).
func (c *Clusterer) ViewLevel(v Viewport) int {
	return c.Level(v.Zoom + math.Log2(TileSize*v.ScaleFactor()/c.opt.Extent))
}

// Clusters appends to dst the clusters and single points of the level for
// zoom inside the lon/lat box b, like Supercluster's getClusters. It does
// not allocate when dst has room.
func (c *Clusterer) Clusters(dst []Cluster, b orb.Bound, zoom float64) []Cluster {
	return c.levelClusters(dst, b, c.Level(zoom))
}

// ViewClusters appends the clusters that show in v, including those whose
// centre lies within margin pixels outside it (so bubbles cut by the edge
// are drawn).
func (c *Clusterer) ViewClusters(dst []Cluster, v Viewport, margin float64) []Cluster {
	ws := v.WorldSize()
	cx, cy := Mercator(v.Center)
	hw, hh := (float64(v.Width)/2+margin)/ws, (float64(v.Height)/2+margin)/ws
	return c.mercClusters(dst, cx-hw, cy-hh, cx+hw, cy+hh, c.ViewLevel(v))
}

// ViewZoom is the inverse of ViewLevel: the least zoom of a view like v
// that shows the given level, e.g. ExpansionZoom's to open a cluster.
func (c *Clusterer) ViewZoom(level int, v Viewport) float64 {
	return float64(level) - math.Log2(TileSize*v.ScaleFactor()/c.opt.Extent)
}

func (c *Clusterer) levelClusters(dst []Cluster, b orb.Bound, level int) []Cluster {
	if b.Max[0]-b.Min[0] >= 360 {
		b.Min[0], b.Max[0] = -180, 180
	}
	return c.mercClusters(dst, MercatorX(b.Min[0]), MercatorY(b.Max[1]), MercatorX(b.Max[0]), MercatorY(b.Min[1]), level)
}

func (c *Clusterer) mercClusters(dst []Cluster, x0, y0, x1, y1 float64, level int) []Cluster {
	if c.n == 0 {
		return dst
	}
	l := &c.levels[level]
	l.tree.rangeEach(x0, y0, x1, y1, func(id int32) {
		dst = append(dst, c.clusterOf(&l.items[id]))
	})
	return dst
}

func (c *Clusterer) clusterOf(it *clusterItem) Cluster {
	if it.num > 1 {
		return Cluster{ID: int(it.id), Point: it.pos, Count: int(it.num), Index: -1}
	}
	return Cluster{ID: -1, Point: c.points[it.id], Count: 1, Index: int(it.id)}
}

func (c *Clusterer) originZoom(id int) int { return (id - c.n) % 32 }
func (c *Clusterer) originID(id int) int   { return (id - c.n) >> 5 }

// Children appends to dst the clusters and points that a cluster splits
// into at the next zoom.
func (c *Clusterer) Children(dst []Cluster, clusterID int) ([]Cluster, error) {
	z, o := c.originZoom(clusterID), c.originID(clusterID)
	if clusterID < c.n || z < c.opt.MinZoom || z >= len(c.levels) || o >= len(c.levels[z].items) {
		return dst, ErrNoCluster
	}
	l := &c.levels[z]
	r := c.opt.Radius / (c.opt.Extent * math.Exp2(float64(z-1)))
	it := &l.items[o]
	n := len(dst)
	var buf [64]int32
	for _, k := range l.tree.within(buf[:0], it.x, it.y, r) {
		if ch := &l.items[k]; int(ch.parent) == clusterID {
			dst = append(dst, c.clusterOf(ch))
		}
	}
	if len(dst) == n {
		return dst, ErrNoCluster
	}
	return dst, nil
}

// ExpansionZoom returns the zoom at which a cluster splits into more than
// one child: flying there on a tap opens the cluster.
func (c *Clusterer) ExpansionZoom(clusterID int) (int, error) {
	z := c.originZoom(clusterID) - 1
	var buf [8]Cluster
	for z <= c.opt.MaxZoom {
		ch, err := c.Children(buf[:0], clusterID)
		if err != nil {
			return 0, err
		}
		z++
		if len(ch) != 1 || ch[0].Count == 1 {
			break
		}
		clusterID = ch[0].ID
	}
	return z, nil
}

// Leaves appends to dst up to limit of the points of a cluster (as single
// point Clusters with Index set), skipping the first offset; limit <= 0
// means all.
func (c *Clusterer) Leaves(dst []Cluster, clusterID, limit, offset int) ([]Cluster, error) {
	if limit <= 0 {
		limit = math.MaxInt
	}
	skipped := 0
	return c.appendLeaves(dst, clusterID, limit, offset, &skipped, len(dst))
}

func (c *Clusterer) appendLeaves(dst []Cluster, id, limit, offset int, skipped *int, base int) ([]Cluster, error) {
	children, err := c.Children(nil, id)
	if err != nil {
		return dst, err
	}
	for _, ch := range children {
		switch {
		case ch.Count > 1 && *skipped+ch.Count <= offset:
			*skipped += ch.Count
		case ch.Count > 1:
			if dst, err = c.appendLeaves(dst, ch.ID, limit, offset, skipped, base); err != nil {
				return dst, err
			}
		case *skipped < offset:
			*skipped++
		default:
			dst = append(dst, ch)
		}
		if len(dst)-base >= limit {
			break
		}
	}
	return dst, nil
}
