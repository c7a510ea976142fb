package tiles

import "math"

// BaseZoom returns the zoom whose tiles a map keeps cached as stand-ins: the
// highest whose tiles cover the bounds in at most 16 tiles (at least
// MinZoom, at most MaxZoom).
func (m Meta) BaseZoom() int {
	for z := m.MinZoom; z < m.MaxZoom; z++ {
		x0, y0, x1, y1 := m.TileRange(z)
		if (x1-x0+1)*(y1-y0+1) > 16 {
			return max(z-1, m.MinZoom)
		}
	}
	return m.MaxZoom
}

// TileRange returns the tiles of zoom z covering m.Bounds, columns x0–x1
// and rows y0–y1 (north first); latitudes past the Web Mercator square's
// edge (±85.0511°) count as on it.
func (m Meta) TileRange(z int) (x0, y0, x1, y1 int) {
	n := float64(int(1) << z)
	tx := func(lon float64) int { return clampTile(int(math.Floor((lon/360+0.5)*n)), z) }
	ty := func(lat float64) int {
		lat = min(max(lat, world.Min[1]), world.Max[1]) // ±90 would give ±Inf
		s := math.Sin(lat * math.Pi / 180)
		return clampTile(int(math.Floor((0.5-math.Log((1+s)/(1-s))/(4*math.Pi))*n)), z)
	}
	return tx(m.Bounds.Min[0]), ty(m.Bounds.Max[1]), tx(m.Bounds.Max[0]), ty(m.Bounds.Min[1])
}

func clampTile(v, z int) int { return min(max(v, 0), 1<<z-1) }
