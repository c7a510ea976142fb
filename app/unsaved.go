package app

import (
	"ningbomap/app/locale"
)

// unsavedChoice is the answer to "the changes are not saved yet".
type unsavedChoice int

const (
	unsavedCancel unsavedChoice = iota // stay: nothing happens
	unsavedSave                        // save, then go on (only if the save worked)
	unsavedSkip                        // go on without saving
)

// closing runs then, which closes the window or quits, once unsaved edits are saved or
// given up (their recovery file forgotten too): the window's close button and the staff's
// exit from a kiosk.
func (ui *mainUI) closing(then func()) {
	ui.askUnsaved(locale.T("edit.unsavedClose"), locale.T("edit.dontSave"), ui.discardRecovery, then)
}

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
			if ui.saveEdits() {
				then()
			}
		}
	})
}

// unsavedDialog asks in the window: Cancel, skip or Save (suggested).
func (ui *mainUI) unsavedDialog(msg, skip string, choose func(unsavedChoice)) {
	shown := ui.question(locale.T("edit.unsaved"), msg,
		answer{label: locale.T("edit.cancel"), do: func() { choose(unsavedCancel) }},
		answer{label: skip, do: func() { choose(unsavedSkip) }},
		answer{label: locale.T("edit.save"), suggested: true, do: func() { choose(unsavedSave) }})
	if !shown {
		choose(unsavedCancel)
	}
}
