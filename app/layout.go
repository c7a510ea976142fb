package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/searchbar"
	"ningbomap/app/style"
	"ningbomap/data"
)

// build (re)creates every widget that depends on the language or the content and puts
// the window together:
//
//	top bar:   title | search field, places | A–, A+, tour, language, picture, visitors, edit (kiosk: the exit corner's room)
//	middle:    map (+ inset, tooltip, layer panel, zoom buttons, tour bar, scale bar,
//	           search results, problem banner, loading bar, place list, on-screen keyboard)
//	           | card (side panel or bottom sheet)
//	bottom:    credits line
//	over all:  the kiosk's screens; the visitors dashboard, when open
//
// It shows no card: the caller opens what should be open (open), once the content is
// built. The map widget is kept.
func (ui *mainUI) build() {
	defer ui.guard.selfUpdate()()
	ui.legend = ui.newLegend()
	ui.notices.problems.Relabel() // made once, as the loading bar: its problems stay
	ui.search = searchbar.New(ui.ds, ui.lang, searchbar.Host{
		Choose:    func(s *data.Site) { ui.openPlace(s, true) },
		Act:       ui.userAction,
		Input:     ui.noteInput,
		Canvas:    ui.canvas(),
		Shortcut:  ui.searchShortcut,
		Focused:   ui.visitors.searchFocused,
		Changed:   ui.visitors.searchChanged,
		Dismissed: ui.visitors.closeKeyboard,
	})
	ui.visitors.build()

	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), ui.userAction(func() { ui.mapView.ZoomBy(1) }))
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), ui.userAction(func() { ui.mapView.ZoomBy(-1) }))
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), ui.userAction(ui.home))
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
	ui.over.chrome = []fyne.CanvasObject{ui.legend.Object, controls, ui.mapView.ScaleBar(), tourBar, ui.over.inset, ui.visitors.kb, ui.visitors.panel}
	mapLayers := container.NewStack(
		ui.mapView,
		ui.over.inset.Layer,
		ui.over.tooltip.Layer,
		container.NewBorder(nil, container.NewVBox(tourBar, container.NewBorder(nil, nil, ui.mapView.ScaleBar(), nil, layout.NewSpacer())),
			container.NewVBox(ui.legend.Object), container.NewVBox(layout.NewSpacer(), controls, layout.NewSpacer()),
			container.NewBorder(container.NewVBox(ui.visitors.home, ui.notices.problems.Object,
				container.NewHBox(ui.notices.progress.Object)), nil, nil, nil, layout.NewSpacer())),
		ui.visitors.overlay(),
	)
	main := ui.cards.reset(mapLayers)

	title := canvas.NewText(locale.T("app.name"), theme.Color(theme.ColorNameForeground))
	title.TextSize = 20
	title.TextStyle.Bold = true
	langBtn := widget.NewButton(locale.T("lang.switch"), ui.userAction(ui.toggleLanguage))
	tourBtn := widget.NewButtonWithIcon(locale.T("tour.start"), theme.MediaPlayIcon(), ui.userAction(ui.startTour))
	actions := container.NewHBox(append(ui.visitors.sizeButtons(), style.TallButton(tourBtn), style.TallButton(langBtn))...)
	if ui.kiosk == nil { // a kiosk saves no files
		exportBtn := widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), ui.userAction(ui.savePicture))
		actions.Add(style.TouchTarget(exportBtn))
		if ui.win != nil { // a picture opens no dashboard, and keeps the top bar it had
			actions.Add(style.TallButton(ui.visitorsButton()))
		}
		actions.Add(style.TallButton(ui.editButton()))
	} else {
		actions.Add(layout.NewSpacer())
		t := style.Size(style.Touch)
		actions.Add(container.NewGridWrap(fyne.NewSize(t*1.5, t))) // the exit corner's room
	}
	topBar := container.New(topBarLayout{}, container.NewPadded(title),
		container.NewBorder(nil, nil, nil, ui.visitors.placesButton(), container.NewPadded(ui.search.Entry)), actions)
	topBg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF})

	ui.root.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewStack(topBg, topBar), attrBar, nil, nil, main)}
	if ui.kiosk != nil {
		ui.root.Objects = append(ui.root.Objects, ui.kiosk.build())
	}
	ui.layVisitors()
	ui.root.Refresh()
	ui.updateLabels()
	if vp := ui.mapView.Viewport(); vp.Width > 0 {
		ui.legend.Fit(float32(vp.Width) / ui.mapView.Scale())
	}
}

// canvas is the window's canvas; nil for a picture.
func (ui *mainUI) canvas() fyne.Canvas {
	if ui.win == nil {
		return nil
	}
	return ui.win.Canvas()
}
