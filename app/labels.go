package app

import (
	"image/color"

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
}

func newDistrictLabels(ds []data.District, l data.Lang) *districtLabels {
	dl := &districtLabels{layer: container.NewWithoutLayout(), points: ds}
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

// place moves the labels for the view vp; it runs on the UI goroutine.
func (dl *districtLabels) place(vp geo.Viewport) {
	s := float32(vp.Scale)
	if s == 0 {
		s = 1
	}
	var placed []fyne.Position
	var sizes []fyne.Size
	for i, d := range dl.points {
		t := dl.texts[i]
		x, y := vp.Project(d.Label)
		size := t.MinSize()
		pos := fyne.NewPos(float32(x)/s-size.Width/2, float32(y)/s-size.Height/2)
		show := vp.Zoom >= 7.5 && pos.X >= 0 && pos.Y >= 0 &&
			pos.X+size.Width <= float32(vp.Width)/s && pos.Y+size.Height <= float32(vp.Height)/s
		for j := range placed {
			if show && overlaps(pos, size, placed[j], sizes[j]) {
				show = false
			}
		}
		if show {
			placed = append(placed, pos)
			sizes = append(sizes, size)
			t.Move(pos)
			t.Resize(size)
			t.Show()
		} else {
			t.Hide()
		}
	}
}

func overlaps(p1 fyne.Position, s1 fyne.Size, p2 fyne.Position, s2 fyne.Size) bool {
	const gap = 4
	return p1.X < p2.X+s2.Width+gap && p2.X < p1.X+s1.Width+gap &&
		p1.Y < p2.Y+s2.Height+gap && p2.Y < p1.Y+s1.Height+gap
}
