package kioskview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
)

// staffChoices are what the PIN pad offers staff besides edit and exit: the visitors
// dashboard (观众统计) and a note for them (a bundle the kiosk refused). Visitors never
// see either: both are behind the right PIN.
type staffChoices struct {
	open    func() // the visitors dashboard; nil: no button
	button  *fyne.Container
	note    *widget.Label
	noteBox *fyne.Container // the note at the pad's width (a wrapped label has none of its own)
}

// build makes the button (hidden until SetVisitors) and the note (hidden while empty).
func (c *staffChoices) build(p *PinPad) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(locale.T("visitors.open"), theme.InfoIcon(), p.s.host.Act(func() { p.Visitors() }))
	c.button = container.NewStack(style.TallButton(b))
	style.ShowIf(c.button, c.open != nil)
	c.note = widget.NewLabel("")
	c.note.Wrapping = fyne.TextWrapWord
	c.note.Importance = widget.DangerImportance
	c.noteBox = container.NewGridWrap(fyne.NewSize(290, 96), c.note)
	c.noteBox.Hide() // until SetNote gives it a text
	return c.button
}

// SetVisitors offers staff, after the right PIN, the visitors dashboard (f) beside edit
// and exit.
func (s *Screens) SetVisitors(f func()) {
	c := &s.Pin.staff
	c.open = f
	style.ShowIf(c.button, f != nil)
}

// SetNote shows staff text under the choices after the right PIN (what the fleet
// refused); "" shows nothing.
func (s *Screens) SetNote(text string) {
	c := &s.Pin.staff
	c.note.SetText(text)
	style.ShowIf(c.noteBox, text != "")
}

// Note is the note shown to staff ("" for none).
func (s *Screens) Note() string { return s.Pin.staff.note.Text }

// Visitors closes the pad and opens the visitors dashboard (after the right PIN).
func (p *PinPad) Visitors() {
	if !p.choice.Visible() || p.staff.open == nil {
		return
	}
	p.Close()
	p.staff.open()
}
