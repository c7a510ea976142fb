// Package tiles reads offline tile packages — MBTiles (SQLite) and PMTiles
// v3. Raster tiles (Open) it serves decoded, from a bounded cache filled by
// a small pool of workers, to the map renderer (it implements
// geo.TileSource). Vector tiles (OpenVector) it decodes into orb's
// mvt.Layers within per-tile budgets, after checking them against the
// vector tile specification, and tells their schema (OpenMapTiles,
// Protomaps v4). It imports no Fyne and no geo.
//
//	f, err := tiles.Open(path)          // names the file and what is wrong
//	src := tiles.NewSource(f, tiles.SourceOptions{OnTile: redraw})
//	defer src.Close()                   // closes f too
//	r.SetTiles(src)                     // geo.Renderer draws it under the layers
//	credits := f.Meta().Attribution
//
//	vf, err := tiles.OpenVector(path)   // vector MBTiles or PMTiles
//	vf.DropLayers(vector.Skips)         // layers the reader never uses are not decoded
//	vt, err := vf.Tile(z, x, y)         // mvt.Layers in vt.Layers, not cached; vf.Schema().Name
//
// The map draws vector files through package vtile, which caches the tiles
// prepared and drawn, never the decoded layers.
package tiles

//go:generate go run ningbomap/cmd/fixturegen testdata
