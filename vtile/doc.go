// Package vtile draws an offline vector tile file (tiles.VectorFile:
// MBTiles or PMTiles of the OpenMapTiles or Protomaps v4 schema) as the
// map's tile basemap, in package vector's style, off the UI goroutine.
//
// A Source is a geo.TileSource: the renderer asks it for 256-pixel tiles,
// and it answers from a cache of drawn tiles, queueing those it lacks for
// two workers. A worker decodes the data tile (within the file's budgets,
// without the layers the style never reads: a corrupt or oversized tile is
// reported once and the rest draws), prepares it (vector.Prepare: about a
// twentieth of the decoded layers' memory, so the prepared tiles are what
// is cached, never the decoded layers), draws the tile and asks for a
// frame. Past the file's highest zoom a tile is drawn again from its
// ancestor there, crisp; while a tile is being drawn the renderer shows
// the nearest lower zoom's drawn tile in its place (geo.StandIn), and the
// tiles of BaseZoom stay cached so that one is always at hand.
//
// Memory: drawn tiles DefaultDrawnBytes (64 MB), prepared tiles
// DefaultPreparedBytes (48 MB), plus the pinned stand-ins (at most 16
// tiles, 4 MB); a decoded tile lives only while it is prepared (the densest
// real one takes about 9 MB, at most 64 MB by tiles' budget, one per
// worker).
//
//	vf, err := tiles.OpenVector(path)
//	src := vtile.New(vf, vtile.Options{OnTile: redraw, OnError: banner, Scale: s})
//	defer src.Close()                        // closes vf
//	r.SetTiles(src.TileSource())             // geo.Renderer
//	labels = src.Labels(labels, v, vector.English) // after the map's own names
package vtile
