package app

import (
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/app/basemap"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/internal/cputime"
)

// basemapView is a 1920×1080 view of the window's renderer around 滕头村 at zoom z, where
// four story places lie.
func basemapView(tu *testUI, z float64) geo.Viewport {
	return geo.Viewport{Center: tu.content().Site("tengtou").Point, Zoom: z, Width: 1920, Height: 1080, Scale: 1}
}

// renderView draws v with the window's renderer (its districts, markers, names and
// basemap) into img.
func renderView(tu *testUI, img *image.RGBA, v geo.Viewport) {
	tu.mapView().Update(func(r *geo.Renderer) { r.Render(img, v) })
}

// BenchmarkVectorBasemapFrame is a 1920×1080 frame of the window's renderer over the
// Protomaps v4 fixture whose tiles are drawn and prepared: the districts' fill, the tiles
// copied (zoom 14) or scaled (13.6) over it, the districts' borders, the story places'
// markers, and the places', districts' and tiles' names placed and drawn. Bar: 5 ms.
func BenchmarkVectorBasemapFrame(b *testing.B) {
	for _, c := range []struct {
		name string
		lang data.Lang
		zoom float64
	}{{"z14_zh", data.Zh, 14}, {"z14_en", data.En, 14}, {"z13.6_zh", data.Zh, 13.6}} {
		b.Run(c.name, func(b *testing.B) {
			tu, tb := basemapUI(b, c.lang, fyne.NewSize(1280, 800), pm4Tengtou, crs.WGS84)
			tu.key(fyne.KeyEscape)
			tu.pump()
			tu.mapView().RenderNow() // the markers staged
			v := basemapView(tu, c.zoom)
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			renderView(tu, img, v)
			tb.Wait()
			renderView(tu, img, v)
			tb.Wait()
			renderView(tu, img, v) // the names' sprites are made once
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				renderView(tu, img, v)
			}
			cpu.Report(b)
			tu.mapView().Update(func(r *geo.Renderer) { b.ReportMetric(float64(len(r.Labeller().Placed())), "names") })
		})
	}
}

// BenchmarkVectorBasemapJump is a jump of the window's renderer to a view not seen
// before, over a vector basemap just opened (its stand-ins drawn, nothing else): the
// first frame, which must show the tiles' water from the stand-ins at once, then the
// workers drawing the view's tiles, and the complete frame with the tiles' names.
// ms-to-complete is the wall time from the jump to the complete frame (bar: 400 ms on
// two cores). The fixture's tiles are light; vtile's BenchmarkJump measures real city
// tiles.
func BenchmarkVectorBasemapJump(b *testing.B) {
	tu := newTestUI(b, data.Zh, fyne.NewSize(1280, 800))
	tu.key(fyne.KeyEscape)
	tu.pump()
	tu.mapView().RenderNow()
	v := basemapView(tu, 15)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	var first, complete time.Duration
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		tb, err := openBasemap(pm4Tengtou, crs.WGS84, 1, basemap.Borders(tu.content()), func(func()) {}, func() {}, func(error) {})
		if err != nil {
			b.Fatal(err)
		}
		tb.Wait() // the stand-ins, drawn at the start
		tu.useBasemap(tb)
		b.StartTimer()
		start := time.Now()
		renderView(tu, img, v)
		first += time.Since(start)
		if water(img) == 0 {
			b.Fatal("the first frame shows no tile: no stand-in")
		}
		tb.Wait()
		renderView(tu, img, v)
		complete += time.Since(start)
		b.StopTimer()
		tb.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(first.Microseconds())/1e3/float64(b.N), "ms-first-frame")
	b.ReportMetric(float64(complete.Microseconds())/1e3/float64(b.N), "ms-to-complete")
}

// water counts the pixels of the vector style's water (#C8DCEA) in img.
func water(img *image.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] == 0xC8 && img.Pix[i+1] == 0xDC && img.Pix[i+2] == 0xEA {
			n++
		}
	}
	return n
}
