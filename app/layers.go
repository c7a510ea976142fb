package app

import (
	"fyne.io/fyne/v2"

	"ningbomap/app/inset"
	"ningbomap/app/legend"
	"ningbomap/crs"
	"ningbomap/geo"
)

// The layer panel (app/legend) asks; this file answers: which layers show, the basemap,
// the tile package and the rows of the layers users brought.

// newLegend makes the layer panel for the current content and language.
func (ui *mainUI) newLegend() *legend.Panel {
	h := legend.Host{
		Act:      ui.userAction,
		Hidden:   func(id string) bool { return ui.markers.hidden[id] },
		SetLayer: ui.setLayerVisible,
		Basemap:  legend.Switch{On: ui.markers.basemap, Set: ui.setBasemap},
		Inset:    ui.setInsetLeft,
		Moved:    ui.overlaysChanged,
	}
	if tb := ui.users.tiles; tb != nil {
		h.Tiles = &legend.Switch{On: tb.Shown(), Set: ui.setTilesVisible, Text: ui.tilesSwitchText()}
	}
	if ui.kiosk == nil && ui.win != nil { // a kiosk opens no file dialogs
		h.Add, h.Export = ui.openLayerDialog, ui.exportKMLDialog
	}
	// Folded where it would hide much of the map: narrow windows, and kiosks (where a
	// visitor opens it with one tap).
	if c := ui.canvas(); ui.kiosk != nil || (c != nil && c.Size().Width > 0 && c.Size().Width < sidePanelMinWindow) {
		h.Folded, h.Fixed = true, ui.kiosk != nil
	}
	lg := legend.New(ui.ds, ui.lang, h)
	for _, u := range ui.users.list {
		lg.AddUser(ui.userRow(u))
	}
	return lg
}

// userRow is the legend's row of a user layer.
func (ui *mainUI) userRow(u *userLayer) legend.UserRow {
	r := legend.UserRow{Key: u, Colour: u.colour, Title: u.title(), Count: len(u.layer.Features),
		Shown:    legend.Switch{On: !u.hidden, Set: func(on bool) { ui.setUserVisible(u, on) }},
		Names:    legend.Switch{On: u.names, Set: func(on bool) { ui.setUserNames(u, on) }},
		Remove:   func() { ui.removeUserLayer(u) },
		Encoding: u.layer.Encoding, Lang: ui.lang, Frame: u.layer.CRS}
	if u.path != "" {
		r.Reread = func(enc string) { ui.loadLayerFileAs(u.path, enc, u.layer.CRS, u) }
		r.Reframe = func(f crs.Frame) { ui.loadLayerFileAs(u.path, u.layer.Encoding, f, u) }
	}
	return r
}

// setLayerVisible switches a layer's places on or off: the markers, the tour and, when
// its place is open, the card follow.
func (ui *mainUI) setLayerVisible(id string, on bool) {
	if ui.markers.hidden[id] == !on {
		return
	}
	ui.markers.setHidden(id, !on)
	ui.tour.reset(ui.lang)
	if t := ui.state.target; t.place() && !ui.markers.visibleSite(t.site) {
		ui.close()
		return
	}
	ui.updateMarkers()
}

// setBasemap switches the districts basemap (and the names of areas and waters).
func (ui *mainUI) setBasemap(on bool) {
	ui.markers.basemap = on
	ui.updateLabels()
	ui.updateMarkers()
}

// setInsetLeft keeps what the map centres clear of the open layer panel, width units wide
// (0 when folded); refit fits the overview again when the map shows it.
func (ui *mainUI) setInsetLeft(width float32, refit bool) {
	m := ui.mapView
	home, vp := m.HomeView(), m.Viewport()
	atHome := refit && home.Center == vp.Center && home.Zoom == vp.Zoom
	m.InsetLeft = width
	if atHome {
		m.Overview()
	}
}

// insetKeep is what the locator inset keeps clear of in a map view: the selected place
// and the open layer panel (units from the map's top left).
func (ui *mainUI) insetKeep(vp geo.Viewport) []inset.Box {
	var keep []inset.Box
	if t := ui.state.target; t.place() {
		x, y := vp.Project(t.site.Point)
		sc := ui.mapView.Scale()
		r := float32(3 * placeMarkerRadius)
		keep = append(keep, inset.Box{X0: float32(x)/sc - r, Y0: float32(y)/sc - r, X1: float32(x)/sc + r, Y1: float32(y)/sc + r})
	}
	if lg := ui.legend; lg != nil && lg.Object.Visible() {
		d := fyne.CurrentApp().Driver()
		p := d.AbsolutePositionForObject(lg.Object).Subtract(d.AbsolutePositionForObject(ui.mapView))
		s := lg.Object.Size()
		keep = append(keep, inset.Box{X0: p.X, Y0: p.Y, X1: p.X + s.Width, Y1: p.Y + s.Height})
	}
	return keep
}
