package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/mapview"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/geo"
)

// mainUI is the window's content and the coordination between its parts: the map widget
// with the places' markers and labels, the card, the legend, the search, the tour bar and,
// in a kiosk, its screens. Everything language-dependent is rebuilt by build; the map
// widget and its render loop live as long as the window.
type mainUI struct {
	ds   *data.Dataset
	lang data.Lang
	win  fyne.Window      // nil when rendering without a window
	now  func() time.Time // the clock (tests set their own)

	mapView *mapview.MapView
	markers *markerLayer // the places and user layers' points, as markers and bubbles
	over    mapOverlays  // what lies over the map: tooltip, inset, panels

	open    cardContent // what the card shows
	cards   *cardPane   // where the card goes
	tour    *tourControl
	kiosk   *kioskMode // nil unless in kiosk mode
	usage   usageLog   // where card opens and dwell times go; never nil
	users   userLayers // layers and a tile basemap users brought (--layer, drop, add, --basemap)
	guard   inputGuard // input from a person, and panics in callbacks
	editing editMode   // the edit mode, and the editor once opened

	fleet fleetWindow // a kiosk's part in a fleet, the visitors dashboard, publishing

	// Rebuilt with the language:
	root    *fyne.Container
	legend  *legend
	search  *searchBar
	notices notices // the problem banner and the loading bar
	async   async   // how slow work leaves and comes back to the UI goroutine
}

// newMainUI makes the UI for win (nil when drawing a picture). post hands finished map
// frames to the UI goroutine: fyne.Do in the app; nil means frames are only drawn with
// RenderNow (pictures). Its widgets are made by build, once the caller has set what they
// depend on (kiosk mode).
func newMainUI(ds *data.Dataset, l data.Lang, win fyne.Window, post func(func())) *mainUI {
	ui := &mainUI{ds: ds, lang: l, win: win, now: time.Now, usage: noUsage{},
		async: async{spawn: func(f func()) { go f() }, post: fyne.Do}}
	ui.guard.ui = ui
	ui.markers = newMarkerLayer(ds)
	ui.mapView = mapview.NewWithPost(newBasemapRenderer(ds), homeBound(ds), post)
	ui.mapView.SetBackground(seaColour)
	ui.mapView.OnViewChanged = ui.viewChanged
	ui.mapView.OnTap = ui.tapped
	ui.mapView.OnHover = ui.hovered
	ui.mapView.OnInput = ui.mapInput
	ui.over.tooltip = newTooltip()
	ui.over.locator = newLocator(ui)
	ui.root = container.NewStack()
	ui.cards = &cardPane{split: &splitLayout{}, slot: container.NewStack()}
	ui.tour = newTourControl(ui)
	ui.notices.progress = newProgressBar()
	return ui
}

// build (re)creates every language-dependent widget and puts the content together.
func (ui *mainUI) build() {
	defer ui.guard.selfUpdate()()
	ui.legend = newLegend(ui)
	ui.notices.problems = newProblemBanner(ui)
	ui.search = newSearchBar(ui)

	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), ui.userAction(func() { ui.mapView.ZoomBy(1) }))
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), ui.userAction(func() { ui.mapView.ZoomBy(-1) }))
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), ui.userAction(ui.showOverview))
	for _, b := range []*widget.Button{zoomIn, zoomOut, home} {
		b.Importance = widget.HighImportance
	}
	controls := container.NewVBox(style.TouchTarget(zoomIn), style.TouchTarget(zoomOut), style.TouchTarget(home))

	attribution := canvas.NewText(ui.attribution(), color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xFF})
	attribution.TextSize = 12
	ui.notices.credits = attribution
	attrBar := container.NewStack(canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xE0}),
		container.NewHBox(container.NewPadded(attribution)))

	tourBar := ui.tour.build()
	ui.over.chrome = []fyne.CanvasObject{ui.legend.object, controls, ui.mapView.ScaleBar(), tourBar, ui.over.locator}
	mapLayers := container.NewStack(
		ui.mapView,
		ui.over.locator.layer,
		ui.over.tooltip.layer,
		container.NewBorder(nil, container.NewVBox(tourBar, container.NewBorder(nil, nil, ui.mapView.ScaleBar(), nil, layout.NewSpacer())),
			container.NewVBox(ui.legend.object), container.NewVBox(layout.NewSpacer(), controls, layout.NewSpacer()),
			container.NewBorder(container.NewVBox(ui.search.results, ui.notices.problems.object,
				container.NewHBox(ui.notices.progress.object)), nil, nil, nil, layout.NewSpacer())),
	)
	ui.cards.reset()
	main := container.New(ui.cards.split, mapLayers, ui.cards.slot)

	title := canvas.NewText(T("app.name"), theme.Color(theme.ColorNameForeground))
	title.TextSize = 20
	title.TextStyle.Bold = true
	langBtn := widget.NewButton(T("lang.switch"), ui.userAction(ui.toggleLanguage))
	tourBtn := widget.NewButtonWithIcon(T("tour.start"), theme.MediaPlayIcon(), ui.userAction(func() { ui.tour.start(false) }))
	actions := container.NewHBox(style.TallButton(tourBtn), style.TallButton(langBtn))
	if ui.kiosk == nil { // a kiosk saves no files
		exportBtn := widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), ui.userAction(ui.savePicture))
		actions.Add(style.TouchTarget(exportBtn))
		actions.Add(style.TallButton(ui.visitorsButton()))
		actions.Add(style.TallButton(ui.editButton()))
	} else {
		actions.Add(layout.NewSpacer())
		t := style.Size(style.Touch)
		actions.Add(container.NewGridWrap(fyne.NewSize(t*1.5, t))) // the exit corner's room
	}
	topBar := container.NewBorder(nil, nil,
		container.NewPadded(title),
		actions,
		container.NewPadded(ui.search.entry))
	topBg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF})

	ui.root.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewStack(topBg, topBar), attrBar, nil, nil, main)}
	if ui.kiosk != nil {
		ui.root.Objects = append(ui.root.Objects, ui.kiosk.build())
	}
	ui.layVisitors()
	ui.root.Refresh()
	ui.showCard()
	ui.updateLabels()
	ui.updateMarkers()
	ui.updateTitle()
}

// viewChanged follows the map: markers, labels, tooltip, the layer panel, the inset.
func (ui *mainUI) viewChanged(vp geo.Viewport) {
	if ui.legend != nil && vp.Width > 0 {
		ui.legend.fit(float32(vp.Width) / ui.mapView.Scale())
	}
	ui.over.locator.update(vp)
	ui.updateMarkers()
	ui.over.tooltip.hide()
}

// mapInput is any press, drag or scroll on the map (the map stops its own flight): it
// pauses the tour, so the person at the map is in charge.
func (ui *mainUI) mapInput() {
	ui.noteInput()
	ui.tour.pause()
}

// updateMarkers recomputes markers and bubbles for the current view.
func (ui *mainUI) updateMarkers() {
	vp := ui.mapView.Viewport()
	ui.markers.compute(vp)
	scene, covered := ui.markers.scene(), ui.coveredBoxes()
	ui.mapView.Stage(func(r *geo.Renderer) {
		scene(r)
		if lb := r.Labeller(); lb != nil {
			lb.SetCovered(covered)
		}
	})
	ui.mapView.Redraw()
}

// toggleLanguage switches between Chinese and English and rebuilds the UI.
func (ui *mainUI) toggleLanguage() {
	if ui.lang == data.Zh {
		ui.setLanguage(data.En)
	} else {
		ui.setLanguage(data.Zh)
	}
}

func (ui *mainUI) setLanguage(l data.Lang) {
	ui.lang = l
	_ = SetLanguage(l)
	ui.tour.t.SetLang(l)
	if ui.kiosk != nil {
		ui.kiosk.attract.Tour().SetLang(l)
	}
	ui.build()
}

// async runs slow work off the UI goroutine and hands results back to it.
type async struct {
	spawn func(func()) // runs slow work off the UI goroutine (go f(); tests run it inline)
	post  func(func()) // hands work back to the UI goroutine (fyne.Do; tests run it inline)
}

// notices are the banners over the map that tell of files (problems and loading), and
// the credits line under it.
type notices struct {
	problems *problemBanner
	progress *progressBar
	credits  *canvas.Text
}

// mapOverlays are what lies over the map.
type mapOverlays struct {
	tooltip *tooltip
	locator *locator            // the inset with the whole city, in a corner of the map
	chrome  []fyne.CanvasObject // panels and buttons over the map (rebuilt with the language): no map name goes under them
}
