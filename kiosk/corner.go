package kiosk

import "fmt"

// Corner is a corner of the window.
type Corner int

// Corners of the window; TopRight is the default place of the exit gesture.
const (
	TopRight Corner = iota
	TopLeft
	BottomRight
	BottomLeft
)

// cornerNames are the names of the corners in the configuration file.
var cornerNames = [...]string{TopRight: "top-right", TopLeft: "top-left", BottomRight: "bottom-right", BottomLeft: "bottom-left"}

// String returns the corner's name in the configuration file, e.g. "top-right".
func (c Corner) String() string {
	if c < 0 || int(c) >= len(cornerNames) {
		return fmt.Sprintf("Corner(%d)", int(c))
	}
	return cornerNames[c]
}

// ParseCorner reads a corner name: top-right, top-left, bottom-right or
// bottom-left.
func ParseCorner(s string) (Corner, error) {
	for i, name := range cornerNames {
		if s == name {
			return Corner(i), nil
		}
	}
	return TopRight, fmt.Errorf("%q is not a corner: want top-right, top-left, bottom-right or bottom-left", s)
}

// contains reports whether (x, y) lies in the box×box square in corner c of a
// w×h window, edges included.
func (c Corner) contains(x, y, w, h, box float32) bool {
	if x < 0 || y < 0 || x > w || y > h {
		return false
	}
	right := c == TopRight || c == BottomRight
	bottom := c == BottomRight || c == BottomLeft
	inX := x <= box
	if right {
		inX = x >= w-box
	}
	inY := y <= box
	if bottom {
		inY = y >= h-box
	}
	return inX && inY
}
