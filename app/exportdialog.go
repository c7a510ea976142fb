package app

import (
	"ningbomap/export"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// exportKMLDialog saves the places, their cards and the tour as KML for Google Earth
// (or, for a name ending in .geojson, the places as GeoJSON).
func (ui *mainUI) exportKMLDialog() {
	if ui.win == nil || ui.kiosk != nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ui.notices.problems.show(err)
			return
		}
		if w == nil {
			return
		}
		if strings.HasSuffix(strings.ToLower(w.URI().Name()), ".geojson") {
			err = export.GeoJSON(w, export.Places(ui.ds))
		} else {
			err = export.KML(w, ui.ds, ui.lang)
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			ui.notices.problems.show(err)
			return
		}
		dialog.ShowInformation(T("export.title"), TData("export.saved", map[string]any{"Path": w.URI().Path()}), ui.win)
	}, ui.win)
	d.SetFileName("ningbo-party-building.kml")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".kml", ".geojson"}))
	d.Show()
}
