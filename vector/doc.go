// Package vector draws vector tiles (Mapbox Vector Tiles, decoded by
// github.com/paulmach/orb/encoding/mvt) in the map's own style, and gives
// their names as labels for geo's labeller.
//
// It reads the OpenMapTiles schema and the Protomaps basemap schema v4. A
// decoded tile is prepared once (Prepare: its features sorted into the
// style's sets as float32 fractions of the tile, its names read in both
// languages), then drawn by a Drawer into an *image.RGBA as its own tile
// or as any tile inside it at a higher zoom (crisp past the file's highest
// zoom), with geo's rasteriser. Names are not drawn into tiles: Tile.Labels
// gives them as geo.MapLabels to place over the whole frame with the map's
// own names, so they are never cut at tile edges and never overlap.
//
// The package imports no GUI toolkit; see README.md for the style's rules
// and how an app drives it.
package vector
