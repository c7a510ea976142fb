package geo

import (
	"image"
	"testing"
)

// frameScene is the full-frame benchmark: the ten districts filled and
// stroked at 1920×1080 with 15 markers.
func frameScene(b testing.TB) (*Renderer, Viewport, *image.RGBA) {
	r := NewRenderer()
	r.SetPolygons("districts", loadDistricts(b), districtStyle)
	r.SetMarkers(sampleMarkers(15))
	v := NewViewport(1920, 1080)
	v.FitBounds(ningbo, 20)
	return r, v, image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
}

func BenchmarkRenderFrame(b *testing.B) {
	r, v, img := frameScene(b)
	r.Render(img, v) // warm-up: projection and sprites
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Render(img, v)
	}
}
