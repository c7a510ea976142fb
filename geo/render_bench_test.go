package geo

import (
	"image"
	"testing"

	"ningbomap/internal/cputime"
)

// frameScene is the full-frame benchmark: the ten districts filled and
// stroked at 1920×1080 with 15 markers.
func frameScene(b testing.TB) (*Renderer, Viewport, *image.RGBA) {
	r := NewRenderer()
	r.SetPolygons("districts", loadDistricts(b), districtStyle)
	ms := sampleMarkers(15)
	for i := range ms {
		ms[i].Radius = 11 // the size the app draws its story places at
	}
	r.SetMarkers(ms)
	v := NewViewport(1920, 1080)
	v.FitBounds(ningbo, 20)
	return r, v, image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
}

func BenchmarkRenderFrame(b *testing.B) {
	r, v, img := frameScene(b)
	r.Render(img, v) // warm-up: projection and sprites
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Start()
	for b.Loop() {
		r.Render(img, v)
	}
	cpu.Report(b)
}

func BenchmarkPanFrame(b *testing.B) {
	r, v, prev := frameScene(b)
	r.Render(prev, v)
	dst := image.NewRGBA(prev.Rect)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		r.ShiftFrame(dst, prev, 37+i%5, -21)
	}
}

// BenchmarkRenderClustered is a full frame at zoom 11 of the districts with
// 100,000 seeded points clustered (bubbles and single points).
func BenchmarkRenderClustered(b *testing.B) {
	r, v, img := frameScene(b)
	pts := seededPoints(100_000, 3)
	c := NewClusterer(pts, ClusterOptions{})
	v.Zoom = 11
	var cl []Cluster
	frame := func() {
		cl = c.ViewClusters(cl[:0], v, 32)
		r.SetClusters(cl, DefaultClusterStyle)
		r.Render(img, v)
	}
	frame()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		frame()
	}
	b.ReportMetric(float64(len(cl)), "features")
}

// BenchmarkHitTest100k is a tap on the map as the app tests it: 100,000 seeded
// points clustered, the clusters of a 1920×1080 view at zoom 13 (about 600 bubbles
// and single points), and ClusterAt at a random pixel.
func BenchmarkHitTest100k(b *testing.B) {
	c := NewClusterer(seededPoints(100_000, 5), ClusterOptions{})
	v := viewAt(13)
	cl := c.ViewClusters(nil, v, 32)
	g := mulberry32(9)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ClusterAt(cl, DefaultClusterStyle, v, g.float()*1920, g.float()*1080, DefaultTouchTolerance)
	}
	b.ReportMetric(float64(len(cl)), "features")
}

// BenchmarkRenderNewZoom is a frame at a zoom level not drawn before: the
// layers are projected, simplified and clipped again (as during a fly-to).
func BenchmarkRenderNewZoom(b *testing.B) {
	r, v, img := frameScene(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		w := v
		w.Zoom = v.Zoom + float64(i%2) // alternate levels: every frame rebuilds
		r.Render(img, w)
	}
}
