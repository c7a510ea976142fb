package geo

import (
	"image"
	"image/color"
	"math"
	"unsafe"

	xdraw "golang.org/x/image/draw"
)

// TileSource is a raster tile pyramid in XYZ numbering (y grows
// southwards), drawn under all layers in the view's Web Mercator. Both
// methods answer from a cache and never block: Tile queues a missing tile
// for loading (the source tells the app when it arrives, and the app
// renders again); Peek only looks. tiles.Source implements it. Tiles that
// are an *image.RGBA draw fast, and fastest when they are an OpaqueTile.
type TileSource interface {
	ZoomRange() (lo, hi int)
	Tile(z, x, y int) (image.Image, bool)
	Peek(z, x, y int) (image.Image, bool)
}

// OpaqueTile is a tile image known to have no transparent pixel: the
// renderer copies its pixels without blending.
type OpaqueTile interface {
	image.Image
	OpaqueRGBA() *image.RGBA
}

// maxStandIn is how many zoom levels down a stand-in tile is looked for.
const maxStandIn = 8

// tileLayer is the renderer's tile basemap.
type tileLayer struct {
	src    TileSource
	hidden bool
	after  string  // drawn after this layer ("": first, over the background)
	xs     []int32 // source column of each destination column of a blit
}

// SetTiles sets the tile basemap drawn over the background and under the
// layers; nil removes it. While it shows, draw districts as outlines
// (Style.Outline) so they do not hide it.
func (r *Renderer) SetTiles(src TileSource) { r.tl.src = src }

// SetTilesVisible shows or hides the tile basemap without dropping it.
func (r *Renderer) SetTilesVisible(visible bool) { r.tl.hidden = !visible }

// SetTilesAfter draws the tile basemap after the layers up to and including
// layer id, shown or not (a vector basemap over the districts' fill, under
// their borders), instead of first; where it has no tile, what those
// layers drew shows. "" draws it first again (the default).
func (r *Renderer) SetTilesAfter(id string) { r.tl.after = id }

// TilesShown reports whether a tile basemap is set and visible.
func (r *Renderer) TilesShown() bool { return r.tl.src != nil && !r.tl.hidden }

// Outline returns the style without its fill: how a polygon layer is drawn
// over a tile basemap.
func (s Style) Outline() Style {
	s.Fill = color.NRGBA{}
	return s
}

// TileZoom returns the tile level drawn for view v from a source holding
// levels lo..hi: the level whose tiles show nearest their own size, at most
// hi (past it, hi's tiles are enlarged) and at least lo.
func TileZoom(v Viewport, lo, hi int) int {
	z := int(math.Floor(v.Zoom + math.Log2(v.ScaleFactor()) + 0.5))
	return min(max(z, lo), hi)
}

// StandIn finds the nearest lower-zoom tile already cached that covers
// tile z/x/y, down to level lo (and at most maxStandIn levels). It returns
// the tile, the part of it (in its pixels) that covers z/x/y, and how many
// levels down it was found.
func StandIn(src TileSource, z, x, y, lo int) (img image.Image, part image.Rectangle, dz int, ok bool) {
	for dz = 1; dz <= maxStandIn && z-dz >= lo; dz++ {
		img, ok = src.Peek(z-dz, x>>dz, y>>dz)
		if !ok {
			continue
		}
		b := img.Bounds()
		n := 1 << dz
		cw, ch := b.Dx()/n, b.Dy()/n
		if cw == 0 || ch == 0 {
			return nil, image.Rectangle{}, 0, false
		}
		ox, oy := x&(n-1), y&(n-1)
		part = image.Rect(b.Min.X+ox*cw, b.Min.Y+oy*ch, b.Min.X+(ox+1)*cw, b.Min.Y+(oy+1)*ch)
		return img, part, dz, true
	}
	return nil, image.Rectangle{}, 0, false
}

// drawTiles draws the tiles covering v, with stand-ins for those not
// decoded yet, and the background where no tile is (or a tile is
// translucent).
//
// Over layers (over true: SetTilesAfter) it leaves the pixels where it has
// no tile as they are; otherwise it fills them with the background.
func (r *Renderer) drawTiles(dst *image.RGBA, v Viewport, over bool) {
	bg := func(rect image.Rectangle) {
		if !over {
			fillRect(dst, rect, r.bg)
		}
	}
	lo, hi := r.tl.src.ZoomRange()
	z := TileZoom(v, lo, hi)
	if hi < lo || lo < 0 || z > 30 {
		bg(dst.Rect)
		return
	}
	n := 1 << z
	ws := v.WorldSize()
	ts := ws / float64(n) // on-screen tile size
	cx, cy := Mercator(v.Center)
	left, top := cx*ws-float64(v.Width)/2, cy*ws-float64(v.Height)/2
	x0, x1 := max(int(math.Floor(left/ts)), 0), min(int(math.Floor((left+float64(v.Width))/ts)), n-1)
	y0, y1 := max(int(math.Floor(top/ts)), 0), min(int(math.Floor((top+float64(v.Height))/ts)), n-1)
	if x1 < x0 || y1 < y0 || (x1-x0+1)*(y1-y0+1) > 4096 {
		bg(dst.Rect) // off the world, or far below the file's zooms
		return
	}
	px := func(tx int) int { return int(math.Round(float64(tx)*ts - left)) }
	py := func(ty int) int { return int(math.Round(float64(ty)*ts - top)) }
	grid := image.Rect(px(x0), py(y0), px(x1+1), py(y1+1))
	full := dst.Rect
	bg(image.Rect(0, 0, full.Max.X, grid.Min.Y))
	bg(image.Rect(0, grid.Max.Y, full.Max.X, full.Max.Y))
	bg(image.Rect(0, grid.Min.Y, grid.Min.X, grid.Max.Y))
	bg(image.Rect(grid.Max.X, grid.Min.Y, full.Max.X, grid.Max.Y))
	for ty := y0; ty <= y1; ty++ {
		for tx := x0; tx <= x1; tx++ {
			to := image.Rect(px(tx), py(ty), px(tx+1), py(ty+1))
			img, ok := r.tl.src.Tile(z, tx, ty)
			part := image.Rectangle{}
			if ok {
				part = img.Bounds()
			} else {
				img, part, _, ok = StandIn(r.tl.src, z, tx, ty, lo)
			}
			if _, opaque := img.(OpaqueTile); !ok || !opaque {
				bg(to)
			}
			if ok {
				r.blitTile(dst, to, img, part)
			}
		}
	}
}

// fillRect sets the pixels of dst inside rect to c.
func fillRect(dst *image.RGBA, rect image.Rectangle, c premul) {
	rect = rect.Intersect(dst.Rect)
	if rect.Empty() {
		return
	}
	o := dst.PixOffset(rect.Min.X, rect.Min.Y)
	row := dst.Pix[o : o+4*rect.Dx()]
	row[0], row[1], row[2], row[3] = uint8(c.r), uint8(c.g), uint8(c.b), uint8(c.a)
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
	for y := rect.Min.Y + 1; y < rect.Max.Y; y++ {
		o := dst.PixOffset(rect.Min.X, y)
		copy(dst.Pix[o:o+len(row)], row)
	}
}

// blitTile draws the part of src into the rectangle to of dst (which may
// reach outside dst), scaling by nearest neighbour.
func (r *Renderer) blitTile(dst *image.RGBA, to image.Rectangle, src image.Image, part image.Rectangle) {
	vis := to.Intersect(dst.Rect)
	if vis.Empty() || part.Empty() {
		return
	}
	var s *image.RGBA
	opaque := false
	switch t := src.(type) {
	case OpaqueTile:
		s, opaque = t.OpaqueRGBA(), true
	case *image.RGBA:
		s = t
	default:
		xdraw.ApproxBiLinear.Scale(dst, to, src, part, xdraw.Over, nil)
		return
	}
	w, h := to.Dx(), to.Dy()
	pw, ph := part.Dx(), part.Dy()
	xs := r.tl.xs[:0]
	for x := vis.Min.X; x < vis.Max.X; x++ {
		sx := part.Min.X + ((x-to.Min.X)*pw+pw/2)/w
		xs = append(xs, int32((sx-s.Rect.Min.X)*4))
	}
	r.tl.xs = xs
	prevSy := -1
	var prev []byte
	for y := vis.Min.Y; y < vis.Max.Y; y++ {
		sy := part.Min.Y + ((y-to.Min.Y)*ph+ph/2)/h
		o := dst.PixOffset(vis.Min.X, y)
		row := dst.Pix[o : o+4*len(xs)]
		if sy == prevSy {
			copy(row, prev)
			continue
		}
		so := (sy - s.Rect.Min.Y) * s.Stride
		srow := s.Pix[so : so+4*s.Rect.Dx()]
		switch {
		case opaque && pw == w:
			copy(row, srow[xs[0]:])
		case opaque:
			copyOpaqueRow(row, srow, xs)
		default:
			copyRow(row, srow, xs)
		}
		prevSy, prev = sy, row
	}
}

// copyOpaqueRow copies the source pixels xs picks from srow into row.
func copyOpaqueRow(row, srow []byte, xs []int32) {
	d := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(row))), len(row)/4)
	s := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(srow))), len(srow)/4)
	d = d[:len(xs)]
	for i, sx := range xs {
		d[i] = s[sx>>2]
	}
}

// copyRow draws the source pixels xs picks from srow over row: opaque
// pixels are copied, translucent ones composited, clear ones skipped.
func copyRow(row, srow []byte, xs []int32) {
	for i, sx := range xs {
		p := srow[sx : sx+4 : sx+4]
		d := row[4*i : 4*i+4 : 4*i+4]
		switch a := uint32(p[3]); a {
		case 255:
			copy(d, p)
		case 0:
		default:
			k := 255 - a
			d[0] = uint8(uint32(p[0]) + (uint32(d[0])*k+127)/255)
			d[1] = uint8(uint32(p[1]) + (uint32(d[1])*k+127)/255)
			d[2] = uint8(uint32(p[2]) + (uint32(d[2])*k+127)/255)
			d[3] = uint8(a + (uint32(d[3])*k+127)/255)
		}
	}
}
