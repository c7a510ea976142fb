package photo

import "image"

// Orient returns img turned as o says, so that the picture is upright. It
// returns img itself for Upright.
func Orient(img *image.RGBA, o Orientation) *image.RGBA {
	if o <= Upright || o > Rotate90CCW {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if o.Swaps() {
		dw, dh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := 0; y < h; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):]
		for x := 0; x < w; x++ {
			var dx, dy int
			switch o {
			case MirrorH:
				dx, dy = w-1-x, y
			case Rotate180:
				dx, dy = w-1-x, h-1-y
			case MirrorV:
				dx, dy = x, h-1-y
			case Transpose:
				dx, dy = y, x
			case Rotate90CW:
				dx, dy = h-1-y, x
			case Transverse:
				dx, dy = h-1-y, w-1-x
			case Rotate90CCW:
				dx, dy = y, w-1-x
			}
			copy(dst.Pix[dy*dst.Stride+4*dx:dy*dst.Stride+4*dx+4], src[4*x:4*x+4])
		}
	}
	return dst
}
