package geo

// DropScratch lets the renderer's frame-sized coverage buffers go to the garbage
// collector: about 4 bytes a pixel, 3.6 MB for a 1280×711 map, held only to spare an
// allocation per frame while the map moves. The next Render makes them again (one
// allocation), so a map that has gone still calls it; what Render keeps per zoom level
// (paths, sprites, labels) stays.
func (r *Renderer) DropScratch() { r.ras = raster{} }
