// Package geo is the map engine: Web Mercator viewports, an anti-aliased
// renderer that draws polygon layers, lines, markers and cluster bubbles into a
// reused *image.RGBA, a Supercluster-style point clusterer (KD-trees per zoom),
// hit tests of markers, bubbles and polygons, and fly-to animation paths.
//
// Coordinates are orb.Point{lon, lat}. Pixels are device pixels: a Viewport's
// Width and Height are the size of the image being drawn, and its Scale is the
// HiDPI factor (2 on a 4K kiosk showing a 1080p layout).
//
// The package imports no GUI toolkit; see README.md for how an app drives it.
package geo
