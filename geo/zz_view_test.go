package geo

import (
	"github.com/paulmach/orb"
	"image"
	"image/png"
	"os"
	"testing"
)

func TestViewBig(t *testing.T) {
	r, v, img := frameScene(t)
	r.Render(img, v)
	f, _ := os.Create("/tmp/big.png")
	png.Encode(f, img)
	f.Close()
	v.ZoomAbout(1010, 345, 3.3)
	r.Render(img, v)
	sub := img.SubImage(image.Rect(560, 0, 1460, 700))
	f, _ = os.Create("/tmp/zoom.png")
	png.Encode(f, sub)
	f.Close()
	_ = orb.Point{}
}
