package app

import (
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/dialog"
)

// savePicture saves the current view, with the open card, at twice the screen's
// resolution into the user's pictures folder and says where.
func (ui *mainUI) savePicture() {
	if ui.win == nil {
		return
	}
	size := ui.win.Canvas().Size()
	site := ""
	if ui.open.site != nil {
		site = ui.open.site.ID
	}
	vp := ui.mapView.Viewport()
	img, err := renderView(ui.ds, site, ui.lang, size, vp)
	if err == nil {
		var path string
		path, err = picturePath(time.Now())
		if err == nil {
			if err = SavePNG(img, path); err == nil {
				dialog.ShowInformation(T("export.title"), TData("export.saved", map[string]any{"Path": path}), ui.win)
				return
			}
		}
	}
	dialog.ShowError(err, ui.win)
}

// picturePath is a new file name in the user's pictures folder (or home, or the
// working directory).
func picturePath(t time.Time) (string, error) {
	dir := os.Getenv("XDG_PICTURES_DIR")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, "Pictures")
		}
	}
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return filepath.Join(dir, "ningbomap-"+t.Format("20060102-150405")+".png"), nil
}
