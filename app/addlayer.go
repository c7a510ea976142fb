package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"ningbomap/importer"
)

// layerExtensions are the files the add-layer dialog offers.
var layerExtensions = []string{".geojson", ".json", ".kml", ".kmz", ".gpx", ".csv"}

// openLayerDialog lets the user pick a file to add as a layer.
func (ui *mainUI) openLayerDialog() {
	if ui.win == nil || ui.kiosk != nil {
		return
	}
	ui.chooseFile(layerExtensions, ui.loadLayerFile)
}

// chooseFile asks for a file with one of the extensions and hands its path to use; a
// dialog that fails says why in the problem banner.
func (ui *mainUI) chooseFile(extensions []string, use func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ui.notices.problems.Show(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		use(path)
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter(extensions))
	d.Show()
}

// dropped adds the files dropped on the window as layers (not in a kiosk).
func (ui *mainUI) dropped(_ fyne.Position, uris []fyne.URI) {
	defer ui.recoverPanic()
	if ui.kiosk != nil {
		return
	}
	for _, u := range uris {
		if u.Scheme() != "file" {
			continue
		}
		p := u.Path()
		if !importer.Supported(p) && !strings.HasSuffix(strings.ToLower(p), ".json") {
			ui.notices.problems.Show(&importer.Error{File: p, Err: importer.ErrFormat})
			continue
		}
		ui.loadLayerFile(p)
	}
}
