package vector

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
)

// ErrNotInside is the error of drawing a tile that the prepared tile does
// not cover: a lower zoom than the data's, or another place.
var ErrNotInside = errors.New("the tile to draw is not inside the prepared tile")

// maxOverzoom is how many levels past its own a tile may be drawn.
const maxOverzoom = 12

// Drawer draws prepared tiles into images with geo's anti-aliased
// rasteriser. It keeps its buffers from tile to tile; it is not safe for
// concurrent use: use one per goroutine.
type Drawer struct {
	c    geo.Canvas
	pts  []float32
	dash []float32

	sx, sy, tx, ty float32 // fractions of the prepared tile → pixels
	w, h           float32
}

// Draw draws t into dst as tile at: t's own tile, or one inside it at a
// higher zoom (past the file's highest zoom the last level's tiles are
// drawn again, crisp). dst is the whole tile: 256 pixels square for geo's
// tile layer, which draws the level geo.TileZoom picks (one more than the
// view's zoom at Scale 2). scale is the device pixels per layout pixel (2
// on a 4K kiosk showing a 1080p layout): widths are multiplied by it, and
// the style's zoom — which decides widths and what shows — is
// at.Z + log2(width / (256 × scale)), so a 256-pixel tile drawn at scale 2
// is styled for the view's zoom, one less than its own.
func (d *Drawer) Draw(dst *image.RGBA, t *Tile, at maptile.Tile, scale float64) error {
	dz := int(at.Z) - int(t.id.Z)
	if dz < 0 || dz > maxOverzoom || at.X>>dz != t.id.X || at.Y>>dz != t.id.Y {
		return fmt.Errorf("vector: draw %d/%d/%d from %d/%d/%d: %w", at.Z, at.X, at.Y, t.id.Z, t.id.X, t.id.Y, ErrNotInside)
	}
	W, H := dst.Rect.Dx(), dst.Rect.Dy()
	if W <= 0 || H <= 0 {
		return nil
	}
	if scale <= 0 {
		scale = 1
	}
	k := float32(int(1) << dz)
	d.w, d.h = float32(W), float32(H)
	d.sx, d.sy = k*d.w, k*d.h
	d.tx = -float32(at.X-t.id.X<<dz) * d.w
	d.ty = -float32(at.Y-t.id.Y<<dz) * d.h
	z := float64(at.Z) + math.Log2(float64(W)/(geo.TileSize*scale))
	sc := float32(scale)

	d.c.Begin(dst)
	d.c.Clear(earthColour)
	for s := aEarth + 1; s <= aRunway; s++ {
		d.fill(&t.sets[s], areaColour[s])
	}
	d.fill(&t.sets[aWater], waterColour)
	d.line(&t.sets[lRiver], riverStyle, z, sc)
	d.line(&t.sets[lStream], streamStyle, z, sc)
	d.fill(&t.sets[aPier], areaColour[aPier])

	d.tunnels(t, z, sc)
	if z >= buildingsFrom {
		d.fill(&t.sets[aBuilding], areaColour[aBuilding])
	}
	d.ground(t, z, sc)
	d.bridges(t, z, sc)
	d.line(&t.sets[lRunway], runwayStyle, z, sc)
	if ps := &t.sets[lFerry]; z >= ferryStyle.from && len(ps.ends) > 0 {
		d.dashed(ps, float32(valueAt(ferryStyle.width, z))*sc, 5*sc, 4*sc, ferryStyle.colour)
	}
	return nil
}

// roadWidth is the width in pixels of a class's fill at zoom z, 0 when it
// is not drawn there.
func roadWidth(rc int, z float64, sc float32) float32 {
	st := &roadStyles[rc]
	if z < st.from {
		return 0
	}
	return float32(valueAt(st.width, z)) * sc
}

// tunnels draws the roads under ground, muted: a dashed casing and a pale
// fill, lesser classes first.
func (d *Drawer) tunnels(t *Tile, z float64, sc float32) {
	cw := float32(casing(z)) * sc
	for rc := range rcRail {
		w := roadWidth(rc, z, sc)
		ps := &t.sets[roadSet(levelTunnel, rc)]
		if w == 0 || len(ps.ends) == 0 {
			continue
		}
		if z >= roadStyles[rc].casingFrom {
			d.dashed(ps, w+2*cw, 3*sc, 2*sc, tunnelEdge)
		}
		d.stroke(ps, w, tunnelFill)
	}
}

// ground draws the roads on the ground: every casing, then every fill,
// lesser classes first so greater ones run through their crossings; then
// rail.
func (d *Drawer) ground(t *Tile, z float64, sc float32) {
	cw := float32(casing(z)) * sc
	for rc := range rcRail {
		st := &roadStyles[rc]
		if w := roadWidth(rc, z, sc); w > 0 && z >= st.casingFrom {
			d.stroke(&t.sets[roadSet(levelGround, rc)], w+2*cw, st.edge)
		}
	}
	for rc := range rcRail {
		st := &roadStyles[rc]
		w := roadWidth(rc, z, sc)
		if w == 0 {
			continue
		}
		col := st.low
		if z >= st.casingFrom {
			col = st.fill
		}
		d.stroke(&t.sets[roadSet(levelGround, rc)], w, col)
	}
	d.rail(t, levelGround, z, sc)
}

// bridges draws the roads over the ground class by class, each with its
// casing, over everything else.
func (d *Drawer) bridges(t *Tile, z float64, sc float32) {
	cw := float32(casing(z)) * sc
	for rc := range rcRail {
		st := &roadStyles[rc]
		w := roadWidth(rc, z, sc)
		ps := &t.sets[roadSet(levelBridge, rc)]
		if w == 0 || len(ps.ends) == 0 {
			continue
		}
		if rc == rcPath {
			d.stroke(ps, w+2*cw, bridgeEdge)
			d.stroke(ps, w, st.low)
			continue
		}
		d.stroke(ps, w+2*cw, bridgeEdge)
		col := st.low
		if z >= st.casingFrom {
			col = st.fill
		}
		d.stroke(ps, w, col)
	}
	d.rail(t, levelBridge, z, sc)
}

// rail draws the railways of a level: sidings as pale thin lines, main
// lines as a grey line, from zoom railTies a wider one with white dashes
// along it.
func (d *Drawer) rail(t *Tile, level int, z float64, sc float32) {
	if w := roadWidth(rcSiding, z, sc); w > 0 {
		d.stroke(&t.sets[roadSet(level, rcSiding)], w, roadStyles[rcSiding].low)
	}
	ps := &t.sets[roadSet(level, rcRail)]
	w := roadWidth(rcRail, z, sc)
	if w == 0 || len(ps.ends) == 0 {
		return
	}
	if z < railTies {
		d.stroke(ps, w, roadStyles[rcRail].low)
		return
	}
	d.stroke(ps, w+1.5*sc, roadStyles[rcRail].low)
	d.dashed(ps, w-0.2*sc, 5*sc, 5*sc, color.NRGBA{255, 255, 255, 255})
}

// line strokes a line set in its style at zoom z.
func (d *Drawer) line(ps *paths, st lineStyle, z float64, sc float32) {
	if z >= st.from && len(ps.ends) > 0 {
		d.stroke(ps, float32(valueAt(st.width, z))*sc, st.colour)
	}
}

// fill fills the rings of an area set with col.
func (d *Drawer) fill(ps *paths, col color.NRGBA) {
	if len(ps.ends) == 0 {
		return
	}
	for i := range ps.ends {
		if p, ok := d.project(ps, i, 0, true); ok {
			d.c.Ring(p)
		}
	}
	d.c.Fill(col)
}

// stroke strokes the paths of a set with width w and colour col.
func (d *Drawer) stroke(ps *paths, w float32, col color.NRGBA) {
	if len(ps.ends) == 0 || w <= 0 {
		return
	}
	for i := range ps.ends {
		if p, ok := d.project(ps, i, w, false); ok {
			d.c.Stroke(p, w)
		}
	}
	d.c.Fill(col)
}

// dashed strokes the paths of a set in dashes of on pixels, off apart.
// Only the parts of segments inside the image (and a margin) are dashed,
// so a line far longer than the image costs no more than what shows.
func (d *Drawer) dashed(ps *paths, w, on, off float32, col color.NRGBA) {
	if w <= 0 || on <= 0 || off < 0 {
		return
	}
	period := float64(on + off)
	m := float64(w + 2)
	for i := range ps.ends {
		p, ok := d.project(ps, i, w, false)
		if !ok {
			continue
		}
		phase := 0.0 // how far into the pattern each segment starts
		for j := 2; j+1 < len(p); j += 2 {
			ax, ay, bx, by := float64(p[j-2]), float64(p[j-1]), float64(p[j]), float64(p[j+1])
			seg := math.Hypot(bx-ax, by-ay)
			if seg == 0 {
				continue
			}
			if t0, t1, in := clipSegment(ax, ay, bx, by, -m, -m, float64(d.w)+m, float64(d.h)+m); in {
				for s := t0 * seg; s < t1*seg; {
					ph := math.Mod(phase+s, period)
					if ph >= float64(on) { // in a gap
						s += period - ph
						continue
					}
					e := min(t1*seg, s+float64(on)-ph)
					d.dash = append(d.dash[:0],
						float32(ax+(bx-ax)*s/seg), float32(ay+(by-ay)*s/seg),
						float32(ax+(bx-ax)*e/seg), float32(ay+(by-ay)*e/seg))
					d.c.Stroke(d.dash, w)
					s = e + 1e-6
				}
			}
			phase = math.Mod(phase+seg, period)
		}
	}
	d.c.Fill(col)
}

// clipSegment returns the part [t0, t1] of the segment a→b (t from 0 at a
// to 1 at b) inside the rectangle, and whether there is one
// (Liang–Barsky).
func clipSegment(ax, ay, bx, by, x0, y0, x1, y1 float64) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	dx, dy := bx-ax, by-ay
	for _, e := range [4][2]float64{{-dx, ax - x0}, {dx, x1 - ax}, {-dy, ay - y0}, {dy, y1 - ay}} {
		pe, qe := e[0], e[1]
		if pe == 0 {
			if qe < 0 {
				return 0, 0, false
			}
			continue
		}
		r := qe / pe
		if pe < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
	}
	return t0, t1, t0 < t1
}

// project puts path i of a set in pixels, in d.pts, leaving out points
// within a third of a pixel (across and along) of the last one kept. ok is false for a path
// wholly outside the image (with a margin for a stroke of width w) and
// for areas smaller than a fifth of a pixel.
func (d *Drawer) project(ps *paths, i int, w float32, area bool) ([]float32, bool) {
	b := ps.boxes[4*i : 4*i+4]
	x0, y0 := b[0]*d.sx+d.tx, b[1]*d.sy+d.ty
	x1, y1 := b[2]*d.sx+d.tx, b[3]*d.sy+d.ty
	m := w + 1
	if x0 > d.w+m || y0 > d.h+m || x1 < -m || y1 < -m {
		return nil, false
	}
	if area && x1-x0 < 0.2 && y1-y0 < 0.2 {
		return nil, false
	}
	p := ps.path(i)
	n := len(p) / 2
	buf := d.pts[:0]
	var lx, ly float32
	for j := range n {
		x, y := p[2*j]*d.sx+d.tx, p[2*j+1]*d.sy+d.ty
		if j > 0 && j < n-1 && x-lx < 0.34 && lx-x < 0.34 && y-ly < 0.34 && ly-y < 0.34 {
			continue
		}
		buf = append(buf, x, y)
		lx, ly = x, y
	}
	d.pts = buf
	return buf, len(buf) >= 4
}

// Opaque is a tile drawn by a Drawer for geo's tile layer: Draw sets every
// pixel, so the image is opaque, and as a geo.OpaqueTile it is copied
// without blending.
type Opaque struct{ *image.RGBA }

// OpaqueRGBA returns the drawn image.
func (o Opaque) OpaqueRGBA() *image.RGBA { return o.RGBA }

var _ geo.OpaqueTile = Opaque{}
