package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"ningbomap/app/basemap"
	"ningbomap/app/card"
	"ningbomap/app/inset"
	"ningbomap/app/legend"
	"ningbomap/app/mapview"
	"ningbomap/app/overlay"
	"ningbomap/app/searchbar"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/kiosk"
	"ningbomap/watch"
)

// mainUI is the window's content and the coordination between its parts: the map widget
// with the places' markers and labels, the card, the legend, the search, the tour bar and,
// in a kiosk, its screens. The parts do not know each other or mainUI: each is given what
// it needs (a Host, a small interface) and asks mainUI for the rest. What is open changes
// only through open (open.go). Everything language-dependent is rebuilt by build
// (layout.go); the map widget and its render loop live as long as the window.
type mainUI struct {
	ds   *data.Dataset
	lang data.Lang
	win  fyne.Window      // nil when drawing a picture
	now  func() time.Time // the clock (tests set their own)

	state windowState // what is open, the mode (state.go)

	mapView *mapview.MapView
	markers *markerLayer // the places and user layers' points, as markers and bubbles
	over    mapOverlays  // what lies over the map: tooltip, inset, panels

	cards    *cardPane // where the card goes
	tour     *tourControl
	kiosk    *kioskMode    // nil unless in kiosk mode
	usage    usageLog      // where card opens and dwell times go; never nil
	users    userLayers    // layers and a tile basemap users brought (--layer, drop, add, --basemap)
	guard    inputGuard    // input from a person, and panics in callbacks
	editing  editMode      // the edit mode, and the editor once opened
	visitors *visitorTools // the on-screen keyboard, the list of places, the text size
	async    async         // how slow work leaves and comes back to the UI goroutine
	counts   counts        // what the window did (open.go)

	fleet fleetWindow // a kiosk's part in a fleet, the visitors dashboard, publishing (fleetwindow.go)

	// Rebuilt with the language and the content (build):
	root    *fyne.Container
	legend  *legend.Panel
	search  *searchbar.Bar
	notices notices // the problem banner and the loading bar
}

// windowConfig is what a window (or a picture) is made with besides its content and
// language. The zero value draws a picture: no window, frames drawn with RenderNow.
type windowConfig struct {
	win   fyne.Window  // the window; nil for a picture
	post  func(func()) // hands finished map frames to the UI goroutine (fyne.Do); nil: pictures
	async async        // slow work off the UI goroutine and back; zero: goroutines and fyne.Do
	now   func() time.Time
	usage usageLog
	// instant makes flights jump (pictures, tests).
	instant bool
	photos  card.Photos // where the cards' photos come from; none without a Loader
	tiles   underlay    // a tile package under the map (--basemap…), or nil
	kiosk   *kioskSetup // kiosk mode, or nil
	// visitors is the configuration of the on-screen keyboard, the list and the text size.
	visitors visitorSetup
	dataDir  string // the data folder the editor saves into ("" for edit.DefaultDir())
	// encoding is the text encoding --encoding names for the layers users bring.
	encoding string
	// renderer is the map's renderer with the basemap (basemap.NewRenderer); nil: made here.
	renderer *geo.Renderer
}

// kioskSetup is a kiosk's configuration (validated), where its count of wrong PINs is kept
// ("" in memory) and what ends the app after the right PIN.
type kioskSetup struct {
	cfg       kiosk.Config
	statePath string
	quit      func()
}

// newMainUI makes the window's content for ds in language l: the one constructor of the
// window and of pictures (render.go). What opens first is the caller's to say (home, or
// open).
func newMainUI(ds *data.Dataset, l data.Lang, cfg windowConfig) *mainUI {
	ui := &mainUI{ds: ds, lang: l, win: cfg.win, now: cfg.now, usage: cfg.usage, async: cfg.async}
	if ui.now == nil {
		ui.now = time.Now
	}
	if ui.usage == nil {
		ui.usage = noUsage{}
	}
	if ui.async.spawn == nil {
		ui.async.spawn = func(f func()) { go f() }
	}
	if ui.async.post == nil {
		ui.async.post = fyne.Do
	}
	ui.markers = newMarkerLayer(ds, markerSettings{basemap: true}, ui.countIndex)
	if cfg.renderer == nil {
		cfg.renderer = basemap.NewRenderer(ds)
	}
	ui.mapView = mapview.NewWithPost(cfg.renderer, basemap.Home(ds), cfg.post)
	ui.mapView.SetBackground(basemap.Sea)
	ui.mapView.Instant = cfg.instant
	ui.mapView.OnViewChanged = ui.viewChanged
	ui.mapView.OnTap = ui.tapped
	ui.mapView.OnHover = ui.hovered
	ui.mapView.OnInput = ui.mapInput
	ui.over.tooltip = overlay.NewTooltip()
	ui.over.inset = inset.New(basemap.Districts(ds), basemap.Home(ds), inset.Host{
		Act: ui.userAction, FlyTo: ui.mapView.FlyTo, Keep: ui.insetKeep})
	ui.root = container.NewStack()
	ui.cards = &cardPane{split: &splitLayout{}, slot: container.NewStack(), photos: cfg.photos}
	ui.tour = newTourControl(ui, l)
	ui.notices.progress = overlay.NewProgress()
	ui.notices.problems = overlay.NewProblems(ui.userAction)
	ui.users.encoding = cfg.encoding
	ui.editing.dir = cfg.dataDir
	ui.editing.own = &watch.Own{}
	if cfg.tiles != nil {
		ui.users.tiles = cfg.tiles
		ui.mapView.Update(cfg.tiles.Install)
	}
	if k := cfg.kiosk; k != nil {
		ui.kiosk = newKioskMode(ui, ds, l, k.cfg, k.statePath, k.quit)
	}
	ui.visitors = newVisitorTools(ui, cfg.visitors)
	ui.build()
	if ui.win != nil {
		ui.installKeys(ui.win.Canvas())
	}
	return ui
}

// countIndex counts a marker index built.
func (ui *mainUI) countIndex() { ui.counts.indexes++ }

// async runs slow work off the UI goroutine and hands results back to it.
type async struct {
	spawn func(func()) // runs slow work off the UI goroutine (go f(); tests run it inline)
	post  func(func()) // hands work back to the UI goroutine (fyne.Do; tests run it inline)
}

// background runs work off the UI goroutine, then done on it.
func (ui *mainUI) background(work, done func()) {
	ui.async.spawn(func() {
		work()
		ui.async.post(done)
	})
}

// notices are the banners over the map that tell of files (problems and loading), and
// the credits line under it.
type notices struct {
	problems *overlay.Problems
	progress *overlay.Progress
	credits  *canvas.Text
}

// mapOverlays are what lies over the map.
type mapOverlays struct {
	tooltip *overlay.Tooltip
	inset   *inset.Inset        // the whole city, in a corner of the map
	chrome  []fyne.CanvasObject // panels and buttons over the map (rebuilt with the language): no map name goes under them
}
