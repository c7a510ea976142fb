package geo

import (
	"testing"

	"github.com/fogleman/gg"
)

// BenchmarkPeerGGFrame is the peer of BenchmarkRenderFrame: fogleman/gg
// filling and stroking the same district polygons, projected once, into a
// reused 1920×1080 context. bench/run.sh prints our frame as a ratio of it.
func BenchmarkPeerGGFrame(b *testing.B) {
	polys := loadDistricts(b)
	v := NewViewport(1920, 1080)
	v.FitBounds(ningbo, 20)
	type ring [][2]float64
	var rings []ring
	for _, mp := range polys {
		for _, p := range mp {
			for _, r := range p {
				pr := make(ring, 0, len(r))
				for _, q := range r {
					x, y := v.Project(q)
					pr = append(pr, [2]float64{x, y})
				}
				rings = append(rings, pr)
			}
		}
	}
	dc := gg.NewContext(v.Width, v.Height)
	fill, stroke := districtStyle.Fill, districtStyle.Stroke
	frame := func() {
		dc.SetRGB255(255, 255, 255)
		dc.Clear()
		for _, r := range rings {
			dc.NewSubPath()
			for _, q := range r {
				dc.LineTo(q[0], q[1])
			}
			dc.ClosePath()
		}
		dc.SetRGBA255(int(fill.R), int(fill.G), int(fill.B), int(fill.A))
		dc.FillPreserve()
		dc.SetRGBA255(int(stroke.R), int(stroke.G), int(stroke.B), int(stroke.A))
		dc.SetLineWidth(districtStyle.StrokeWidth)
		dc.Stroke()
	}
	frame() // warm-up: the rasteriser grows its buffers
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		frame()
	}
}
