package crs

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"
)

// Frame is the coordinate frame a file's longitudes and latitudes are
// given in. The zero value is WGS 84.
type Frame uint8

// The frames.
const (
	WGS84 Frame = iota // GPS, OpenStreetMap, Google Earth, GPX, GeoJSON (RFC 7946)
	GCJ02              // AMap/Gaode, Tencent, maps of China from Google and Apple
	BD09               // Baidu
)

// frameNames are the names Parse accepts and String writes, in Frame order.
var frameNames = [...]string{"wgs84", "gcj02", "bd09"}

// Frames returns every frame, WGS 84 first: the choices for a menu.
func Frames() []Frame { return []Frame{WGS84, GCJ02, BD09} }

// String returns the frame's name as flags and configuration files write
// it: "wgs84", "gcj02" or "bd09".
func (f Frame) String() string {
	if int(f) < len(frameNames) {
		return frameNames[f]
	}
	return fmt.Sprintf("Frame(%d)", uint8(f))
}

// Title returns the frame's name as people write it, with the maps that
// use it, for menus and messages: "WGS 84 (GPS, OpenStreetMap)".
func (f Frame) Title() string {
	switch f {
	case WGS84:
		return "WGS 84 (GPS, OpenStreetMap)"
	case GCJ02:
		return "GCJ-02 (AMap, Tencent)"
	case BD09:
		return "BD-09 (Baidu)"
	}
	return f.String()
}

// Parse reads a frame's name: "wgs84", "gcj02" or "bd09", in any case,
// with or without a '-' or '_' ("GCJ-02", "bd_09"); "" is WGS 84, the
// default. Another name is an error that lists the accepted values.
func Parse(s string) (Frame, error) {
	key := strings.ToLower(strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.TrimSpace(s)))
	if key == "" {
		return WGS84, nil
	}
	for i, name := range frameNames {
		if key == name {
			return Frame(i), nil
		}
	}
	return WGS84, fmt.Errorf("unknown coordinate frame %q: want %s", s, strings.Join(frameNames[:], ", "))
}

// MarshalText writes the frame's name (String), so that a Frame reads and
// writes as a string in TOML and JSON.
func (f Frame) MarshalText() ([]byte, error) {
	if int(f) >= len(frameNames) {
		return nil, fmt.Errorf("unknown coordinate frame %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText reads a frame's name as Parse does.
func (f *Frame) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// ToWGS84 returns the WGS 84 position of p, a longitude and latitude in f.
func (f Frame) ToWGS84(p orb.Point) orb.Point {
	switch f {
	case GCJ02:
		p[0], p[1] = GCJ02ToWGS84(p[0], p[1])
	case BD09:
		p[0], p[1] = BD09ToWGS84(p[0], p[1])
	}
	return p
}

// FromWGS84 returns p, a WGS 84 longitude and latitude, in f.
func (f Frame) FromWGS84(p orb.Point) orb.Point {
	switch f {
	case GCJ02:
		p[0], p[1] = WGS84ToGCJ02(p[0], p[1])
	case BD09:
		p[0], p[1] = WGS84ToBD09(p[0], p[1])
	}
	return p
}
