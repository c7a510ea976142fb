package style

// Fyne lays a window out in units; at a canvas scale of 1 a unit is a pixel. The kiosk
// is made for touch panels of 1920×1080 from 21.5 inches up, and for 3840×2160 panels
// from 43 inches up run at scale = 2 (the configuration's scale is the canvas scale, so a
// 4K panel is laid out as a 1080p one). The smallest of them has the smallest pixel: a
// 21.5-inch 1920×1080 panel is 476 mm wide, 0.248 mm a pixel (102 pixels an inch); a
// 43-inch 4K panel's pixel is the same 0.248 mm, and at scale 2 a unit is two of them.
// Sizes meant for fingers are worked out for that pixel: on every larger screen they
// come out larger.

// KioskPixelMM is the side of a pixel of the smallest kiosk screen, in millimetres.
const KioskPixelMM = 0.248

// Millimetres is how many units are at least mm millimetres on a kiosk screen run at the
// canvas scale scale (0 is 1).
func Millimetres(mm, scale float32) float32 {
	if scale <= 0 {
		scale = 1
	}
	return mm / (KioskPixelMM * scale)
}

// UnitsToMillimetres is the length of u units on a kiosk screen at the canvas scale scale
// (0 is 1): the inverse of Millimetres.
func UnitsToMillimetres(u, scale float32) float32 {
	if scale <= 0 {
		scale = 1
	}
	return u * KioskPixelMM * scale
}

// Least sides of what a visitor touches, in millimetres.
const (
	KeyMM    = 12 // a key of the on-screen keyboard
	TargetMM = 9  // anything else a visitor can reach: buttons, list rows
)
