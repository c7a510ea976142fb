package app

import (
	"log"
	"time"

	"ningbomap/app/locale"
	"ningbomap/edit"
)

// keepAfter is how long after an edit its recovery file is written: typing a word
// writes it once, not once a character.
const keepAfter = time.Second

// recoveryPath is the recovery file of the folder the editor saves into.
func (m *editMode) recoveryPath() string {
	dir := m.dir
	if dir == "" {
		dir = edit.DefaultDir()
	}
	return edit.RecoveryPath(dir)
}

// editChanged notes that the content changed, so that the recovery file follows soon.
func (ui *mainUI) editChanged() {
	ui.editing.keepAt = ui.now().Add(keepAfter)
}

// keepRecovery, on the clock's tick, writes the unsaved edits into the recovery file once
// keepAfter has passed since the last edit (it removes the file when nothing is unsaved).
func (ui *mainUI) keepRecovery(now time.Time) {
	m := &ui.editing
	if m.ed == nil || m.keepAt.IsZero() || now.Before(m.keepAt) {
		return
	}
	m.keepAt = time.Time{}
	if err := m.ed.KeepRecovery(); err != nil {
		log.Printf("unsaved edits: %v", err)
	}
}

// discardRecovery forgets the unsaved edits for good: the staff chose not to save them.
func (ui *mainUI) discardRecovery() {
	m := &ui.editing
	if m.ed == nil {
		return
	}
	m.keepAt = time.Time{}
	if err := m.ed.DiscardRecovery(); err != nil {
		log.Printf("unsaved edits: %v", err)
	}
}

// offerRecovery, when edit mode starts, asks whether edits left unsaved by a session that
// ended without saving (a crash, a power cut) should come back. Restore makes them one
// edit (Undo takes it back); Discard removes the recovery file. A recovery file that
// cannot be read is named in the problem banner and left where it is.
func (ui *mainUI) offerRecovery() {
	m := &ui.editing
	r, err := m.ed.PendingRecovery()
	if err != nil {
		ui.notices.problems.Show(err)
		return
	}
	if r == nil {
		return
	}
	offer := m.offer
	if offer == nil {
		offer = ui.recoveryDialog
	}
	offer(r, func(restore bool) {
		if !restore {
			ui.discardRecovery()
			return
		}
		if err := m.ed.Recover(r); err != nil {
			ui.notices.problems.Show(err)
			return
		}
		m.panel = nil // the form shows the restored content
		ui.showEdited()
	})
}

// recoveryDialog asks in the window: Discard or Restore (suggested).
func (ui *mainUI) recoveryDialog(r *edit.Recovery, choose func(restore bool)) {
	ui.question(locale.T("edit.recoverTitle"),
		locale.TData("edit.recoverAsk", map[string]any{"Time": r.Written.Local().Format("2006-01-02 15:04")}),
		answer{label: locale.T("edit.discard"), do: func() { choose(false) }},
		answer{label: locale.T("edit.restore"), suggested: true, do: func() { choose(true) }})
}
