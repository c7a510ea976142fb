package app

import (
	"bytes"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"ningbomap/app/locale"
	"ningbomap/atomicfile"
	"ningbomap/export"
)

// exportKMLDialog saves the places, their cards and the tour as KML for Google Earth
// (or, for a name ending in .geojson, the places as GeoJSON).
//
// Both are encoded before the dialog opens: Fyne's save dialog opens (and empties) the
// chosen file before it calls back, so nothing may fail after that but the write itself,
// which goes to a temporary file renamed over the chosen one.
func (ui *mainUI) exportKMLDialog() {
	if ui.win == nil || ui.kiosk != nil {
		return
	}
	var kml, geojson bytes.Buffer
	if err := export.KML(&kml, ui.ds, ui.lang); err != nil {
		ui.notices.problems.Show(err)
		return
	}
	if err := export.GeoJSON(&geojson, export.Places(ui.ds)); err != nil {
		ui.notices.problems.Show(err)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ui.notices.problems.Show(err)
			return
		}
		if w == nil {
			return
		}
		content := kml.Bytes()
		if strings.HasSuffix(strings.ToLower(w.URI().Name()), ".geojson") {
			content = geojson.Bytes()
		}
		if w.URI().Scheme() == "file" {
			w.Close()
			err = atomicfile.WriteFile(w.URI().Path(), content, 0o644)
		} else {
			_, err = w.Write(content)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			ui.notices.problems.Show(err)
			return
		}
		dialog.ShowInformation(locale.T("export.title"), locale.TData("export.file_saved", map[string]any{"Path": w.URI().Path()}), ui.win)
	}, ui.win)
	d.SetFileName("ningbo-party-building.kml")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".kml", ".geojson"}))
	d.Show()
}
