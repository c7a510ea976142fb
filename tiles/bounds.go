package tiles

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// parseBounds reads MBTiles' "left,bottom,right,top" in degrees.
func parseBounds(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("metadata: bounds %q: want left,bottom,right,top", s)
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("metadata: bounds %q: %w", s, err)
		}
		v[i] = f
	}
	if v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90 {
		return orb.Bound{}, fmt.Errorf("metadata: bounds %q: not a lon/lat box", s)
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}
