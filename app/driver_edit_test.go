package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/app/card"
	"ningbomap/app/editor"
	"ningbomap/app/locale"
	"ningbomap/edit"
	"ningbomap/kiosk"
)

// What staff do in edit mode, and the questions the window asks them. A question's
// answer stands in for the person tapping it in the dialog (TestUnsavedDialog taps the
// dialog itself).

// enterEdit taps the top bar's Edit button.
func (tu *testUI) enterEdit(t *testing.T) {
	t.Helper()
	tu.tapButton(t, locale.T("edit.button"))
	if tu.mode() != editing {
		t.Fatal("edit mode did not start")
	}
}

// form is the editor's form in the card's place, and edits the content it edits (nil
// before edit mode first starts).
func (tu *testUI) form() *editor.Panel { return tu.ui.editing.panel }
func (tu *testUI) edits() *edit.Editor { return tu.ui.editing.ed }

// tourOrderList is the list the form's Tour order button shows in a dialog, made as it
// makes it, for the test to put in a window of its own and drag places in.
func (tu *testUI) tourOrderList() *editor.TourList {
	return editor.NewTourList(tu.edits(), tu.ui.lang, tu.ui.showEdited)
}

// dragMarker drags the place's marker on the map by (dx, dy) in edit mode and lets go.
func (tu *testUI) dragMarker(id string, dx, dy float32) {
	m := tu.mapView()
	x, y := m.Viewport().Project(tu.content().Site(id).Point)
	from := m.PositionOf(x, y)
	for i := 1; i <= 4; i++ {
		step := fyne.NewPos(dx*float32(i)/4, dy*float32(i)/4)
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from.Add(step)},
			Dragged: fyne.Delta{DX: dx / 4, DY: dy / 4}})
	}
	m.DragEnd()
	tu.pump()
}

// shownCard is the place card on show (its photos and source line), nil before one was
// made.
func (tu *testUI) shownCard() *card.View { return tu.ui.cards.view }

// answerDeletes answers Yes to "delete this place?" at once (the dialog's Yes).
func (tu *testUI) answerDeletes() {
	tu.ui.editing.confirm = func(_ string, yes func()) { yes() }
}

// answerUnsavedWith answers "the changes are not saved yet" with answer, which is given
// the question (what is about to happen, the label of the choice that goes on unsaved)
// and chooses.
func (tu *testUI) answerUnsavedWith(answer func(msg, skip string, choose func(unsavedChoice))) {
	tu.ui.editing.ask = answer
}

// answerRecoveryWith answers the offer of edits a crashed session left with answer
// (which may leave the question open by not choosing).
func (tu *testUI) answerRecoveryWith(answer func(r *edit.Recovery, choose func(restore bool))) {
	tu.ui.editing.offer = answer
}

// answerFleetWith answers Publish's first question, the fleet folder and the private
// key, with answer.
func (tu *testUI) answerFleetWith(answer func(dir, key string, done func(dir, key string))) {
	tu.ui.fleet.ask = answer
}

// startedWith makes cfg the configuration the window was started with (the fleet
// folder and the keys, and the file Publish remembers them in).
func (tu *testUI) startedWith(cfg kiosk.Config) { tu.ui.fleet.cfg = cfg }

// closeWindow is the window's close button on a laptop: it asks first when edits are
// unsaved ("Don't save" also forgets their recovery file), then closed runs.
func (tu *testUI) closeWindow(closed func()) {
	tu.ui.closing(closed)
	tu.pump()
}
