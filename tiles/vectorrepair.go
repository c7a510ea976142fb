package tiles

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"

	"ningbomap/budget"
)

// closeLines rewrites a version-1 line geometry whose parts end with
// ClosePath: each such part gets its start point again as its last point.
// The geometry has passed checkGeometry.
func closeLines(b []byte) []byte {
	g := geomReader{wire: wire{b: b}}
	var parts [][][2]int64
	for g.more() {
		cmd, n, _ := g.command()
		if cmd == cmdClose {
			last := parts[len(parts)-1]
			parts[len(parts)-1] = append(last, last[0])
			continue
		}
		if cmd == cmdMoveTo {
			parts = append(parts, nil)
		}
		for i := uint32(0); i < n; i++ {
			dx, _ := g.uint32()
			dy, _ := g.uint32()
			g.x += unzigzag(dx)
			g.y += unzigzag(dy)
			parts[len(parts)-1] = append(parts[len(parts)-1], [2]int64{g.x, g.y})
		}
	}
	var out []byte
	var x, y int64
	for _, part := range parts {
		for i, p := range part {
			switch i {
			case 0:
				out = appendVarint(out, 1<<3|cmdMoveTo)
			case 1:
				out = appendVarint(out, uint64(len(part)-1)<<3|cmdLineTo)
			}
			out = appendVarint(out, uint64(zigzag(p[0]-x)))
			out = appendVarint(out, uint64(zigzag(p[1]-y)))
			x, y = p[0], p[1]
		}
	}
	return out
}

func zigzag(v int64) uint32 { return uint32(int32(v)<<1 ^ int32(v)>>31) }

// rewrite returns the feature field of payload p with its known fields
// only (id, tags, type) and geometry f.geom, or its own when f.geom is nil.
func (f featScan) rewrite(p []byte) []byte {
	var out, geom []byte
	w := wire{b: p}
	for w.more() {
		start := w.i
		field, typ, _ := w.key()
		w.skip(typ)
		switch field {
		case featID, featTags, featType:
			out = append(out, p[start:w.i]...)
		case featGeom:
			geom = p[start:w.i]
		}
	}
	if f.geom != nil {
		return appendField(nil, layerFeatures, appendField(out, featGeom, f.geom))
	}
	return appendField(nil, layerFeatures, append(out, geom...))
}

// dropRepeats removes the points of lines and rings that repeat the point
// before them (a LineTo that does not move: invalid in OGC terms, fixture
// 046), then lines of fewer than two points, rings of fewer than four and
// features left with no geometry. It returns the features and points kept.
func dropRepeats(ls mvt.Layers) (features, vertices int) {
	line := func(l orb.LineString) orb.LineString {
		out := l[:0]
		for i, p := range l {
			if i == 0 || p != out[len(out)-1] {
				out = append(out, p)
			}
		}
		return out
	}
	poly := func(p orb.Polygon) orb.Polygon {
		out := p[:0]
		for i, r := range p {
			r = orb.Ring(line(orb.LineString(r)))
			if len(r) >= 4 {
				out = append(out, r)
			} else if i == 0 {
				return nil // no outer ring: the holes mean nothing
			}
		}
		return out
	}
	for _, l := range ls {
		kept := l.Features[:0]
		for _, f := range l.Features {
			switch g := f.Geometry.(type) {
			case orb.LineString:
				if g = line(g); len(g) < 2 {
					continue
				}
				f.Geometry = g
			case orb.MultiLineString:
				out := g[:0]
				for _, ls := range g {
					if ls = line(ls); len(ls) >= 2 {
						out = append(out, ls)
					}
				}
				if len(out) == 0 {
					continue
				}
				f.Geometry = out
			case orb.Polygon:
				if g = poly(g); len(g) == 0 {
					continue
				}
				f.Geometry = g
			case orb.MultiPolygon:
				out := g[:0]
				for _, p := range g {
					if p = poly(p); len(p) > 0 {
						out = append(out, p)
					}
				}
				if len(out) == 0 {
					continue
				}
				f.Geometry = out
			}
			kept = append(kept, f)
			features++
			vertices += budget.Positions(f.Geometry)
		}
		clear(l.Features[len(kept):])
		l.Features = kept
	}
	return features, vertices
}
