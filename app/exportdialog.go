package app

import (
	"bytes"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"ningbomap/app/locale"
	"ningbomap/atomicfile"
	"ningbomap/export"
)

// exportKMLDialog saves the places, their cards and the tour as KML for Google Earth
// (or, for a name ending in .geojson, the places as GeoJSON).
//
// Both are encoded before the dialog opens; the file chosen (chooseOutput: never one the
// window reads) is written whole or not at all, to a temporary file renamed over it.
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
	ui.chooseOutput("ningbo-party-building.kml", func(path string) {
		content := kml.Bytes()
		if strings.HasSuffix(strings.ToLower(path), ".geojson") {
			content = geojson.Bytes()
		}
		if err := atomicfile.WriteFile(path, content, 0o644); err != nil {
			ui.notices.problems.Show(err)
			return
		}
		dialog.ShowInformation(locale.T("export.title"), locale.TData("export.file_saved", map[string]any{"Path": path}), ui.win)
	})
}
