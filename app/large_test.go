package app

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/data"
	"ningbomap/importer"
)

// writePoints writes a GeoJSON FeatureCollection of n random points in Ningbo's extent.
func writePoints(tb testing.TB, n int) string {
	tb.Helper()
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Feature","properties":{"name":"点 %d","kind":"test"},"geometry":{"type":"Point","coordinates":[%.6f,%.6f]}}`,
			i, 120.9+rng.Float64()*1.4, 28.85+rng.Float64()*1.55)
	}
	b.WriteString("]}")
	p := filepath.Join(tb.TempDir(), "points.geojson")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkViewWith100kPoints measures what the UI goroutine does per view change with a
// 100,000-point layer: clusters for the view, markers and bubbles handed to the renderer,
// labels placed (the frame itself is drawn off the UI goroutine; see geo's benchmarks).
func BenchmarkViewWith100kPoints(b *testing.B) {
	tu := newTestUI(b, data.Zh, fyne.NewSize(1920, 1080))
	l, err := importer.Load(writePoints(b, 100000), importer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	tu.addReadLayer(l)
	m := tu.mapView()
	m.ShowView(l.Bound().Center(), 11)
	vp := m.Viewport()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := vp
		v.Pan(float64(i%50), 0)
		m.SetViewport(v) // markers, bubbles and labels follow
	}
}
