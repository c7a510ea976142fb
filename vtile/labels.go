package vtile

import (
	"math"

	"github.com/paulmach/orb"

	"ningbomap/crs"
	"ningbomap/geo"
	"ningbomap/vector"
)

// maxLabelTiles bounds the data tiles whose names one view gathers (a 4K
// view at the file's highest zoom needs about 150).
const maxLabelTiles = 256

// LabelsKey identifies what Labels gives for a view: the same key, the
// same names. The app sets its labeller's names again only when the key
// changes (the view reaches other data tiles, a prepared tile arrived or
// was dropped, the language changed).
type LabelsKey struct {
	z, x0, y0, x1, y1 int
	names             uint64
	lang              vector.Lang
}

// Hash is the key as one number (FNV-1a of its fields), for
// geo.LabelSource.
func (k LabelsKey) Hash() uint64 {
	h := uint64(14695981039346656037)
	for _, v := range [...]uint64{uint64(k.z), uint64(k.x0), uint64(k.y0), uint64(k.x1), uint64(k.y1), k.names, uint64(k.lang)} {
		for range 8 {
			h = (h ^ v&0xff) * 1099511628211
			v >>= 8
		}
	}
	return h
}

// LabelsKey returns the key of the names Labels gives for v in lang.
func (s *Source) LabelsKey(v geo.Viewport, lang vector.Lang) LabelsKey {
	z, x0, y0, x1, y1, _ := s.labelTiles(v)
	s.mu.Lock()
	defer s.mu.Unlock()
	return LabelsKey{z, x0, y0, x1, y1, s.names, lang}
}

// Labels appends the names of the data tiles under view v in lang: those
// of the file's zoom the view's tiles are drawn from (vector.Tile.Labels:
// towns, villages, waters, roads), for a geo.Labeller to place after the
// map's own names. Only tiles already prepared give names (it never
// blocks); OnTile says when more arrived. Points are WGS 84 lon/lat, also
// for tiles cut in GCJ-02.
func (s *Source) Labels(dst []geo.MapLabel, v geo.Viewport, lang vector.Lang) []geo.MapLabel {
	z, x0, y0, x1, y1, ok := s.labelTiles(v)
	if !ok {
		return dst
	}
	var ts []*vector.Tile
	s.mu.Lock()
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			if t, ok := s.prepared.Get(mkKey(z, x, y)); ok && t != nil {
				ts = append(ts, t)
			}
		}
	}
	s.mu.Unlock()
	start := len(dst)
	for _, t := range ts {
		dst = t.Labels(dst, lang)
	}
	if s.opt.Frame != crs.WGS84 {
		toWGS84(dst[start:], s.opt.Frame)
	}
	return dst
}

// toWGS84 converts the labels' positions from frame f, their paths into
// new slices (the tiles' own are shared).
func toWGS84(ls []geo.MapLabel, f crs.Frame) {
	for i := range ls {
		l := &ls[i]
		l.Point = f.ToWGS84(l.Point)
		if len(l.Path) > 0 {
			p := make([]orb.Point, len(l.Path))
			for j, q := range l.Path {
				p[j] = f.ToWGS84(q)
			}
			l.Path = p
		}
	}
}

// labelTiles returns the data tiles under view v: their zoom and range;
// false when there are none or too many (far below the file's zooms).
func (s *Source) labelTiles(v geo.Viewport) (z, x0, y0, x1, y1 int, ok bool) {
	z = s.DataZoom(geo.TileZoom(v, s.lo, s.top))
	x0, y0, x1, y1, ok = viewTiles(v, z)
	if !ok || (x1-x0+1)*(y1-y0+1) > maxLabelTiles {
		return z, 0, 0, -1, -1, false
	}
	return z, x0, y0, x1, y1, true
}

// viewTiles returns the tiles of level z that view v shows, as geo's tile
// layer finds them; false when the view is off the world.
func viewTiles(v geo.Viewport, z int) (x0, y0, x1, y1 int, ok bool) {
	n := 1 << z
	ws := v.WorldSize()
	ts := ws / float64(n)
	cx, cy := geo.Mercator(v.Center)
	left, top := cx*ws-float64(v.Width)/2, cy*ws-float64(v.Height)/2
	x0, x1 = max(int(math.Floor(left/ts)), 0), min(int(math.Floor((left+float64(v.Width))/ts)), n-1)
	y0, y1 = max(int(math.Floor(top/ts)), 0), min(int(math.Floor((top+float64(v.Height))/ts)), n-1)
	return x0, y0, x1, y1, x1 >= x0 && y1 >= y0
}

// Names returns the tiles' names in lang as a geo.LabelSource, for the
// map's labeller (geo.Labeller.SetSource): it places them, view by view,
// after the map's own names. Set a new one when the language changes.
func (s *Source) Names(lang vector.Lang) geo.LabelSource { return names{s, lang} }

// names is a Source's names in one language.
type names struct {
	s    *Source
	lang vector.Lang
}

func (n names) LabelsKey(v geo.Viewport) uint64 { return n.s.LabelsKey(v, n.lang).Hash() }

func (n names) AppendLabels(dst []geo.MapLabel, v geo.Viewport) []geo.MapLabel {
	return n.s.Labels(dst, v, n.lang)
}
