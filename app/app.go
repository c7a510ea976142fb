// Package app is the Fyne application: it opens the window and coordinates what is on
// it — the map widget (app/mapview) with the places' markers and labels, the card
// (app/card), the legend, the search, the tour bar and, in a kiosk, the kiosk's screens
// (app/kioskview). Only app and its sub-packages import Fyne.
package app

import (
	"log"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"ningbomap/app/card"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/kiosk"
	"ningbomap/photo"
	"ningbomap/resources"
	"ningbomap/usage"
	"ningbomap/watch"
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
	// Kiosk runs the map unattended (fullscreen, locked, attract loop) with Config,
	// which must have passed kiosk.Config.Validate.
	Kiosk  bool
	Config kiosk.Config
	// UsageDir is where usage counts go; "" for usage.DefaultDir(), "-" for nowhere.
	UsageDir string
	// Layers are files (GeoJSON, KML/KMZ, GPX, CSV) to show as extra layers.
	Layers []string
	// Encoding is the text encoding of the Layers files (importer.Encodings); "" detects it.
	Encoding string
	// Basemap is a tile package (MBTiles or PMTiles) to draw under the map; "" for the
	// configuration's, else one in DataDir, else none.
	Basemap string
	// Version is the app's version, for a fleet kiosk's status.
	Version string
}

// Run opens the window and blocks until it is closed.
func Run(opts Options) error {
	beginStartProfile()
	limitMemory()
	if err := SetLanguage(opts.Lang); err != nil {
		log.Printf("translations: %v", err)
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	th := style.NewTheme()
	if opts.Kiosk {
		// Touch sizes at 1080p: 48-unit targets become 60, card text 21, figures 37.
		th.Zoom = float32(opts.Config.Scale) * 1.25
	}
	a.Settings().SetTheme(th)

	var folder *dataFolder
	var ds *data.Dataset
	var err error
	if opts.DataDir == "" {
		// Once edited, the user's exhibition folder is what the app shows.
		opts.DataDir = defaultDataDir()
	}
	if opts.DataDir != "" {
		ds, folder, err = loadDataFolder(opts.DataDir)
	} else {
		ds, err = LoadData("")
	}
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
	ui.mapView.OnFirstFrame = func() {
		traceFirstFrame() // timed from the process's start
		settleMemory()
	}
	ui.mapView.Smooth = true
	photos := photo.NewLoader(photo.LoaderOptions{})
	defer photos.Close()
	ui.cards.photos = card.Photos{Loader: photos, Post: fyne.Do}
	ui.tour.onLap = func() { ui.logLap("guided") }
	ui.fleet = newFleetWindow(&opts)
	stopFleet := ui.runFleet()
	defer stopFleet()
	if ul := openUsage(opts.UsageDir); ul != nil {
		ui.usage = ul
		defer ul.Close()
	}
	// Closing the window, or the staff's exit from a kiosk, first offers to save edits.
	quit := func() { ui.askUnsaved(T("edit.unsavedClose"), T("edit.dontSave"), ui.discardRecovery, a.Quit) }
	if opts.Kiosk {
		ui.kiosk = newKioskMode(ui, opts.Config, kiosk.StatePath(), quit)
		ui.kiosk.installLockdown(w)
	} else {
		w.SetCloseIntercept(func() { ui.askUnsaved(T("edit.unsavedClose"), T("edit.dontSave"), ui.discardRecovery, w.Close) })
	}
	tileErr := ui.openTiles(opts)
	ui.build()
	w.SetContent(ui.root)
	if tileErr != nil {
		log.Printf("tile basemap: %v (the built-in basemap is shown)", tileErr)
		ui.notices.problems.show(tileErr)
	}
	ui.installKeys(w.Canvas())
	ui.editing.dir = opts.DataDir
	ui.editing.own = &watch.Own{}
	w.SetOnDropped(func(pos fyne.Position, uris []fyne.URI) {
		if !ui.droppedInEdit(uris) {
			ui.dropped(pos, uris)
		}
	})
	var stops []func() // each may be called more than once
	if folder != nil {
		ui.notices.problems.showFrom("reload", err)
		if !ui.fleetOwns(folder.dir) {
			stops = append(stops, ui.watchData(folder))
		}
	}
	ui.users.encoding = opts.Encoding
	for _, p := range opts.Layers {
		ui.loadLayerFile(p)
	}
	if opts.View.Zoom > 0 {
		ui.mapView.ShowView(orb.Point{opts.View.Lon, opts.View.Lat}, opts.View.Zoom)
		ui.openCard(ds.Overview)
	} else {
		ui.showOverview()
	}
	stops = append(stops, ui.startTicks(), ui.mapView.Close, ui.closeTiles, stopFleet)
	stopAll := func() {
		for _, stop := range stops {
			stop()
		}
	}
	// Stop the clock, the folder watch and the render loop, and wait for them, while
	// Fyne's loop still runs: after it, fyne.Do runs callbacks on the calling goroutine,
	// and a frame or a data swap must not reach the UI then.
	a.Lifecycle().SetOnStopped(stopAll)
	w.SetMaster()
	w.ShowAndRun()
	stopAll() // a no-op when the lifecycle already stopped them
	ui.traceCounts(time.Now(), true)
	traceExit()
	runtime.KeepAlive(ui) // the heap report above counts the UI as it was
	return nil
}

// openUsage opens the usage log in dir ("" for the default folder, "-" for none).
func openUsage(dir string) *usage.Log {
	if dir == "-" {
		return nil
	}
	if dir == "" {
		dir = usage.DefaultDir()
	}
	if dir == "" {
		return nil
	}
	l, err := usage.New(dir, usage.Options{})
	if err != nil {
		log.Printf("usage counts are off: %v", err)
		return nil
	}
	if n := l.TornLines(); n > 0 {
		log.Printf("usage counts: %d torn line(s) at the end of a file were dropped (a power cut while writing)", n)
	}
	return l
}

// LoadData loads the embedded data, extended by dir when given.
func LoadData(dir string) (*data.Dataset, error) {
	if dir != "" {
		return data.LoadDir(dir)
	}
	return data.LoadEmbedded()
}
