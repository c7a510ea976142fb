package app

import (
	"errors"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/editor"
	"ningbomap/app/locale"
	"ningbomap/app/mapview"
	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/watch"
)

// editMode is the map's edit mode: the card's place holds the editor's form of the open
// place; a marker dragged moves its place; after "add place" a tap on the map puts a new
// place there. Edits show on the map at once; Save writes them into the data folder
// (the --data folder, or edit.DefaultDir() made on the first save).
type editMode struct {
	dir     string     // the data folder ("" for edit.DefaultDir())
	own     *watch.Own // the editor's own saves, which the folder's watcher ignores
	ed      *edit.Editor
	panel   *editor.Panel
	armed   bool   // the next tap on the map adds a place
	dragged string // the place whose marker is being dragged
	tap     func(fyne.Position)
	confirm func(msg string, yes func())                       // asks before deleting; a dialog in the window
	ask     func(msg, skip string, choose func(unsavedChoice)) // unsaved edits; nil: a dialog
	offer   func(r *edit.Recovery, choose func(restore bool))  // a recovery; nil: a dialog
	keepAt  time.Time                                          // when to write the recovery file (zero: written)
}

// editButton is the top bar's Edit / 编辑 button (not in a kiosk, whose staff enter
// edit mode through the PIN pad).
func (ui *mainUI) editButton() *widget.Button {
	return widget.NewButtonWithIcon(locale.T("edit.button"), theme.DocumentCreateIcon(), ui.userAction(ui.enterEdit))
}

// enterEdit opens the editor (once) and shows the form of the open place.
func (ui *mainUI) enterEdit() {
	m := &ui.editing
	if ui.state.editing {
		return
	}
	if m.ed == nil {
		if m.own == nil {
			m.own = &watch.Own{}
		}
		ed, err := edit.Open(m.dir, edit.Options{Record: m.own.Record, Recovery: m.recoveryPath()})
		if ed == nil {
			ui.notices.problems.Show(err)
			return
		}
		if err != nil {
			log.Printf("editing content with problems:\n%v", err)
		}
		m.ed = ed
	}
	if m.confirm == nil {
		m.confirm = func(msg string, yes func()) {
			if ui.win != nil {
				dialog.ShowConfirm(locale.T("edit.delete"), msg, func(ok bool) {
					if ok {
						yes()
					}
				}, ui.win)
			}
		}
	}
	m.panel = nil
	m.tap = ui.mapView.OnTap
	ui.mapView.OnTap = ui.editTap
	ui.mapView.Drag = mapview.DragHooks{Claim: ui.claimMarker, Move: ui.dragMarker, End: ui.dropMarker}
	ui.cards.edit = ui.editForm
	ui.tour.stop()
	ui.setEditing(true)
	t := ui.state.target
	if t.site == nil { // the form edits a place: the overview when none is open
		t = placeTarget(ui.ds.Overview)
	}
	ui.showEditedAt(t)
	ui.offerRecovery()
}

// leaveEdit shows the cards again, with the content as edited (saved or not).
func (ui *mainUI) leaveEdit() {
	m := &ui.editing
	if !ui.state.editing {
		return
	}
	m.armed = false
	ui.setEditing(false)
	ui.mapView.OnTap = m.tap
	ui.mapView.Drag = mapview.DragHooks{}
	ui.cards.edit = nil
	ds := m.ed.Dataset()
	ui.replaceData(ds, ui.state.target.in(ds))
}

// editDone is the form's Done: it leaves edit mode, asking first when edits are unsaved
// (unsaved, they stay on the map until the app closes, which asks again).
func (ui *mainUI) editDone() {
	ui.askUnsaved(locale.T("edit.unsavedDone"), locale.T("edit.notNow"), nil, ui.leaveEdit)
}

// editForm is what the card's place shows for s in edit mode: the editor's form, and
// whether it is new or was refilled.
func (ui *mainUI) editForm(s *data.Site) (fyne.CanvasObject, bool) {
	m := &ui.editing
	fresh := false
	if m.panel == nil || m.panel.Lang() != ui.lang {
		fresh = true
		m.panel = editor.New(m.ed, ui.lang, editor.Hooks{
			Changed:   ui.showEdited,
			Save:      func() { ui.saveEdits() },
			Done:      ui.editDone,
			AddPlace:  func() { m.armed = true; m.panel.SetStatus(locale.T("edit.tapToAdd")) },
			Delete:    ui.deletePlace,
			Tour:      ui.editTour,
			Bundle:    ui.bundleDialog,
			PickPhoto: ui.pickPhoto,
			Publish:   ui.publishHook(),
		})
	}
	if m.panel.Shown() != s.ID {
		m.panel.Show(s.ID)
		fresh = true
	}
	return m.panel.Root, fresh
}

// showEdited puts the content as edited on the map without rebuilding the window (the
// form being typed into stays): markers, the tour, what is open.
func (ui *mainUI) showEdited() { ui.showEditedAt(ui.state.target) }

// showEditedAt puts the content as edited on the map (editContent: the markers of the
// places the edits changed are updated, not rebuilt) and opens t in it; the overview when
// t's place is gone.
func (ui *mainUI) showEditedAt(t target) {
	ui.editChanged()
	ds := ui.editing.ed.Dataset()
	next := t.in(ds)
	if next.none() && !t.none() {
		next = placeTarget(ds.Overview)
	}
	ui.editContent(ds)
	ui.open(next)
}

// saveEdits writes the edits and says how it went: in the form when it is shown, else
// (a failure only) in the problem banner. It reports whether everything was written.
func (ui *mainUI) saveEdits() bool {
	m := &ui.editing
	inForm := ui.state.editing && m.panel != nil
	files, err := m.ed.Save()
	if err != nil {
		if inForm {
			m.panel.SetStatus(locale.TData("edit.saveFailed", map[string]any{"Err": err.Error()}))
		} else {
			ui.notices.problems.Show(err)
		}
		return false
	}
	m.dir = m.ed.Dir()
	if inForm && len(files) == 0 {
		m.panel.SetStatus(locale.T("edit.noChanges"))
	} else if inForm {
		m.panel.SetStatus(locale.TData("edit.saved", map[string]any{"Files": strings.Join(files, ", ")}))
	}
	return true
}

// editTap adds a place where the map was tapped after "add place"; other taps select
// places as usual.
func (ui *mainUI) editTap(pos fyne.Position) {
	m := &ui.editing
	if !m.armed {
		if m.tap != nil {
			m.tap(pos)
		}
		return
	}
	m.armed = false
	p := ui.mapView.Viewport().Unproject(ui.mapView.PixelAt(pos))
	layer := ""
	if t := ui.state.target; t.place() {
		layer = t.site.Layer
	} else if len(ui.ds.Layers) > 0 {
		layer = ui.ds.Layers[0].ID
	}
	if ui.state.target.site == nil { // the form shows where a place is open
		ui.open(placeTarget(ui.ds.Overview))
	}
	draft := m.ed.NewPlace(layer, p)
	m.panel.ShowNew(draft, func(id string) {
		if s := ui.ds.Site(id); s != nil {
			ui.open(placeTarget(s))
		}
	})
	ui.cards.showObject(m.panel.Root, true) // the form's new content
}

// claimMarker takes a drag that starts on a place's marker.
func (ui *mainUI) claimMarker(pos fyne.Position) bool {
	vp := ui.mapView.Viewport()
	x, y := ui.mapView.PixelAt(pos)
	h, ok := ui.markers.at(vp, x, y, nil)
	if !ok || h.site == nil || h.site.IsOverview() {
		return false
	}
	ui.editing.dragged = h.site.ID
	return true
}

// dragMarker names the place being moved beside the pointer.
func (ui *mainUI) dragMarker(pos fyne.Position) {
	if s := ui.ds.Site(ui.editing.dragged); s != nil {
		ui.over.tooltip.ShowText(s.Name.In(ui.lang), pos)
	}
}

// dropMarker moves the dragged place to where the marker was let go.
func (ui *mainUI) dropMarker(pos fyne.Position) {
	m := &ui.editing
	id := m.dragged
	m.dragged = ""
	ui.over.tooltip.Hide()
	if id == "" {
		return
	}
	p := ui.mapView.Viewport().Unproject(ui.mapView.PixelAt(pos))
	if err := m.ed.Move(id, p); err != nil {
		ui.notices.problems.Show(err)
		return
	}
	m.panel = nil // the district and path may have changed: fill the form again
	ui.showEditedAt(placeTarget(m.ed.Dataset().Site(id)))
}

// deletePlace deletes a place after the user said yes.
func (ui *mainUI) deletePlace(id string) {
	m := &ui.editing
	s := m.ed.Dataset().Site(id)
	if s == nil || s.IsOverview() {
		return
	}
	msg := locale.TData("edit.confirmDelete", map[string]any{"Name": s.Name.In(ui.lang)})
	m.confirm(msg, func() {
		if err := m.ed.Delete(id); err != nil && !errors.Is(err, edit.ErrNoPlace) {
			m.panel.SetStatus(err.Error())
			return
		}
		m.panel.Show("")
		ui.showEditedAt(placeTarget(ui.ds.Overview))
	})
}
