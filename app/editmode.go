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
	"ningbomap/app/mapview"
	"ningbomap/app/style"
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
	on      bool
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
	return widget.NewButtonWithIcon(T("edit.button"), theme.DocumentCreateIcon(), ui.userAction(ui.enterEdit))
}

// enterEdit opens the editor (once) and shows the form of the open place.
func (ui *mainUI) enterEdit() {
	m := &ui.editing
	if m.on {
		return
	}
	if m.ed == nil {
		if m.own == nil {
			m.own = &watch.Own{}
		}
		ed, err := edit.Open(m.dir, edit.Options{Record: m.own.Record, Recovery: m.recoveryPath()})
		if ed == nil {
			ui.notices.problems.show(err)
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
				dialog.ShowConfirm(T("edit.delete"), msg, func(ok bool) {
					if ok {
						yes()
					}
				}, ui.win)
			}
		}
	}
	m.on = true
	m.panel = nil
	m.tap = ui.mapView.OnTap
	ui.mapView.OnTap = ui.editTap
	ui.mapView.Drag = mapview.DragHooks{Claim: ui.claimMarker, Move: ui.dragMarker, End: ui.dropMarker}
	ui.cards.edit = ui.editForm
	ui.tour.stop()
	ui.showEdited()
	if ui.open.site == nil {
		ui.openCard(ui.ds.Overview)
	} else {
		ui.showCard()
	}
	ui.offerRecovery()
}

// leaveEdit shows the cards again, with the content as edited (saved or not).
func (ui *mainUI) leaveEdit() {
	m := &ui.editing
	if !m.on {
		return
	}
	m.on, m.armed = false, false
	ui.mapView.OnTap = m.tap
	ui.mapView.Drag = mapview.DragHooks{}
	ui.cards.edit = nil
	ui.replaceData(m.ed.Dataset())
}

// editDone is the form's Done: it leaves edit mode, asking first when edits are unsaved
// (unsaved, they stay on the map until the app closes, which asks again).
func (ui *mainUI) editDone() {
	ui.askUnsaved(T("edit.unsavedDone"), T("edit.notNow"), nil, ui.leaveEdit)
}

// editForm is what the card's place shows for s in edit mode: the editor's form.
func (ui *mainUI) editForm(s *data.Site) fyne.CanvasObject {
	m := &ui.editing
	if m.panel == nil || m.panel.Lang() != ui.lang {
		m.panel = editor.New(m.ed, ui.lang, editor.Hooks{
			Changed:   ui.showEdited,
			Save:      func() { ui.saveEdits() },
			Done:      ui.editDone,
			AddPlace:  func() { m.armed = true; m.panel.SetStatus(T("edit.tapToAdd")) },
			Delete:    ui.deletePlace,
			Tour:      ui.editTour,
			Bundle:    ui.bundleDialog,
			PickPhoto: ui.pickPhoto,
			Publish:   ui.publishHook(),
		})
	}
	if m.panel.Shown() != s.ID {
		m.panel.Show(s.ID)
	}
	return m.panel.Root
}

// showEdited puts the content as edited on the map without rebuilding the window (the
// form being typed into stays): markers, the open place, the tour.
func (ui *mainUI) showEdited() {
	ui.editChanged()
	ds := ui.editing.ed.Dataset()
	open := ""
	if ui.open.site != nil {
		open = ui.open.site.ID
	}
	ui.markers.edited(ds, edit.Diff(ui.ds, ds).Places)
	ui.ds = ds
	if s := ds.Site(open); s != nil {
		ui.open.site = s
		if !s.IsOverview() {
			ui.markers.setSelected(s.ID)
		}
	} else if open != "" {
		ui.open.site = ds.Overview
	}
	ui.tour.reset()
	ui.updateMarkers()
}

// saveEdits writes the edits and says how it went: in the form when it is shown, else
// (a failure only) in the problem banner. It reports whether everything was written.
func (ui *mainUI) saveEdits() bool {
	m := &ui.editing
	inForm := m.on && m.panel != nil
	files, err := m.ed.Save()
	if err != nil {
		if inForm {
			m.panel.SetStatus(style.TData("edit.saveFailed", map[string]any{"Err": err.Error()}))
		} else {
			ui.notices.problems.show(err)
		}
		return false
	}
	m.dir = m.ed.Dir()
	if inForm && len(files) == 0 {
		m.panel.SetStatus(T("edit.noChanges"))
	} else if inForm {
		m.panel.SetStatus(style.TData("edit.saved", map[string]any{"Files": strings.Join(files, ", ")}))
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
	if s := ui.open.site; s != nil && !s.IsOverview() {
		layer = s.Layer
	} else if len(ui.ds.Layers) > 0 {
		layer = ui.ds.Layers[0].ID
	}
	draft := m.ed.NewPlace(layer, p)
	m.panel.ShowNew(draft, func(id string) {
		if s := ui.ds.Site(id); s != nil {
			ui.openCard(s)
		}
	})
	ui.cards.showObject(m.panel.Root)
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
		ui.over.tooltip.showText(s.Name.In(ui.lang), pos)
	}
}

// dropMarker moves the dragged place to where the marker was let go.
func (ui *mainUI) dropMarker(pos fyne.Position) {
	m := &ui.editing
	id := m.dragged
	m.dragged = ""
	ui.over.tooltip.hide()
	if id == "" {
		return
	}
	p := ui.mapView.Viewport().Unproject(ui.mapView.PixelAt(pos))
	if err := m.ed.Move(id, p); err != nil {
		ui.notices.problems.show(err)
		return
	}
	ui.showEdited()
	if s := ui.ds.Site(id); s != nil {
		m.panel = nil // the district and path may have changed: fill the form again
		ui.openCard(s)
	}
}

// deletePlace deletes a place after the user said yes.
func (ui *mainUI) deletePlace(id string) {
	m := &ui.editing
	s := m.ed.Dataset().Site(id)
	if s == nil || s.IsOverview() {
		return
	}
	msg := style.TData("edit.confirmDelete", map[string]any{"Name": s.Name.In(ui.lang)})
	m.confirm(msg, func() {
		if err := m.ed.Delete(id); err != nil && !errors.Is(err, edit.ErrNoPlace) {
			m.panel.SetStatus(err.Error())
			return
		}
		ui.showEdited()
		m.panel.Show("")
		ui.openCard(ui.ds.Overview)
	})
}
