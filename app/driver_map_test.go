package app

import (
	"fyne.io/fyne/v2"

	"ningbomap/app/inset"
	"ningbomap/app/overlay"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/importer"
)

// What lies on and over the map besides the places' markers, and what the app's start
// (its flags, its data folder) puts there.

// bubbles are the bubbles on the map, each standing for the places clustered in it.
func (tu *testUI) bubbles() []geo.Cluster { return tu.ui.markers.bubbles }

// inset is the inset of the whole city in a corner of the map.
func (tu *testUI) inset() *inset.Inset { return tu.ui.over.inset }

// tooltip is the tooltip over the map, or the list of a bubble's places.
func (tu *testUI) tooltip() *overlay.Tooltip { return tu.ui.over.tooltip }

// bubbleList is the list of places a tap on a bubble that cannot split shows by pos.
func (tu *testUI) bubbleList(sites []*data.Site, pos fyne.Position) {
	tu.ui.showPlaceList(sites, pos)
}

// credits is the credits line under the map.
func (tu *testUI) credits() string { return tu.ui.notices.credits.Text }

// basemapProblem is a problem the tile basemap met while drawing, shown in the banner as
// the app shows it (from the tiles' workers, on the UI goroutine).
func (tu *testUI) basemapProblem(err error) { tu.ui.notices.problems.ShowFrom("basemap", err) }

// useBasemap puts the tile package tb under the map, as --basemap does at the start.
func (tu *testUI) useBasemap(tb underlay) {
	tu.ui.users.tiles = tb
	tu.mapView().Update(tb.Install)
	tu.ui.updateLabels()
}

// readLayersIn makes frame the coordinate frame every layer file is read in (--crs).
func (tu *testUI) readLayersIn(frame crs.Frame) { tu.ui.users.frame = frame }

// addReadLayer adds a layer already read to the map and the layer panel, leaving the
// map where it is (benchmarks read the file once, outside the measure).
func (tu *testUI) addReadLayer(l *importer.Layer) { tu.ui.addUserLayer(newUserLayer(l, 0), false) }

// watch watches the data folder f for changes, as the app does from its start with
// --data; stop ends it.
func (tu *testUI) watch(f *dataFolder) (stop func()) { return tu.ui.watchData(f) }
