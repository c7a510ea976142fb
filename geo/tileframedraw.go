package geo

import (
	"image"
	"image/draw"
	"math"
)

// frameSource is a source tile a redraw reads: its pixels and the part of
// them that covers the tile's place (all of it, or a corner of a lower
// zoom's tile standing in).
type frameSource struct {
	pix    *image.RGBA
	part   image.Rectangle
	opaque bool
}

// maxFrameSources bounds the source tiles one redrawn tile may read: a
// shift of a few hundred metres overlaps at most 2×2 of them at any zoom.
const maxFrameSources = 9

// frameCorners returns where the corners of tile z/x/y's grid of cells
// lie in the source's tiles of the same zoom, in tile units (u, v: tile
// column and row plus the fraction across it).
func (t *FrameTiles) frameCorners(z, x, y int) (u, v *[frameGrid + 1][frameGrid + 1]float64) {
	u, v = new([frameGrid + 1][frameGrid + 1]float64), new([frameGrid + 1][frameGrid + 1]float64)
	n := float64(int64(1) << z)
	for j := 0; j <= frameGrid; j++ {
		for i := 0; i <= frameGrid; i++ {
			p := InverseMercator((float64(x)+float64(i)/frameGrid)/n, (float64(y)+float64(j)/frameGrid)/n)
			mx, my := Mercator(t.toSource(p))
			u[j][i], v[j][i] = mx*n, my*n
		}
	}
	return u, v
}

// sourceAt returns where in the source's tiles (tile units at zoom z) the
// place drawn at fraction fx, fy across tile z/x/y lies, interpolated from
// the grid corners as redraw does (first down the grid's columns, then
// along the row).
func sourceAt(u, v *[frameGrid + 1][frameGrid + 1]float64, fx, fy float64) (float64, float64) {
	gx, gy := fx*frameGrid, fy*frameGrid
	i, j := min(int(gx), frameGrid-1), min(int(gy), frameGrid-1)
	ax, ay := gx-float64(i), gy-float64(j)
	lerp := func(g *[frameGrid + 1][frameGrid + 1]float64) float64 {
		left := g[j][i] + (g[j+1][i]-g[j][i])*ay
		right := g[j][i+1] + (g[j+1][i+1]-g[j][i+1])*ay
		return left + (right-left)*ax
	}
	return lerp(u), lerp(v)
}

// redraw draws tile z/x/y from the source. It returns the tile, the source
// tiles it stood in for or lacked (to redraw it when they arrive), and
// false when no source pixel was at hand at all. With fetch it asks the
// source for the tiles it lacks.
func (t *FrameTiles) redraw(z, x, y int, fetch bool) (image.Image, []frameKey, bool) {
	u, v := t.frameCorners(z, x, y)
	minU, maxU, minV, maxV := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for j := range u {
		for i := range u[j] {
			minU, maxU = min(minU, u[j][i]), max(maxU, u[j][i])
			minV, maxV = min(minV, v[j][i]), max(maxV, v[j][i])
		}
	}
	last := float64(int64(1)<<z - 1)
	tx0, tx1 := int(max(math.Floor(minU), 0)), int(min(math.Floor(maxU), last))
	ty0, ty1 := int(max(math.Floor(minV), 0)), int(min(math.Floor(maxV), last))
	w, h := tx1-tx0+1, ty1-ty0+1
	if w <= 0 || h <= 0 || w*h > maxFrameSources || math.IsNaN(minU+maxU+minV+maxV) {
		return nil, nil, false
	}
	lo, _ := t.src.ZoomRange()
	var sources [maxFrameSources]frameSource
	var waiting []frameKey
	size, found, opaque := 0, false, true
	for ty := ty0; ty <= ty1; ty++ {
		for tx := tx0; tx <= tx1; tx++ {
			var img image.Image
			var ok bool
			if fetch {
				img, ok = t.src.Tile(z, tx, ty)
			} else {
				img, ok = t.src.Peek(z, tx, ty)
			}
			var part image.Rectangle
			if ok {
				part = img.Bounds()
				size = part.Dx()
			} else {
				waiting = append(waiting, frameKey{z, tx, ty})
				img, part, _, ok = StandIn(t.src, z, tx, ty, lo)
			}
			if !ok || part.Empty() {
				opaque = false
				continue
			}
			if size == 0 {
				size = img.Bounds().Dx()
			}
			_, isOpaque := img.(OpaqueTile)
			sources[(ty-ty0)*w+tx-tx0] = frameSource{pix: rgbaOf(img), part: part, opaque: isOpaque}
			opaque = opaque && isOpaque
			found = true
		}
	}
	if !found || size <= 0 {
		return nil, waiting, false
	}
	out := image.NewRGBA(image.Rect(0, 0, size, size))
	covered := 0
	var ru, rv [frameGrid + 1]float64 // the grid's columns interpolated to the row
	step := frameGrid / float64(size)
	for py := 0; py < size; py++ {
		gy := (float64(py) + 0.5) * step
		j := min(int(gy), frameGrid-1)
		ay := gy - float64(j)
		for i := range ru {
			ru[i] = u[j][i] + (u[j+1][i]-u[j][i])*ay
			rv[i] = v[j][i] + (v[j+1][i]-v[j][i])*ay
		}
		row := out.Pix[py*out.Stride : py*out.Stride+4*size]
		for px := 0; px < size; px++ {
			gx := (float64(px) + 0.5) * step
			i := min(int(gx), frameGrid-1)
			ax := gx - float64(i)
			su, sv := ru[i]+(ru[i+1]-ru[i])*ax, rv[i]+(rv[i+1]-rv[i])*ax
			if su < 0 || sv < 0 {
				continue // off the world's west or north edge
			}
			ix, iy := int(su), int(sv) // floor, both being ≥ 0
			fx, fy := su-float64(ix), sv-float64(iy)
			ix, iy = ix-tx0, iy-ty0
			if ix < 0 || ix >= w || iy < 0 || iy >= h {
				continue
			}
			s := &sources[iy*w+ix]
			if s.pix == nil {
				continue
			}
			sx := s.part.Min.X + min(int(fx*float64(s.part.Dx())), s.part.Dx()-1)
			sy := s.part.Min.Y + min(int(fy*float64(s.part.Dy())), s.part.Dy()-1)
			o := (sy-s.pix.Rect.Min.Y)*s.pix.Stride + (sx-s.pix.Rect.Min.X)*4
			src := s.pix.Pix[o : o+4 : o+4]
			dst := row[4*px : 4*px+4 : 4*px+4]
			dst[0], dst[1], dst[2], dst[3] = src[0], src[1], src[2], src[3]
			covered++
		}
	}
	if opaque && covered == size*size {
		return frameOpaque{out}, waiting, true
	}
	return out, waiting, true
}

// rgbaOf returns the pixels of a tile as *image.RGBA, converting other
// image types.
func rgbaOf(img image.Image) *image.RGBA {
	switch t := img.(type) {
	case OpaqueTile:
		return t.OpaqueRGBA()
	case *image.RGBA:
		return t
	}
	b := img.Bounds()
	out := image.NewRGBA(b)
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}
