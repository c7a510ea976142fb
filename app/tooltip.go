package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
	"ningbomap/data"
)

// tooltip is the small box by a marker: a place's name on hover, or the list of places in
// a bubble that cannot be split further (tap one to open it).
type tooltip struct {
	layer *fyne.Container
	box   *fyne.Container
	list  bool // showing a list of places to tap: hovering must not replace it
}

func newTooltip() *tooltip {
	t := &tooltip{layer: container.NewWithoutLayout()}
	return t
}

func (t *tooltip) hide() {
	t.list = false
	if len(t.layer.Objects) == 0 {
		return
	}
	t.layer.Objects = nil
	t.layer.Refresh()
}

func (t *tooltip) place(content fyne.CanvasObject, pos fyne.Position) {
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF4})
	bg.CornerRadius = 8
	bg.StrokeColor = color.NRGBA{A: 0x50}
	bg.StrokeWidth = 1
	box := container.NewStack(bg, container.NewPadded(content))
	size := box.MinSize()
	p := fyne.NewPos(pos.X+14, pos.Y-size.Height-10)
	if area := t.layer.Size(); area.Width > 0 {
		p.X = min(p.X, area.Width-size.Width-4)
		p.X = max(p.X, 4)
		if p.Y < 4 {
			p.Y = pos.Y + 18
		}
	}
	box.Move(p)
	box.Resize(size)
	t.layer.Objects = []fyne.CanvasObject{box}
	t.layer.Refresh()
}

// showText shows a name by pos.
func (t *tooltip) showText(text string, pos fyne.Position) {
	label := canvas.NewText(text, color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	label.TextSize = style.Size(style.Label)
	t.place(label, pos)
}

// showList shows buttons for the places of a bubble.
func (t *tooltip) showList(ui *mainUI, sites []*data.Site, pos fyne.Position) {
	list := container.NewVBox()
	for _, s := range sites {
		s := s
		b := widget.NewButton(s.Name.In(ui.lang), ui.userAction(func() { ui.selectSite(s, true) }))
		b.Alignment = widget.ButtonAlignLeading
		list.Add(style.TallButton(b))
	}
	t.place(list, pos)
	t.list = true
}
