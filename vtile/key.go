package vtile

import "ningbomap/internal/tilecache"

// key is a tile's zoom, column and row in one number.
type key = tilecache.Key

func mkKey(z, x, y int) key { return tilecache.KeyOf(z, x, y) }
