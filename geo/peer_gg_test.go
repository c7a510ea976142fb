package geo

import (
	"testing"

	"github.com/fogleman/gg"

	"ningbomap/internal/cputime"
)

// ggPaths are the pixel paths the renderer drew for one layer in view v: its
// cached fill rings (projected once per zoom, simplified, clipped) and its
// outline paths (each shared border once), after the same culling as Render.
func ggPaths(r *Renderer, v Viewport) (fill, outline [][]float32) {
	l := r.layers[0]
	s, tx, ty := l.proj.transform(v)
	width := l.style.StrokeWidth * v.ScaleFactor()
	collect := func(sh *shapes, margin float64) [][]float32 {
		var out [][]float32
		r.addPaths(sh, s, tx, ty, margin, v, func(p []float32) {
			out = append(out, append([]float32(nil), p...))
		})
		return out
	}
	return collect(&l.fill, 0), collect(&l.outline, width)
}

// BenchmarkPeerGGFrame is the peer of BenchmarkRenderFrame: fogleman/gg
// filling and stroking the very paths our renderer draws in that frame (its
// cached, simplified and clipped paths, taken from the renderer after a
// warm-up frame), into a reused 1920×1080 context. gg draws no markers, so
// our frame does a little more work (15 marker sprites). bench/run.sh prints
// our frame as a ratio of it.
func BenchmarkPeerGGFrame(b *testing.B) {
	r, v, img := frameScene(b)
	r.Render(img, v) // builds the projection cache the paths come from
	fill, outline := ggPaths(r, v)
	if len(fill) == 0 || len(outline) == 0 {
		b.Fatalf("no paths from the renderer: %d fill, %d outline", len(fill), len(outline))
	}
	vertices := 0
	for _, p := range append(fill, outline...) {
		vertices += len(p) / 2
	}
	dc := gg.NewContext(v.Width, v.Height)
	st := districtStyle
	frame := func() {
		dc.SetRGB255(255, 255, 255)
		dc.Clear()
		for _, p := range fill {
			dc.NewSubPath()
			for j := 0; j < len(p); j += 2 {
				dc.LineTo(float64(p[j]), float64(p[j+1]))
			}
			dc.ClosePath()
		}
		dc.SetRGBA255(int(st.Fill.R), int(st.Fill.G), int(st.Fill.B), int(st.Fill.A))
		dc.Fill()
		for _, p := range outline {
			dc.NewSubPath()
			for j := 0; j < len(p); j += 2 {
				dc.LineTo(float64(p[j]), float64(p[j+1]))
			}
		}
		dc.SetRGBA255(int(st.Stroke.R), int(st.Stroke.G), int(st.Stroke.B), int(st.Stroke.A))
		dc.SetLineWidth(st.StrokeWidth * v.ScaleFactor())
		dc.Stroke()
	}
	frame() // warm-up: the rasteriser grows its buffers
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Start()
	for b.Loop() {
		frame()
	}
	cpu.Report(b)
	b.ReportMetric(float64(vertices), "vertices")
}

// BenchmarkRawGGFrame is gg drawing all the raw district vertices (about
// 16,000), projected once, with no simplification: what the peer measured
// before it was given our paths. It is not a bar, only a reference.
func BenchmarkRawGGFrame(b *testing.B) {
	polys := loadDistricts(b)
	v := NewViewport(1920, 1080)
	v.FitBounds(ningbo, 20)
	var rings [][][2]float64
	for _, mp := range polys {
		for _, p := range mp {
			for _, r := range p {
				pr := make([][2]float64, 0, len(r))
				for _, q := range r {
					x, y := v.Project(q)
					pr = append(pr, [2]float64{x, y})
				}
				rings = append(rings, pr)
			}
		}
	}
	dc := gg.NewContext(v.Width, v.Height)
	st := districtStyle
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
		dc.SetRGBA255(int(st.Fill.R), int(st.Fill.G), int(st.Fill.B), int(st.Fill.A))
		dc.FillPreserve()
		dc.SetRGBA255(int(st.Stroke.R), int(st.Stroke.G), int(st.Stroke.B), int(st.Stroke.A))
		dc.SetLineWidth(st.StrokeWidth)
		dc.Stroke()
	}
	frame()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		frame()
	}
}
