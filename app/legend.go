package app

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/card"
	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/importer"
)

// legend is the layer list, which is also the legend: each theme's symbol, name and number
// of places, with a switch; and the basemap switch. It folds to a single button.
type legend struct {
	ui     *mainUI
	object *fyne.Container
	body   *fyne.Container
	users  *fyne.Container // rows of the layers users brought
	rows   map[*userLayer]fyne.CanvasObject
	open   bool
	chosen bool    // the panel was opened or folded by hand (or for a kiosk): fit leaves it
	fitW   float32 // the map width fit last saw
}

func newLegend(ui *mainUI) *legend {
	lg := &legend{ui: ui, open: true}
	// Folded where it would hide much of the map: narrow windows, and kiosks (where a
	// visitor opens it with one tap).
	if ui.kiosk != nil || (ui.win != nil && ui.win.Canvas().Size().Width < sidePanelMinWindow && ui.win.Canvas().Size().Width > 0) {
		lg.open = false
		lg.chosen = ui.kiosk != nil
	}
	rows := container.NewVBox()
	for _, l := range ui.ds.Layers {
		if l.Theme == data.ThemeOverview || len(l.Sites) == 0 {
			continue
		}
		rows.Add(lg.layerRow(l))
	}
	base := widget.NewCheck(locale.T("legend.basemap"), func(on bool) {
		ui.userAction(func() {
			ui.markers.basemap = on
			ui.updateLabels()
			ui.updateMarkers()
		})()
	})
	base.SetChecked(ui.markers.basemap)
	rows.Add(widget.NewSeparator())
	rows.Add(base)
	if ui.users.tiles != nil {
		tiles := widget.NewCheck(locale.T("legend.tiles"), nil)
		tiles.SetChecked(ui.users.tiles.on) // before OnChanged: setting it is no one's choice
		tiles.OnChanged = func(on bool) {
			ui.userAction(func() { ui.setTilesVisible(on) })()
		}
		rows.Add(tiles)
	}
	lg.users = container.NewVBox()
	lg.rows = map[*userLayer]fyne.CanvasObject{}
	for _, u := range ui.users.list {
		lg.addUser(u)
	}
	rows.Add(lg.users)
	if ui.kiosk == nil && ui.win != nil { // a kiosk opens no file dialogs
		add := widget.NewButtonWithIcon(locale.T("legend.add"), theme.ContentAddIcon(), ui.userAction(ui.openLayerDialog))
		add.Importance = widget.LowImportance
		add.Alignment = widget.ButtonAlignLeading
		rows.Add(style.TallButton(add))
		exp := widget.NewButtonWithIcon(locale.T("legend.export"), theme.DownloadIcon(), ui.userAction(ui.exportKMLDialog))
		exp.Importance = widget.LowImportance
		exp.Alignment = widget.ButtonAlignLeading
		rows.Add(style.TallButton(exp))
	}

	toggle := widget.NewButtonWithIcon(locale.T("legend.title"), theme.MenuIcon(), nil)
	toggle.Alignment = widget.ButtonAlignLeading
	toggle.Importance = widget.LowImportance
	lg.body = rows
	toggle.OnTapped = ui.userAction(func() {
		lg.open = !lg.open
		lg.chosen = true
		lg.apply()
		ui.overlaysChanged()
	})
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xEE})
	bg.CornerRadius = 10
	bg.StrokeColor = color.NRGBA{A: 0x30}
	bg.StrokeWidth = 1
	lg.object = container.NewStack(bg, container.NewPadded(container.NewVBox(style.TallButton(toggle), rows)))
	lg.apply()
	if vp := ui.mapView.Viewport(); vp.Width > 0 {
		lg.fit(float32(vp.Width) / ui.mapView.Scale())
	}
	return lg
}

// fit folds the panel when open it would cover more than a third of a map mapWidth
// units wide (narrow windows, and long English names on a laptop), and opens it where it
// would not, until a person opens or folds it. It keeps the overview fitted to the part
// of the map the panel leaves.
func (lg *legend) fit(mapWidth float32) {
	if lg.chosen || mapWidth <= 0 || mapWidth == lg.fitW {
		return
	}
	lg.fitW = mapWidth
	body := lg.body.Visible()
	lg.body.Show()
	open := !legendTooWide(lg.object.MinSize().Width, mapWidth)
	if !body {
		lg.body.Hide()
	}
	if open == lg.open {
		return
	}
	m := lg.ui.mapView
	home, vp := m.HomeView(), m.Viewport()
	atHome := home.Center == vp.Center && home.Zoom == vp.Zoom
	lg.open = open
	lg.apply()
	if atHome {
		m.Overview()
	}
}

// legendTooWide reports whether an open panel width units wide covers more than a third
// of a map mapWidth units wide.
func legendTooWide(width, mapWidth float32) bool { return width > mapWidth/3 }

func (lg *legend) apply() {
	if lg.open {
		lg.body.Show()
		lg.ui.mapView.InsetLeft = lg.object.MinSize().Width
	} else {
		lg.body.Hide()
		lg.ui.mapView.InsetLeft = 0
	}
	lg.object.Refresh()
}

// layerRow is one layer's switch with its marker symbol, name and count.
func (lg *legend) layerRow(l *data.Layer) fyne.CanvasObject {
	ui := lg.ui
	th := ui.ds.Theme(l.Theme)
	c := card.ThemeColour(th)
	dot := canvas.NewCircle(c)
	dot.StrokeColor = color.White
	dot.StrokeWidth = 2
	icon := ""
	if th != nil {
		icon = th.Icon
	}
	glyph := canvas.NewText(icon, color.White)
	glyph.TextSize = 14
	glyph.Alignment = fyne.TextAlignCenter
	symbol := container.NewGridWrap(fyne.NewSize(30, 30), container.NewStack(dot, container.NewCenter(glyph)))
	name := l.Name.In(ui.lang)
	if th != nil {
		name = th.Name.In(ui.lang)
	}
	check := widget.NewCheck(name+"  ("+strconv.Itoa(len(l.Sites))+")", func(on bool) {
		ui.userAction(func() { ui.setLayerVisible(l.ID, on) })()
	})
	check.SetChecked(!ui.markers.hidden[l.ID])
	return container.NewBorder(nil, nil, container.NewCenter(symbol), nil, check)
}

// setLayerVisible switches a layer's places on or off.
func (ui *mainUI) setLayerVisible(id string, on bool) {
	if ui.markers.hidden[id] == !on {
		return
	}
	ui.markers.hidden[id] = !on
	ui.markers.reindex()
	ui.tour.reset()
	ui.tour.refresh()
	if s := ui.open.site; s != nil && !s.IsOverview() && !ui.markers.visibleSite(s) {
		ui.closeCard()
	}
	ui.updateMarkers()
}

// addUser adds the row of a user layer: its colour, name and number of features, a
// switch and a remove button.
func (lg *legend) addUser(u *userLayer) {
	ui := lg.ui
	dot := canvas.NewCircle(u.colour)
	dot.StrokeColor = color.White
	dot.StrokeWidth = 2
	symbol := container.NewGridWrap(fyne.NewSize(30, 30), dot)
	check := widget.NewCheck(u.title()+"  ("+strconv.Itoa(len(u.layer.Features))+")", nil)
	check.SetChecked(!u.hidden)
	check.OnChanged = func(on bool) { ui.userAction(func() { ui.setUserVisible(u, on) })() }
	names := widget.NewCheck(locale.T("legend.names"), nil)
	names.SetChecked(u.names)
	names.OnChanged = func(on bool) { ui.userAction(func() { ui.setUserNames(u, on) })() }
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), ui.userAction(func() { ui.removeUserLayer(u) }))
	remove.Importance = widget.LowImportance
	indent := container.NewGridWrap(fyne.NewSize(30, 1))
	row := container.NewVBox(container.NewBorder(nil, nil, container.NewCenter(symbol), style.TouchTarget(remove), check),
		container.NewBorder(nil, nil, indent, nil, names))
	if enc := lg.encodingChoice(u); enc != nil {
		row.Add(container.NewBorder(nil, nil, indent, nil, enc))
	}
	lg.rows[u] = row
	lg.users.Add(row)
	lg.open = true
	lg.chosen = true
	lg.apply()
}

// removeUser removes a user layer's row.
func (lg *legend) removeUser(u *userLayer) {
	if row, ok := lg.rows[u]; ok {
		lg.users.Remove(row)
		delete(lg.rows, u)
	}
}

// encodingChoice is the menu of text encodings of a user layer read from text (CSV, KML,
// GPX, GeoJSON), showing the one it was read in; choosing another reads the file again.
// nil for layers with no text encoding of their own (KMZ archives).
func (lg *legend) encodingChoice(u *userLayer) fyne.CanvasObject {
	if u.layer.Encoding == "" || u.path == "" {
		return nil
	}
	ui := lg.ui
	choices := importer.Encodings()
	labels := make([]string, len(choices))
	current := ""
	for i, c := range choices {
		labels[i] = c.Label
		if ui.lang == data.Zh {
			labels[i] = c.LabelZh
		}
		if strings.EqualFold(c.Name, u.layer.Encoding) {
			current = labels[i]
		}
	}
	if current == "" { // an encoding the file declared that is not on the menu
		labels = append(labels, u.layer.Encoding)
		current = u.layer.Encoding
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelected(current) // before OnChanged: showing it is no one's choice
	sel.OnChanged = func(label string) {
		ui.userAction(func() {
			for i, l := range labels[:len(choices)] {
				if l == label && !strings.EqualFold(choices[i].Name, u.layer.Encoding) {
					ui.loadLayerFileAs(u.path, choices[i].Name, u)
				}
			}
		})()
	}
	return container.NewBorder(nil, nil, widget.NewLabel(locale.T("legend.encoding")), nil, sel)
}
