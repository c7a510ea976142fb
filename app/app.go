package app

import (
	"log"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/app/card"
	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/kiosk"
	"ningbomap/photo"
	"ningbomap/resources"
	"ningbomap/usage"
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
	// BasemapCRS is the frame Basemap's tiles were cut in (crs.GCJ02: a Chinese web
	// map's; the map shifts them onto WGS 84).
	BasemapCRS crs.Frame
	// LayerCRS is the frame of the Layers files (crs.GCJ02: AMap, Tencent; crs.BD09:
	// Baidu); they are converted to WGS 84.
	LayerCRS crs.Frame
}

// firstFrameWait is how long Run waits for the map's first frame before Fyne's loop
// starts (and the window's first paint): a frame later than that is shown when it comes.
const firstFrameWait = time.Second

// Run opens the window and blocks until it is closed.
//
// The start does what it can side by side (a machine has two cores or more): the data
// loads, the basemap is prepared and drawn once at the view the window will likely open at
// (warmRenderer) while Fyne and the fonts are set up and the window is made; the map's
// first frame, which reuses that work, is drawn while the window's content is put
// together, and the card comes once that frame is on screen.
func Run(opts Options) error {
	beginStartProfile()
	limitMemory()
	if opts.DataDir == "" {
		// Once edited, the user's exhibition folder is what the app shows.
		opts.DataDir = defaultDataDir()
	}
	if opts.Width <= 0 || opts.Height <= 0 {
		opts.Width, opts.Height = 1280, 800
	}
	size := fyne.NewSize(opts.Width, opts.Height)
	type loaded struct {
		ds       *data.Dataset
		folder   *dataFolder
		err      error
		renderer *geo.Renderer // the basemap, drawn from ds
	}
	content := make(chan loaded, 1)
	go func() {
		var l loaded
		if opts.DataDir != "" {
			l.ds, l.folder, l.err = loadDataFolder(opts.DataDir)
		} else {
			l.ds, l.err = LoadData("")
		}
		if l.ds != nil {
			l.renderer = basemap.NewRenderer(l.ds)
			if !opts.Kiosk { // full screen, at a size and scale not known before the window is
				warmRenderer(l.renderer, l.ds, opts.Lang, opening{size: size, center: orb.Point{opts.View.Lon, opts.View.Lat}, zoom: opts.View.Zoom})
			}
		}
		content <- l
	}()
	if err := SetLanguage(opts.Lang); err != nil {
		log.Printf("translations: %v", err)
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	th, scale := windowTheme(opts)
	a.Settings().SetTheme(th)

	w := a.NewWindow(locale.T("app.title"))
	w.Resize(size)
	if opts.Kiosk {
		w.SetFullScreen(true)
	}
	// The window is made now, on this thread, while the data loads and Fyne parses the
	// theme's faces — with no system face for the locale: ours cover the text.
	locale.WhileFontsLoad(func() {
		faces := make(chan struct{})
		go func() {
			defer close(faces)
			style.LoadFaces()
		}()
		w.Show()
		<-faces
	})

	l := <-content
	ds, folder, err := l.ds, l.folder, l.err
	if ds == nil { // the embedded data is broken: nothing to show
		w.Close()
		return err
	}
	if err != nil {
		log.Printf("data problems (the rest is loaded):\n%v", err)
	}
	var ui *mainUI // the callbacks below run once it is made
	cfg := windowConfig{win: w, post: fyne.Do, dataDir: opts.DataDir, encoding: opts.Encoding,
		renderer: l.renderer}
	photos := photo.NewLoader(photo.LoaderOptions{})
	defer photos.Close()
	cfg.photos = card.Photos{Loader: photos, Post: fyne.Do}
	fleetw := newFleetWindow(&opts) // before the usage: a fleet kiosk counts into its folder
	if ul := openUsage(opts.UsageDir); ul != nil {
		cfg.usage = ul
		defer ul.Close()
	}
	// Closing the window, or the staff's exit from a kiosk, first offers to save edits.
	quit := func(then func()) func() { return func() { ui.closing(then) } }
	if opts.Kiosk {
		cfg.kiosk = &kioskSetup{cfg: opts.Config, statePath: kiosk.StatePath(), quit: quit(a.Quit)}
	}
	tiles, tileErr := openTiles(opts, float64(w.Canvas().Scale()), basemap.Borders(ds), fyne.Do, func() { ui.mapView.Redraw() },
		func(err error) { ui.notices.problems.ShowFrom("basemap", err) })
	cfg.tiles = tiles
	cfg.visitors = visitorSetup{cfg: opts.Config, touch: opts.Kiosk, scale: scale}
	ui = newMainUI(ds, opts.Lang, cfg)
	ui.fleet = fleetw
	stopFleet := ui.runFleet()
	defer stopFleet()
	ui.visitors.applyTextScale()
	// The first frame shows the map; the overview's card follows once that frame is on
	// screen (unless a person opened something first). Its room is kept from the start,
	// so the map keeps its size when it comes.
	ui.cards.reserve()
	ui.mapView.OnFirstFrame = func() {
		traceFirstFrame() // timed from the process's start
		settleMemory()
		afterPaint(func() {
			if ui.state.target.none() {
				ui.open(placeTarget(ds.Overview))
			}
		})
	}
	ui.mapView.Smooth = true
	if ui.kiosk != nil {
		ui.kiosk.installLockdown(w)
	} else {
		w.SetCloseIntercept(quit(w.Close))
	}
	if opts.View.Zoom > 0 { // taken at the map's first layout
		ui.mapView.ShowView(orb.Point{opts.View.Lon, opts.View.Lat}, opts.View.Zoom)
	}
	// Setting the content lays it out at passing sizes first: the map draws no frame
	// until it has the window's.
	ui.mapView.Hold()
	w.SetContent(ui.root)
	ui.mapView.Resume()
	if tileErr != nil {
		log.Printf("tile basemap: %v (the built-in basemap is shown)", tileErr)
		ui.notices.problems.Show(tileErr)
	}
	w.SetOnDropped(func(pos fyne.Position, uris []fyne.URI) {
		if !ui.droppedInEdit(uris) {
			ui.dropped(pos, uris)
		}
	})
	var stops []func() // each may be called more than once
	if folder != nil {
		ui.notices.problems.ShowFrom("reload", err)
		if !ui.fleetOwns(folder.dir) {
			stops = append(stops, ui.watchData(folder))
		}
	}
	ui.users.frame = opts.LayerCRS
	for _, p := range opts.Layers {
		ui.loadLayerFile(p)
	}
	stops = append(stops, ui.startTicks(), ui.mapView.Close, ui.closeTiles, stopFleet)
	stopAll := func() {
		for _, stop := range stops {
			stop()
		}
	}
	// The window's first paint shows the map: its frame is waited for (off this thread,
	// it is drawn while the rest above was done), unless it is slow to come.
	select {
	case <-ui.mapView.Drawn():
	case <-time.After(firstFrameWait):
	}
	// Stop the clock, the folder watch and the render loop, and wait for them, while
	// Fyne's loop still runs: after it, fyne.Do runs callbacks on the calling goroutine,
	// and a frame or a data swap must not reach the UI then.
	a.Lifecycle().SetOnStopped(stopAll)
	w.SetMaster()
	a.Run()
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
