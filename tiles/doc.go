// Package tiles reads offline raster tile packages — MBTiles (SQLite) and
// PMTiles v3 — and serves their tiles decoded, from a bounded cache filled
// by a small pool of workers, to the map renderer (it implements
// geo.TileSource). It imports no Fyne and no geo.
//
//	f, err := tiles.Open(path)          // names the file and what is wrong
//	src := tiles.NewSource(f, tiles.SourceOptions{OnTile: redraw})
//	defer src.Close()                   // closes f too
//	r.SetTiles(src)                     // geo.Renderer draws it under the layers
//	credits := f.Meta().Attribution
package tiles

//go:generate go run ningbomap/cmd/fixturegen testdata
