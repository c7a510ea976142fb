// Command bare opens an empty Fyne window: the baseline `make memory` (scripts/memory.sh)
// measures ningbomap against. It is Fyne's default app and theme with nothing in the
// window, so what it holds is what Fyne, GLFW, OpenGL and the X server cost any app. As
// its window closes (an interrupt closes it) it prints the Go runtime's share:
// "bare: go sys 9.1 inuse 2.0" (MB, as ningbomap's trace counts them).
//
// With --label TEXT the window shows that text in one Fyne label instead: what drawing
// any text costs a Fyne app over the empty window (font faces, shaping, textures). Its
// first paint prints "bare: first-frame 412.0ms", the time since the process started, as
// ningbomap's NINGBOMAP_TRACE=1 prints its first map frame: `make memory` compares the
// two.
//
//	bare [--size 1280x800] [--label TEXT]
package main

import (
	"flag"
	"fmt"
	"image"
	"os"
	"runtime"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/internal/procstart"
)

func main() {
	size := flag.String("size", "1280x800", "window size, WIDTHxHEIGHT")
	label := flag.String("label", "", "text of one label to show in the window")
	flag.Parse()
	var w, h float32
	if _, err := fmt.Sscanf(*size, "%gx%g", &w, &h); err != nil || w <= 0 || h <= 0 {
		fmt.Fprintf(os.Stderr, "bare: bad --size %q, want WIDTHxHEIGHT\n", *size)
		os.Exit(2)
	}
	a := app.NewWithID("cn.ningbo.partybuilding.bare")
	win := a.NewWindow("bare Fyne window")
	win.Resize(fyne.NewSize(w, h))
	if *label != "" {
		// A one-pixel raster under the label tells of the first paint: its generator runs
		// when the window is drawn.
		var once sync.Once
		painted := canvas.NewRaster(func(w, h int) image.Image {
			once.Do(func() { fmt.Printf("bare: first-frame %.1fms\n", float64(procstart.Since().Microseconds())/1000) })
			return image.NewRGBA(image.Rect(0, 0, 1, 1))
		})
		win.SetContent(container.NewStack(painted, widget.NewLabel(*label)))
	}
	win.ShowAndRun()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("bare: go sys %.1f inuse %.1f\n", float64(m.Sys-m.HeapReleased)/1e6, float64(m.HeapInuse)/1e6)
}
