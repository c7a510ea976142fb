package tiles_test

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/geo"
	"ningbomap/tiles"
)

// benchView is the tile-basemap frame of the speed bars: 1920×1080 over
// Ningbo's centre at the fixture's max zoom, where its tiles cover the
// whole frame.
func benchView(zoom float64) geo.Viewport {
	v := geo.NewViewport(1920, 1080)
	v.MaxZoom = 18
	v.SetCenter(orb.Point{121.55, 29.80})
	v.SetZoom(zoom)
	return v
}

// benchmarkTileFrame draws the frame from cached tiles with the districts
// as outlines over them and a marker.
func benchmarkTileFrame(b *testing.B, zoom float64) {
	src := openSource(b, "ningbo.mbtiles", tiles.SourceOptions{})
	r := basemapRenderer(b, src)
	v := benchView(zoom)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	drawSettled(r, src, img, v)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Render(img, v)
	}
}

// BenchmarkTileFrame is the bar: the same view as BenchmarkPeerStaticMapsFrame.
func BenchmarkTileFrame(b *testing.B) { benchmarkTileFrame(b, 11) }

// BenchmarkTileFrameScaled is a fractional zoom past the file's max: every tile enlarged.
func BenchmarkTileFrameScaled(b *testing.B) { benchmarkTileFrame(b, 11.4) }

// BenchmarkTilesOnly is the tile layer alone (no districts, no markers).
func BenchmarkTilesOnly(b *testing.B) {
	src := openSource(b, "ningbo.mbtiles", tiles.SourceOptions{})
	r := geo.NewRenderer()
	r.SetTiles(src)
	v := benchView(11)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	drawSettled(r, src, img, v)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Render(img, v)
	}
}

// BenchmarkOutlinesOnly is BenchmarkTileFrame without the tiles: what the
// district outlines and the marker cost at that zoom, for comparison.
func BenchmarkOutlinesOnly(b *testing.B) {
	r := basemapRenderer(b, nil)
	r.SetTiles(nil)
	v := benchView(11)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Render(img, v)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Render(img, v)
	}
}
