package overlay

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// Tooltip is the small box by a marker: a place's name on hover, or the list of places in
// a bubble that cannot be split further (tap one to open it).
type Tooltip struct {
	// Layer is where the box goes: over the map, without layout.
	Layer *fyne.Container
	list  bool // showing a list to tap: hovering must not replace it
}

// Item is one entry of a list: its label and what a tap on it does.
type Item struct {
	Label string
	Do    func()
}

// NewTooltip makes the tooltip's layer, empty.
func NewTooltip() *Tooltip {
	return &Tooltip{Layer: container.NewWithoutLayout()}
}

// Hide takes the box away.
func (t *Tooltip) Hide() {
	t.list = false
	if len(t.Layer.Objects) == 0 {
		return
	}
	t.Layer.Objects = nil
	t.Layer.Refresh()
}

// Listing reports whether the box shows a list to tap (which hovering leaves alone).
func (t *Tooltip) Listing() bool { return t.list }

// Showing reports whether a box shows.
func (t *Tooltip) Showing() bool { return len(t.Layer.Objects) > 0 }

func (t *Tooltip) place(content fyne.CanvasObject, pos fyne.Position) {
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF4})
	bg.CornerRadius = 8
	bg.StrokeColor = color.NRGBA{A: 0x50}
	bg.StrokeWidth = 1
	box := container.NewStack(bg, container.NewPadded(content))
	size := box.MinSize()
	p := fyne.NewPos(pos.X+14, pos.Y-size.Height-10)
	if area := t.Layer.Size(); area.Width > 0 {
		p.X = min(p.X, area.Width-size.Width-4)
		p.X = max(p.X, 4)
		if p.Y < 4 {
			p.Y = pos.Y + 18
		}
	}
	box.Move(p)
	box.Resize(size)
	t.Layer.Objects = []fyne.CanvasObject{box}
	t.Layer.Refresh()
}

// ShowText shows a name by pos.
func (t *Tooltip) ShowText(text string, pos fyne.Position) {
	label := canvas.NewText(text, color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	label.TextSize = style.Size(style.Label)
	t.place(label, pos)
}

// ShowList shows a button for each item by pos.
func (t *Tooltip) ShowList(items []Item, pos fyne.Position) {
	list := container.NewVBox()
	for _, it := range items {
		b := widget.NewButton(it.Label, it.Do)
		b.Alignment = widget.ButtonAlignLeading
		list.Add(style.TallButton(b))
	}
	t.place(list, pos)
	t.list = true
}
