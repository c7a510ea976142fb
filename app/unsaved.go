package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// unsavedChoice is the answer to "the changes are not saved yet".
type unsavedChoice int

const (
	unsavedCancel unsavedChoice = iota // stay: nothing happens
	unsavedSave                        // save, then go on (only if the save worked)
	unsavedSkip                        // go on without saving
)

// askUnsaved runs then at once when no edit waits to be saved. Otherwise it asks first:
// msg says what is about to happen and skip names the choice that goes on unsaved (which
// runs skipped, when set, before then). Save goes on only once every file is written; a
// failed save shows its problem and stays, so that closing never loses an edit the folder
// does not hold.
func (ui *mainUI) askUnsaved(msg, skip string, skipped, then func()) {
	m := &ui.editing
	if m.ed == nil || !m.ed.Dirty() {
		then()
		return
	}
	ask := m.ask
	if ask == nil {
		ask = ui.unsavedDialog
	}
	ask(msg, skip, func(c unsavedChoice) {
		switch c {
		case unsavedSkip:
			if skipped != nil {
				skipped()
			}
			then()
		case unsavedSave:
			if ui.saveAll() {
				then()
			}
		}
	})
}

// saveAll writes the edits, reporting in the form when it is open and in the problem
// banner otherwise. It reports whether everything was written.
func (ui *mainUI) saveAll() bool {
	m := &ui.editing
	if m.on && m.panel != nil {
		ui.saveEdits()
		return !m.ed.Dirty()
	}
	if _, err := m.ed.Save(); err != nil {
		ui.notices.problems.show(err)
		return false
	}
	m.dir = m.ed.Dir()
	return true
}

// unsavedDialog asks in the window: Save (the default, Enter), skip, or Cancel (Esc).
func (ui *mainUI) unsavedDialog(msg, skip string, choose func(unsavedChoice)) {
	if ui.win == nil {
		choose(unsavedCancel)
		return
	}
	text := style.NewParagraph(msg, style.CardBody, false, theme.ColorNameForeground)
	d := dialog.NewCustomWithoutButtons(style.T("edit.unsaved"), container.NewPadded(text), ui.win)
	answer := func(c unsavedChoice) func() {
		return func() {
			d.Hide()
			choose(c)
		}
	}
	save := widget.NewButton(style.T("edit.save"), answer(unsavedSave))
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(style.T("edit.cancel"), answer(unsavedCancel)),
		widget.NewButton(skip, answer(unsavedSkip)),
		save,
	})
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}
