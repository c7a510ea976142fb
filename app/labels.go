package app

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"ningbomap/data"
	"ningbomap/geo"
)

// districtLabels shows the district names at their label points, hiding any label that
// would overlap one already placed.
type districtLabels struct {
	layer  *fyne.Container
	texts  []*canvas.Text
	points []data.District
	boxes  []geo.Label
	placed []geo.PlacedLabel
}

func newDistrictLabels(ds []data.District, l data.Lang) *districtLabels {
	dl := &districtLabels{layer: container.NewWithoutLayout(), points: ds}
	// Larger districts first: at the overview they are the ones with room.
	sort.SliceStable(ds, func(i, j int) bool { return area(ds[i]) > area(ds[j]) })
	for _, d := range ds {
		t := canvas.NewText(d.Name.In(l), color.NRGBA{R: 0x5D, G: 0x4A, B: 0x36, A: 0xFF})
		t.TextSize = 15
		t.TextStyle.Bold = true
		t.Alignment = fyne.TextAlignCenter
		dl.texts = append(dl.texts, t)
		dl.layer.Add(t)
	}
	return dl
}

// setLang changes the language of the labels.
func (dl *districtLabels) setLang(l data.Lang) {
	for i, d := range dl.points {
		dl.texts[i].Text = d.Name.In(l)
		dl.texts[i].Refresh()
	}
}

// place moves the labels for the view vp where geo.PlaceLabels says they fit: no label
// overlaps another or one of the obstacles (the markers and bubbles), and none is shown
// below zoom minLabelZoom. It runs on the UI goroutine.
func (dl *districtLabels) place(vp geo.Viewport, obstacles []geo.Box) {
	s := vp.ScaleFactor()
	dl.boxes = dl.boxes[:0]
	for i, d := range dl.points {
		size := dl.texts[i].MinSize()
		dl.boxes = append(dl.boxes, geo.Label{Point: d.Label, Width: float64(size.Width) * s, Height: float64(size.Height) * s,
			Priority: -i})
	}
	dl.placed = dl.placed[:0]
	if vp.Zoom >= minLabelZoom {
		dl.placed = geo.PlaceLabels(dl.placed, vp, dl.boxes, obstacles)
	}
	shown := make([]bool, len(dl.texts))
	for _, p := range dl.placed {
		t := dl.texts[p.Index]
		t.Move(fyne.NewPos(float32(p.X/s), float32(p.Y/s)))
		t.Resize(t.MinSize())
		shown[p.Index] = true
	}
	for i, t := range dl.texts {
		if shown[i] {
			t.Show()
		} else {
			t.Hide()
		}
	}
}

// minLabelZoom is the least zoom at which district names are shown.
const minLabelZoom = 7.5

// area is a district's extent in square degrees (enough to rank them).
func area(d data.District) float64 {
	b := d.Geometry.Bound()
	return (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1])
}

// hideAll hides every label (the basemap is switched off).
func (dl *districtLabels) hideAll() {
	for _, t := range dl.texts {
		t.Hide()
	}
}
