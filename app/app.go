// Package app is everything on screen: the Fyne application, the map widget, the cards,
// the legend and search. It is the only package that imports Fyne.
package app

import (
	"log"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"ningbomap/data"
)

// AppID is the application id, as in FyneApp.toml.
const AppID = "cn.ningbo.partybuilding.storymap"

// Options are the settings the command line gives.
type Options struct {
	Lang    data.Lang // UI language
	Width   float32   // initial window size; 0 means 1280×800
	Height  float32
	DataDir string // optional folder extending the embedded data
	// View, when Zoom > 0, is where the map starts instead of the overview.
	View struct {
		Lon, Lat, Zoom float64
	}
}

// Run opens the window and blocks until it is closed.
func Run(opts Options) error {
	limitMemory()
	if err := SetLanguage(opts.Lang); err != nil {
		log.Printf("translations: %v", err)
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(iconResource)
	a.Settings().SetTheme(newMapTheme())

	ds, err := LoadData(opts.DataDir)
	if ds == nil {
		return err
	}
	if err != nil {
		log.Printf("data problems (the rest is loaded):\n%v", err)
	}

	w := a.NewWindow(T("app.title"))
	if opts.Width <= 0 || opts.Height <= 0 {
		opts.Width, opts.Height = 1280, 800
	}
	w.Resize(fyne.NewSize(opts.Width, opts.Height))
	ui := newMainUI(ds, opts.Lang, w, fyne.Do)
	w.SetContent(ui.root)
	ui.installKeys(w.Canvas())
	if opts.View.Zoom > 0 {
		ui.mapView.ShowView(orb.Point{opts.View.Lon, opts.View.Lat}, opts.View.Zoom)
		ui.openCard(ds.Overview)
	} else {
		ui.showOverview()
	}
	stopTicks := ui.startTicks()
	w.SetMaster()
	w.ShowAndRun()
	stopTicks()
	ui.mapView.Close()
	return nil
}

// LoadData loads the embedded data, extended by dir when given.
func LoadData(dir string) (*data.Dataset, error) {
	if dir != "" {
		return data.LoadDir(dir)
	}
	return data.LoadEmbedded()
}
