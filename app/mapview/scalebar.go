package mapview

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"ningbomap/geo"
)

// scaleBar shows a round distance (1, 2 or 5 × 10ⁿ metres) as a bar at most maxWidth
// units long, for the latitude at the centre of the view.
type scaleBar struct {
	object *fyne.Container
	bar    *canvas.Rectangle
	label  *canvas.Text
}

const scaleBarMax = 120

// ScaleBar is the map's scale bar, kept up to date as the view changes: place it over
// the map (a corner of a Border layout, say).
func (m *MapView) ScaleBar() fyne.CanvasObject {
	if m.scaleBar == nil {
		m.scaleBar = newScaleBar()
		m.scaleBar.update(m.vp)
	}
	return m.scaleBar.object
}

func newScaleBar() *scaleBar {
	ink := color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xFF}
	sb := &scaleBar{bar: canvas.NewRectangle(ink), label: canvas.NewText("", ink)}
	sb.label.TextSize = 12
	inner := container.NewWithoutLayout(sb.bar, sb.label)
	sb.object = container.NewGridWrap(fyne.NewSize(scaleBarMax+16, 34), inner)
	return sb
}

// niceDistance returns the largest 1, 2 or 5 × 10ⁿ metres not above m.
func niceDistance(m float64) float64 {
	if m <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(m)))
	for _, k := range []float64{5, 2, 1} {
		if k*p <= m {
			return k * p
		}
	}
	return p
}

func formatDistance(m float64) string {
	if m >= 1000 {
		return strconv.Itoa(int(m/1000)) + " km"
	}
	return strconv.Itoa(int(m)) + " m"
}

func (sb *scaleBar) update(vp geo.Viewport) {
	mpp := vp.MetersPerPixel() * vp.ScaleFactor() // metres per unit
	if mpp <= 0 || math.IsNaN(mpp) {
		return
	}
	d := niceDistance(scaleBarMax * mpp)
	w := float32(d / mpp)
	sb.label.Text = formatDistance(d)
	sb.label.Move(fyne.NewPos(10, 2))
	sb.label.Refresh()
	sb.bar.Move(fyne.NewPos(10, 20))
	sb.bar.Resize(fyne.NewSize(w, 4))
	sb.bar.Refresh()
}
