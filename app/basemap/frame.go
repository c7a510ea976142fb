package basemap

import (
	"ningbomap/crs"
	"ningbomap/geo"
)

// FramedTiles is a raster tile package cut in a Chinese web map's frame (GCJ-02), drawn
// shifted onto WGS 84 (geo.FrameTiles, 64 MB of redrawn tiles more).
type FramedTiles struct {
	*Tiles
	ts geo.TileSource
}

// InFrame returns tb drawn for WGS 84, its tiles cut in frame.
func InFrame(tb *Tiles, frame crs.Frame) *FramedTiles {
	return &FramedTiles{Tiles: tb, ts: geo.NewFrameTiles(tb.src, frame.FromWGS84, 0)}
}

// Install hands the shifted tiles to the renderer, as Tiles.Install does the tiles.
func (f *FramedTiles) Install(r *geo.Renderer) {
	f.Tiles.Install(r)
	r.SetTiles(f.ts)
}
