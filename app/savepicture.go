package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2/dialog"

	"ningbomap/app/locale"
)

// savePicture saves the current view, with the open card, at twice the screen's
// resolution as a new file in the user's pictures folder and says where. The content is
// laid out here; drawing it (seconds at 2×) and writing the PNG happen off the UI
// goroutine, with the loading bar showing meanwhile.
func (ui *mainUI) savePicture() {
	if ui.win == nil {
		return
	}
	site := ""
	if s := ui.state.target.site; s != nil {
		site = s.ID
	}
	view := composeView(ui.ds, site, ui.lang, ui.win.Canvas().Size(), ui.mapView.Viewport())
	ui.notices.progress.Begin(locale.T("export.saving"))
	stamp := time.Now()
	ui.async.spawn(func() {
		img := view.capture()
		ui.async.post(func() { ui.notices.progress.Set(2, 3) }) // drawn; the PNG follows
		path := ""
		dir, err := picturesDir()
		if err == nil {
			path, err = saveNewPNG(img, dir, pictureName(stamp))
		}
		ui.async.post(func() {
			ui.notices.progress.Done()
			if err != nil {
				dialog.ShowError(err, ui.win)
				return
			}
			dialog.ShowInformation(locale.T("export.title"), locale.TData("export.saved", map[string]any{"Path": path}), ui.win)
		})
	})
}

// pictureName names the pictures saved at t: ningbomap-20240701-093000.png, then -2, -3…
// for more in the same second.
func pictureName(t time.Time) func(n int) string {
	base := "ningbomap-" + t.Format("20060102-150405")
	return func(n int) string {
		if n <= 1 {
			return base + ".png"
		}
		return fmt.Sprintf("%s-%d.png", base, n)
	}
}
