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
	"github.com/paulmach/orb"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/resources"
)

// mainUI is the window's content: the map with its overlays, the top bar and the card.
// Everything language-dependent is rebuilt by build; the map widget and its render loop
// live as long as the window.
type mainUI struct {
	ds      *data.Dataset
	lang    data.Lang
	win     fyne.Window // nil when rendering without a window
	instant bool        // no animations (picture rendering, tests)

	mapView *MapView
	markers *markerLayer
	labels  *districtLabels
	tooltip *tooltip
	flight  *fyne.Animation
	// flyingHome: the flight under way ends on the overview.
	flyingHome bool

	selected *data.Site // the open card's place (the overview too), nil when closed
	basemap  bool       // the district layer is shown
	tour     *tourControl
	now      func() time.Time // the clock (tests set their own)

	kiosk     *kioskMode // nil unless in kiosk mode
	startLang data.Lang  // the language the app started in
	usage     usageLog   // where card opens and dwell times go; never nil
	opened    time.Time  // when the open card was opened (for dwell times)
	panics    int        // panics recovered in callbacks
	quiet     bool       // the UI is changing itself: callbacks are not a person's input

	users    []*userLayer // layers users brought (--layer, drop, add)
	userSeq  int          // numbers user layers (their colours)
	feature  *featureRef  // the open feature card's feature, nil when none
	progress *progressBar
	problems *problemBanner
	spawn    func(func()) // runs slow work off the UI goroutine (go f(); tests run it inline)
	post     func(func()) // hands work back to the UI goroutine (fyne.Do; tests run it inline)

	// Rebuilt with the language:
	root      *fyne.Container
	split     *splitLayout
	cardSlot  *fyne.Container
	card      *cardView // built with the language, refilled for each place
	legend    *legend
	search    *searchBar
	mapLayers *fyne.Container
	scaleBar  *scaleBar
}

// newMainUI makes the UI for win (nil when drawing a picture). post hands finished map
// frames to the UI goroutine: fyne.Do in the app; nil means frames are only drawn with
// RenderNow (pictures). Its widgets are made by build, once the caller has set what they
// depend on (kiosk mode).
func newMainUI(ds *data.Dataset, l data.Lang, win fyne.Window, post func(func())) *mainUI {
	ui := &mainUI{ds: ds, lang: l, win: win, basemap: true, now: time.Now, startLang: l, usage: noUsage{},
		spawn: func(f func()) { go f() }, post: fyne.Do}
	r := geo.NewRenderer()
	r.SetBackground(seaColour)
	// Marker icons in the embedded CJK font, cluster counts in Fyne's bold Latin font.
	if g, err := geo.NewFontGlyphs(resources.Font, theme.DefaultTextBoldFont().Content()); err == nil {
		r.SetTextDrawer(g)
	}
	polys := make([]orb.MultiPolygon, 0, len(ds.Districts))
	for _, d := range ds.Districts {
		polys = append(polys, d.Geometry)
	}
	r.SetPolygons(layerDistricts, polys, geo.Style{Fill: landColour, Stroke: districtBorder, StrokeWidth: 1.2})
	ui.markers = newMarkerLayer(ds)
	ui.mapView = newMapView(r, homeBound(ds), post)
	ui.mapView.OnViewChanged = ui.viewChanged
	ui.mapView.OnTap = ui.tapped
	ui.mapView.OnHover = ui.hovered
	ui.mapView.OnInput = ui.mapInput
	ui.labels = newDistrictLabels(append([]data.District(nil), ds.Districts...), l)
	ui.tooltip = newTooltip()
	ui.root = container.NewStack()
	ui.tour = newTourControl(ui)
	ui.progress = newProgressBar()
	return ui
}

// layerDistricts is the renderer's id of the basemap layer.
const layerDistricts = "districts"

// homeBound is what the overview shows: the districts, or the places when there are none.
func homeBound(ds *data.Dataset) orb.Bound {
	var b orb.Bound
	first := true
	add := func(x orb.Bound) {
		if first {
			b, first = x, false
		} else {
			b = b.Union(x)
		}
	}
	for _, d := range ds.Districts {
		add(d.Geometry.Bound())
	}
	if first {
		for _, s := range ds.Sites {
			add(s.Point.Bound())
		}
	}
	if first {
		return orb.Bound{Min: orb.Point{120.9, 28.85}, Max: orb.Point{122.3, 30.4}}
	}
	return b
}

// build (re)creates every language-dependent widget and puts the content together.
func (ui *mainUI) build() {
	prevQuiet := ui.quiet
	ui.quiet = true
	defer func() { ui.quiet = prevQuiet }()
	ui.labels.setLang(ui.lang)
	ui.legend = newLegend(ui)
	ui.problems = newProblemBanner(ui)
	ui.search = newSearchBar(ui)
	ui.scaleBar = newScaleBar()

	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), ui.act(func() { ui.cancelFlight(); ui.mapView.ZoomBy(1) }))
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), ui.act(func() { ui.cancelFlight(); ui.mapView.ZoomBy(-1) }))
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), ui.act(ui.showOverview))
	for _, b := range []*widget.Button{zoomIn, zoomOut, home} {
		b.Importance = widget.HighImportance
	}
	controls := container.NewVBox(touchTarget(zoomIn), touchTarget(zoomOut), touchTarget(home))

	attribution := canvas.NewText(T("map.attribution"), color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xFF})
	attribution.TextSize = 12
	attrBar := container.NewStack(canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xE0}),
		container.NewHBox(container.NewPadded(attribution)))

	tourBar := ui.tour.build()
	ui.mapLayers = container.NewStack(
		ui.mapView,
		ui.labels.layer,
		ui.tooltip.layer,
		container.NewBorder(nil, container.NewVBox(tourBar, container.NewBorder(nil, nil, ui.scaleBar.object, nil, layout.NewSpacer())),
			container.NewVBox(ui.legend.object), container.NewVBox(layout.NewSpacer(), controls, layout.NewSpacer()),
			container.NewBorder(container.NewVBox(ui.search.results, ui.problems.object,
				container.NewHBox(ui.progress.object)), nil, nil, nil, layout.NewSpacer())),
	)
	ui.cardSlot = container.NewStack()
	ui.card = nil // rebuilt in the new language
	ui.split = &splitLayout{}
	main := container.New(ui.split, ui.mapLayers, ui.cardSlot)

	title := canvas.NewText(T("app.name"), theme.Color(theme.ColorNameForeground))
	title.TextSize = 20
	title.TextStyle.Bold = true
	langBtn := widget.NewButton(T("lang.switch"), ui.act(ui.toggleLanguage))
	tourBtn := widget.NewButtonWithIcon(T("tour.start"), theme.MediaPlayIcon(), ui.act(func() { ui.tour.start(false) }))
	actions := container.NewHBox(tall(tourBtn), tall(langBtn))
	if ui.kiosk == nil { // a kiosk saves no files
		exportBtn := widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), ui.act(ui.exportPicture))
		actions.Add(touchTarget(exportBtn))
	} else {
		actions.Add(layout.NewSpacer())
		actions.Add(container.NewGridWrap(fyne.NewSize(size(sizeTouch)*1.5, size(sizeTouch)))) // the exit corner's room
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
	ui.root.Refresh()
	ui.showCard()
	ui.updateMarkers()
	ui.updateTitle()
}

// viewChanged follows the map: labels, markers, scale bar, tooltip.
func (ui *mainUI) viewChanged(vp geo.Viewport) {
	ui.updateMarkers()
	if ui.scaleBar != nil {
		ui.scaleBar.update(vp)
	}
	ui.tooltip.hide()
}

// mapInput is any press, drag or scroll on the map: it stops a flight and pauses the tour,
// so the person at the map is in charge.
func (ui *mainUI) mapInput() {
	ui.noteInput()
	ui.cancelFlight()
	ui.tour.pause()
}

// updateMarkers recomputes markers and bubbles for the current view.
func (ui *mainUI) updateMarkers() {
	vp := ui.mapView.Viewport()
	ui.markers.compute(vp)
	ui.mapView.loop.stage(ui.markers.scene(ui.basemap))
	if ui.basemap {
		ui.labels.place(vp, ui.markers.obstacles(vp))
	} else {
		ui.labels.hideAll()
	}
	ui.mapView.loop.request(vp)
}

// tapped handles a tap on the map: a place opens its card, a bubble zooms in to split or
// lists its places when they cannot be separated.
func (ui *mainUI) tapped(pos fyne.Position) {
	defer ui.recoverPanic()
	ui.cancelFlight()
	vp := ui.mapView.Viewport()
	x, y := ui.mapView.PixelAt(pos)
	h, ok := ui.markers.at(vp, x, y, func(id string) (i int, found bool) {
		ui.mapView.loop.update(func(r *geo.Renderer) { i, found = r.PolygonAt(id, vp, x, y) })
		return i, found
	})
	if !ok {
		return
	}
	if h.site != nil {
		ui.selectSite(h.site, true)
		return
	}
	if h.feat != nil {
		ui.showFeature(*h.feat)
		return
	}
	c := *h.cluster
	if z, ok := ui.markers.expansionZoom(h, vp); ok && z <= maxZoom(vp) {
		target := vp
		target.Center = c.Point
		target.Zoom = max(z, vp.Zoom+1)
		ui.flyTo(target)
		return
	}
	if h.user == nil {
		ui.tooltip.showList(ui, ui.markers.leaves(c), pos)
	}
}

// hovered shows the name of the place under the mouse.
func (ui *mainUI) hovered(pos fyne.Position) {
	if ui.tooltip.list {
		return // a bubble's list of places stays until a tap, a move of the map or a card
	}
	if pos.X < 0 {
		ui.tooltip.hide()
		return
	}
	vp := ui.mapView.Viewport()
	x, y := ui.mapView.PixelAt(pos)
	h, ok := ui.markers.at(vp, x, y, nil) // polygons would wait for the renderer
	switch {
	case !ok:
		ui.tooltip.hide()
	case h.site != nil:
		ui.tooltip.showText(h.site.Name.In(ui.lang), pos)
	case h.feat != nil:
		ui.tooltip.showText(h.feat.name(), pos)
	case h.user != nil:
		ui.tooltip.showText(h.user.title()+" · "+itoa(h.cluster.Count), pos)
	default:
		names := ""
		for i, s := range ui.markers.leaves(*h.cluster) {
			if i > 0 {
				names += "、"
			}
			names += s.Name.In(ui.lang)
		}
		ui.tooltip.showText(names, pos)
	}
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

func maxZoom(vp geo.Viewport) float64 {
	_, hi := vp.ZoomLimits()
	return hi
}
