package tiles

// TileID returns the PMTiles v3 tile id of z/x/y: the number of tiles at
// all lower zooms plus the tile's position on the Hilbert curve at z.
func TileID(z, x, y int) uint64 {
	acc := (uint64(1)<<(2*uint(z)) - 1) / 3
	ux, uy := uint64(x), uint64(y)
	for s := uint64(1) << uint(z) >> 1; s > 0; s >>= 1 {
		rx, ry := uint64(0), uint64(0)
		if ux&s != 0 {
			rx = 1
		}
		if uy&s != 0 {
			ry = 1
		}
		acc += s * s * ((3 * rx) ^ ry)
		if ry == 0 {
			if rx == 1 {
				ux, uy = s-1-ux%s, s-1-uy%s
			}
			ux, uy = uy, ux
		}
		ux, uy = ux%s, uy%s
	}
	return acc
}
