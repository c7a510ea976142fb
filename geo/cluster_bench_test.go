package geo

import (
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/internal/cputime"
)

var (
	millionOnce sync.Once
	millionPts  []orb.Point
	millionIdx  *Clusterer
)

// million returns the seeded 1,000,000 points of the clustering
// benchmarks (the same as bench/supercluster.mjs makes) and their index.
func million() ([]orb.Point, *Clusterer) {
	millionOnce.Do(func() {
		millionPts = seededPoints(1_000_000, 1)
		millionIdx = NewClusterer(millionPts, ClusterOptions{})
	})
	return millionPts, millionIdx
}

func BenchmarkClusterIndex1M(b *testing.B) {
	pts, _ := million()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Start()
	for b.Loop() {
		NewClusterer(pts, ClusterOptions{})
	}
	cpu.Report(b)
}

// viewAt is a 1920×1080 view at the centre of Ningbo's box.
func viewAt(zoom float64) Viewport {
	return Viewport{Center: ningbo.Center(), Zoom: zoom, Width: 1920, Height: 1080}
}

func benchmarkClustersView(b *testing.B, zoom float64) {
	_, c := million()
	v := viewAt(zoom)
	bounds := v.Bounds()
	dst := c.Clusters(nil, bounds, zoom)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = c.Clusters(dst[:0], bounds, zoom)
	}
	b.ReportMetric(float64(len(dst)), "features")
}

func BenchmarkClustersView9(b *testing.B)  { benchmarkClustersView(b, 9) }
func BenchmarkClustersView13(b *testing.B) { benchmarkClustersView(b, 13) }
