package app

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"ningbomap/app/editor"
	"ningbomap/app/locale"
	"ningbomap/bundle"
	"ningbomap/edit"
)

// editTour shows the tour order as a list to drag places in.
func (ui *mainUI) editTour() {
	m := &ui.editing
	list := editor.NewTourList(m.ed, ui.lang, ui.showEdited)
	if ui.win == nil {
		return
	}
	d := dialog.NewCustom(locale.T("edit.tourTitle"), locale.T("edit.done"), container.NewGridWrap(fyne.NewSize(360, 520), list.Root), ui.win)
	d.Show()
}

// photoExtensions are the image files a photo may be.
var photoExtensions = []string{".jpg", ".jpeg", ".png", ".webp"}

// pickPhoto asks for an image file and adds it to place id.
func (ui *mainUI) pickPhoto(id string) {
	if ui.win == nil {
		return
	}
	ui.chooseFile(photoExtensions, func(path string) { _ = ui.editing.panel.AddPhoto(path) })
}

// droppedInEdit adds image files dropped on the window to the place being edited; it
// reports whether it took the drop (other files go to the map as layers).
func (ui *mainUI) droppedInEdit(uris []fyne.URI) bool {
	m := &ui.editing
	if !ui.state.editing || m.panel == nil {
		return false
	}
	took := false
	for _, u := range uris {
		if slices.Contains(photoExtensions, strings.ToLower(filepath.Ext(u.Path()))) {
			_ = m.panel.AddPhoto(u.Path())
			took = true
		}
	}
	return took
}

// bundleDialog writes the data folder as one bundle file (open false) or installs a
// bundle into it and shows its content (open true).
func (ui *mainUI) bundleDialog(open bool) {
	if ui.win == nil {
		return
	}
	if !open {
		ui.chooseOutput("exhibition.zip", ui.saveBundle)
		return
	}
	ui.chooseFile([]string{".zip"}, ui.openBundle)
}

// saveBundle saves the edits and writes the data folder as the bundle out.
func (ui *mainUI) saveBundle(out string) {
	m := &ui.editing
	if m.ed.Dirty() || !m.ed.Created() {
		ui.saveEdits()
	}
	if err := bundle.Write(m.ed.Dir(), out); err != nil {
		m.panel.SetStatus(err.Error())
		return
	}
	m.panel.SetStatus(locale.TData("edit.bundleSaved", map[string]any{"File": out}))
}

// openBundle installs the bundle zip into the data folder (the current content stays
// unless the bundle is wholly valid) and edits what it brought.
func (ui *mainUI) openBundle(zip string) {
	m := &ui.editing
	dir := m.ed.Dir()
	if err := bundle.Install(zip, dir); err != nil {
		m.panel.SetStatus(err.Error())
		return
	}
	ed, err := edit.Open(dir, edit.Options{Record: m.own.Record})
	if ed == nil {
		m.panel.SetStatus(err.Error())
		return
	}
	m.ed, m.dir, m.panel = ed, dir, nil
	ui.showEditedAt(placeTarget(ed.Dataset().Overview))
	m.panel.SetStatus(locale.TData("edit.bundleOpened", map[string]any{"Dir": dir}))
}

// defaultDataDir is the folder the app edits when started without --data: the user's
// exhibition folder once the first edit has made it, else "" (the embedded content).
func defaultDataDir() string {
	dir := edit.DefaultDir()
	if dir == "" {
		return ""
	}
	if !hasLayers(dir) {
		return ""
	}
	return dir
}

// hasLayers reports whether dir holds layer files.
func hasLayers(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*.geojson"))
	return len(m) > 0
}
