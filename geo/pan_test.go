package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

func TestShiftFrame(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 8, 6))
	for y := range 6 {
		for x := range 8 {
			src.SetRGBA(x, y, color.RGBA{uint8(x), uint8(y), 9, 255})
		}
	}
	bg := color.NRGBA{200, 201, 202, 255}
	for _, tc := range []struct {
		name   string
		dx, dy int
	}{{"none", 0, 0}, {"right down", 3, 2}, {"left up", -2, -5}, {"away", 9, 0}, {"far away", -100, 100}} {
		t.Run(tc.name, func(t *testing.T) {
			dst := image.NewRGBA(src.Rect)
			ShiftFrame(dst, src, tc.dx, tc.dy, bg)
			for y := range 6 {
				for x := range 8 {
					want := color.RGBA{200, 201, 202, 255}
					if sx, sy := x-tc.dx, y-tc.dy; sx >= 0 && sx < 8 && sy >= 0 && sy < 6 {
						want = src.RGBAAt(sx, sy)
					}
					if got := dst.RGBAAt(x, y); got != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, got, want)
					}
				}
			}
		})
	}
}

func TestPanOffset(t *testing.T) {
	from := Viewport{Center: orb.Point{121.55, 29.87}, Zoom: 11, Width: 800, Height: 600}
	to := from
	to.Pan(25, -40)
	if dx, dy, ok := PanOffset(from, to); !ok || dx != 25 || dy != -40 {
		t.Errorf("PanOffset = %d,%d,%v, want 25,-40,true", dx, dy, ok)
	}
	to.Pan(0.5, 0)
	if _, _, ok := PanOffset(from, to); ok {
		t.Error("a half-pixel pan was called whole")
	}
	to = from
	to.ZoomAbout(10, 10, 0.1)
	if _, _, ok := PanOffset(from, to); ok {
		t.Error("a zoom was called a pan")
	}
}
