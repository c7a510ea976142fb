package geo

import (
	"image"
	"image/color"
	"math"
)

// ShiftFrame copies the frame src into dst moved by dx, dy pixels (the
// direction of the drag) and fills the uncovered strips with the renderer's
// background: the instant frame to show while a full Render of the new view
// runs off the UI goroutine. dst and src must be the same size and must not
// share pixels.
func (r *Renderer) ShiftFrame(dst, src *image.RGBA, dx, dy int) {
	shiftFrame(dst, src, dx, dy, r.bg)
}

// PanOffset returns the whole-pixel offset between two views of the same
// zoom, scale and size, and whether the second can be made by shifting a
// frame of the first: the content moves by dx, dy pixels.
func PanOffset(from, to Viewport) (dx, dy int, ok bool) {
	if from.Zoom != to.Zoom || from.ScaleFactor() != to.ScaleFactor() ||
		from.Width != to.Width || from.Height != to.Height {
		return 0, 0, false
	}
	ws := from.WorldSize()
	fx, fy := Mercator(from.Center)
	tx, ty := Mercator(to.Center)
	fdx, fdy := (fx-tx)*ws, (fy-ty)*ws
	dx, dy = int(math.Round(fdx)), int(math.Round(fdy))
	return dx, dy, math.Abs(fdx-float64(dx)) < 0.01 && math.Abs(fdy-float64(dy)) < 0.01
}

// ShiftFrame copies src into dst moved by dx, dy pixels and fills the
// uncovered strips with bg.
func ShiftFrame(dst, src *image.RGBA, dx, dy int, bg color.NRGBA) {
	shiftFrame(dst, src, dx, dy, premultiply(bg, 1))
}

func shiftFrame(dst, src *image.RGBA, dx, dy int, bg premul) {
	w, h := dst.Rect.Dx(), dst.Rect.Dy()
	if src.Rect.Dx() != w || src.Rect.Dy() != h {
		return
	}
	x0, x1 := max(dx, 0), min(w+dx, w) // destination columns that have a source
	y0, y1 := max(dy, 0), min(h+dy, h)
	if x0 >= x1 || y0 >= y1 {
		fillImage(dst, bg)
		return
	}
	var strip [4]uint8
	strip[0], strip[1], strip[2], strip[3] = uint8(bg.r), uint8(bg.g), uint8(bg.b), uint8(bg.a)
	for y := range h {
		d := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		if y < y0 || y >= y1 {
			fillRow(d, strip)
			continue
		}
		s := src.Pix[(y-dy)*src.Stride:]
		copy(d[4*x0:4*x1], s[4*(x0-dx):4*(x1-dx)])
		if x0 > 0 {
			fillRow(d[:4*x0], strip)
		}
		if x1 < w {
			fillRow(d[4*x1:], strip)
		}
	}
}

// fillRow sets every pixel of a row slice to c.
func fillRow(row []uint8, c [4]uint8) {
	if len(row) < 4 {
		return
	}
	copy(row, c[:])
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
}
