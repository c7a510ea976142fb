package keyboard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Dock puts the keyboard along the bottom of the area it is given, as wide as the area,
// and above over it: right above the keys, centred, as large as it asks up to the room
// left. What the keyboard types into shows there (a search's results), so the keys never
// cover it. The rest of the area is left to what lies under the dock (the map): a
// container takes no taps.
func Dock(kb *Keyboard, above fyne.CanvasObject) *fyne.Container {
	return container.New(dockLayout{kb: kb, above: above}, above, kb)
}

type dockLayout struct {
	kb    *Keyboard
	above fyne.CanvasObject
}

// dockGap is the space between the keyboard and what is above it.
const dockGap = 8

func (d dockLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	kh := d.kb.MinSize().Height
	d.kb.Move(fyne.NewPos(0, size.Height-kh))
	d.kb.Resize(fyne.NewSize(size.Width, kh))
	if d.above == nil || !d.above.Visible() {
		return
	}
	room := max(0, size.Height-kh-dockGap)
	m := d.above.MinSize()
	w, h := min(m.Width, size.Width), min(m.Height, room)
	d.above.Move(fyne.NewPos((size.Width-w)/2, size.Height-kh-dockGap-h))
	d.above.Resize(fyne.NewSize(w, h))
}

func (d dockLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	m := d.kb.MinSize()
	if d.above != nil && d.above.Visible() {
		a := d.above.MinSize()
		m = fyne.NewSize(max(m.Width, a.Width), m.Height+dockGap+a.Height)
	}
	return m
}
