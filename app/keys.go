package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// panStep is how far an arrow key pans, in units.
const panStep = 120

// installKeys binds the keyboard: arrows pan, +/− zoom, Home shows the overview, Esc
// closes the card, PgDn/PgUp (a presenter's clicker) and Space step through the tour
// order (during the guided tour they move it on and back, and Space pauses and resumes
// it), Ctrl+F or / focuses the search.
func (ui *mainUI) installKeys(c fyne.Canvas) {
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		defer ui.recoverPanic()
		ui.noteInput()
		if ui.kiosk != nil && ui.kiosk.typedKey(k) {
			return
		}
		ui.typedKey(k)
	})
	c.SetOnTypedRune(func(r rune) {
		defer ui.recoverPanic()
		ui.noteInput()
		if ui.kiosk != nil && ui.kiosk.typedRune(r) {
			return
		}
		switch r {
		case '/':
			ui.search.Focus()
		case '+', '=':
			ui.zoomKey(1)
		case '-', '_':
			ui.zoomKey(-1)
		}
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { ui.search.Focus() })
	// In edit mode: Ctrl+Z undoes, Ctrl+Shift+Z redoes (a focused field undoes its own
	// typing first, which the editor then takes as an edit).
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { ui.editHistory(false) })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { ui.editHistory(true) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { ui.editHistory(true) })
}

// editHistory undoes (or redoes) an edit in edit mode.
func (ui *mainUI) editHistory(redo bool) {
	defer ui.recoverPanic()
	m := &ui.editing
	if !ui.state.editing || m.panel == nil {
		return
	}
	if redo {
		m.panel.Redo()
	} else {
		m.panel.Undo()
	}
}

func (ui *mainUI) zoomKey(dz float64) {
	ui.mapView.ZoomBy(dz)
}

func (ui *mainUI) typedKey(k *fyne.KeyEvent) {
	if ui.state.editing {
		switch k.Name {
		case fyne.KeySpace, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyBackspace:
			return // typed next to a field, not meant to leave the place being edited
		}
	}
	m := ui.mapView
	s := float64(m.Scale())
	switch k.Name {
	case fyne.KeyLeft:
		m.PanBy(panStep*s, 0)
	case fyne.KeyRight:
		m.PanBy(-panStep*s, 0)
	case fyne.KeyUp:
		m.PanBy(0, panStep*s)
	case fyne.KeyDown:
		m.PanBy(0, -panStep*s)
	case fyne.KeyHome:
		ui.home()
	case fyne.KeyEscape:
		if ui.search.Showing() {
			ui.search.Clear()
			return
		}
		ui.close()
	case fyne.KeySpace:
		if ui.tour.active() {
			ui.tour.togglePause()
			return
		}
		ui.step(+1)
	case fyne.KeyPageDown:
		if ui.tour.active() {
			ui.tour.next()
			return
		}
		ui.step(+1)
	case fyne.KeyPageUp, fyne.KeyBackspace:
		if ui.tour.active() {
			ui.tour.prev()
			return
		}
		ui.step(-1)
	case fyne.KeyPlus, fyne.KeyEqual:
		ui.zoomKey(1)
	case fyne.KeyMinus:
		ui.zoomKey(-1)
	}
}

// searchShortcut is what the search field hands on while it has the keyboard: in a
// kiosk, the staff exit asks for the PIN.
func (ui *mainUI) searchShortcut(s fyne.Shortcut) func() {
	if c, ok := s.(*desktop.CustomShortcut); ok && ui.kiosk != nil && isStaffExit(c) {
		return ui.kiosk.askPIN
	}
	return nil
}
