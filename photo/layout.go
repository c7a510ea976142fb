package photo

// MaxEnlarge is how far a card may blow a photo up: never past 2×, so a
// small picture stays sharp enough.
const MaxEnlarge = 2

// DisplaySize returns the size at which a w×h photo is shown in a box of
// boxW×boxH (units or pixels, as the caller likes; boxH ≤ 0 means no limit
// on the height): as large as fits with its aspect kept, and never more
// than MaxEnlarge times its own size in the caller's pixels (scale is pixels
// per unit; 1 when the box is in pixels).
func DisplaySize(w, h int, boxW, boxH, scale float32) (float32, float32) {
	if w <= 0 || h <= 0 || boxW <= 0 {
		return 0, 0
	}
	if scale <= 0 {
		scale = 1
	}
	f := boxW / float32(w)
	if boxH > 0 {
		f = min(f, boxH/float32(h))
	}
	f = min(f, MaxEnlarge/scale)
	return float32(w) * f, float32(h) * f
}

// Strip lists the photos after the first (the ones the card shows as a
// strip under the story), by position in the place's list.
func Strip(n int) []int {
	out := make([]int, 0, max(n-1, 0))
	for i := 1; i < n; i++ {
		out = append(out, i)
	}
	return out
}
