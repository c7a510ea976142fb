package geo

import (
	"bytes"
	"image"
	"testing"
)

func TestDropScratch(t *testing.T) {
	for _, tc := range []struct {
		name  string
		scale float64
	}{
		{"scene", 1},
		{"scene_hidpi", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, v := goldenScene()
			v.Scale = tc.scale
			v.Width, v.Height = int(float64(v.Width)*tc.scale), int(float64(v.Height)*tc.scale)
			first := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			r.Render(first, v)
			if len(r.ras.acc) == 0 {
				t.Fatal("no coverage buffer after a frame")
			}
			r.DropScratch()
			if r.ras.acc != nil || r.ras.bits != nil || r.ras.x0 != nil {
				t.Fatal("DropScratch kept the coverage buffers")
			}
			again := image.NewRGBA(first.Rect)
			r.Render(again, v)
			if !bytes.Equal(first.Pix, again.Pix) {
				t.Error("the frame after DropScratch differs from the one before")
			}
			assertGolden(t, tc.name, again)
		})
	}
}
