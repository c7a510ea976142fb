package style

import (
	"fmt"
	"image/color"
)

// PartyRed is the app's primary colour, and a theme's colour when it has none.
var PartyRed = color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xFF}

// HexColour parses a "#RRGGBB" colour, giving fallback when s is not one.
func HexColour(s string, fallback color.NRGBA) color.NRGBA {
	if c, ok := ParseHex(s); ok {
		return c
	}
	return fallback
}

// ParseHex reads a "#RRGGBB" colour.
func ParseHex(s string) (color.NRGBA, bool) {
	var r, g, b uint8
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &r, &g, &b); err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}, true
}
