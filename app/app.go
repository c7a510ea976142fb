// Package app is everything on screen: the Fyne application, the map widget and its
// overlays. It is the only package that imports Fyne.
package app

import (
	"image/color"
	"log"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"ningbomap/data"
	"ningbomap/geo"
)

// AppID is the application id, as in FyneApp.toml.
const AppID = "cn.ningbo.partybuilding.storymap"

// Options are the settings the command line gives.
type Options struct {
	Lang    data.Lang // UI language
	Width   float32   // initial window size; 0 means 1280×800
	Height  float32
	DataDir string // optional folder extending the embedded data
}

// Run opens the window and blocks until it is closed.
func Run(opts Options) error {
	if err := SetLanguage(opts.Lang); err != nil {
		log.Printf("translations: %v", err)
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(iconResource)
	a.Settings().SetTheme(newMapTheme())

	ds, err := loadData(opts.DataDir)
	if ds == nil {
		return err
	}
	if err != nil {
		log.Printf("data problems (the rest is loaded):\n%v", err)
	}

	w := a.NewWindow(T("app.title"))
	ui := newMainUI(ds, opts.Lang)
	w.SetContent(ui.content)
	if opts.Width <= 0 || opts.Height <= 0 {
		opts.Width, opts.Height = 1280, 800
	}
	w.Resize(fyne.NewSize(opts.Width, opts.Height))
	w.SetMaster()
	w.ShowAndRun()
	ui.mapView.Close()
	return nil
}

// loadData loads the embedded data, extended by dir when given.
func loadData(dir string) (*data.Dataset, error) {
	if dir != "" {
		return data.LoadDir(dir)
	}
	return data.LoadEmbedded()
}

// mainUI holds the window's widgets.
type mainUI struct {
	ds      *data.Dataset
	lang    data.Lang
	mapView *MapView
	labels  *districtLabels
	content fyne.CanvasObject
}

func newMainUI(ds *data.Dataset, l data.Lang) *mainUI {
	ui := &mainUI{ds: ds, lang: l}
	r := geo.NewRenderer()
	r.SetBackground(seaColour)
	polys := make([]orb.MultiPolygon, 0, len(ds.Districts))
	var home orb.Bound
	for i, d := range ds.Districts {
		polys = append(polys, d.Geometry)
		if i == 0 {
			home = d.Geometry.Bound()
		} else {
			home = home.Union(d.Geometry.Bound())
		}
	}
	r.SetPolygons("districts", polys, geo.Style{Fill: landColour, Stroke: districtBorder, StrokeWidth: 1.2})
	ui.mapView = NewMapView(r, home)
	ui.labels = newDistrictLabels(ds.Districts, l)
	ui.mapView.OnViewChanged = ui.labels.place

	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { ui.mapView.ZoomBy(1) })
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { ui.mapView.ZoomBy(-1) })
	home1 := widget.NewButtonWithIcon("", theme.HomeIcon(), ui.mapView.Overview)
	for _, b := range []*widget.Button{zoomIn, zoomOut, home1} {
		b.Importance = widget.HighImportance
	}
	controls := container.NewVBox(
		touchTarget(zoomIn), touchTarget(zoomOut), touchTarget(home1),
	)

	attribution := canvas.NewText(T("map.attribution"), color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xFF})
	attribution.TextSize = 12
	attrBar := container.NewStack(canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xD8}), container.NewPadded(attribution))

	mapStack := container.NewStack(
		ui.mapView,
		ui.labels.layer,
		container.NewBorder(nil, nil, nil, container.NewVBox(layout.NewSpacer(), controls, layout.NewSpacer()), layout.NewSpacer()),
	)
	ui.content = container.NewBorder(nil, attrBar, nil, nil, mapStack)
	return ui
}

// touchTarget wraps a button so that it is at least 48×48.
func touchTarget(b *widget.Button) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(48, 48), b)
}
