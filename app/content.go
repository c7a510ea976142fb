package app

import (
	"log"
	"sync"

	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/watch"
)

// dataFolder is the --data folder: its layer files are read again whenever they change,
// and a file that breaks keeps its last good version on the map while the banner names
// the problem.
type dataFolder struct {
	dir      string
	lastGood map[string][]byte
}

// loadDataFolder loads the embedded data with dir's layers over it.
func loadDataFolder(dir string) (*data.Dataset, *dataFolder, error) {
	ds, good, err := data.Reload(dir, nil)
	return ds, &dataFolder{dir: dir, lastGood: good}, err
}

// watchData follows the data folder and reloads on every change (debounced by watch).
// The returned function stops the watch and waits until its goroutines have ended, so
// no reload reaches the UI after it returns; it may be called more than once.
func (ui *mainUI) watchData(f *dataFolder) (stop func()) {
	// The editor's own saves are not reloaded (the map already shows them).
	var opt watch.Options
	if ui.editing.own != nil {
		opt.Ignore = ui.editing.own.Owns
	}
	w, err := watch.New(f.dir, opt)
	if err != nil {
		log.Printf("data folder %s will not be watched: %v", f.dir, err)
		return func() {}
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for range w.Changes() {
			ui.reloadData(f)
		}
	}()
	go func() {
		defer wg.Done()
		for err := range w.Errors() {
			log.Printf("watching %s: %v", f.dir, err)
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			_ = w.Close() // ends both channels
			wg.Wait()
		})
	}
}

// reloadData reads the folder again (off the UI goroutine) and puts the result on screen.
func (ui *mainUI) reloadData(f *dataFolder) {
	// lastGood belongs to the goroutine that reloads (the watcher's), so a quick second
	// change already builds on the first.
	ds, good, err := data.Reload(f.dir, f.lastGood)
	f.lastGood = good
	ui.async.post(func() {
		defer ui.recoverPanic()
		ui.replaceData(ds, ui.state.target.in(ds))
		ui.notices.problems.ShowFrom("reload", err)
	})
}

// The content (the places, their layers and stories) changes on a reload of the data
// folder, with every edit in edit mode, when edit mode ends and when a bundle is opened.
// Each goes through setContent (editContent for the editor's changes) and then opens what
// was open, in the new content, through open (open.go): the same operations for all.

// setContent makes ds the content on the map: the markers (indexed once, keeping the
// layers switched off, the basemap switch, the layers users brought and the selection)
// and the tour. The card is not touched: the caller opens what should be open in ds.
func (ui *mainUI) setContent(ds *data.Dataset) {
	ui.ds = ds
	ui.markers = newMarkerLayer(ds, ui.markers.markerSettings, ui.countIndex)
	ui.tour.reset(ui.lang)
}

// editContent makes ds, the content after edits, the content on the map, as setContent
// does, but keeps the marker layer: the markers of the places the edits changed
// (edit.Diff) are updated where they are, and the places clustered again only when one of
// them moved, came, went or changed layer, theme or place in the tour.
func (ui *mainUI) editContent(ds *data.Dataset) {
	ui.markers.edited(ds, edit.Diff(ui.ds, ds).Places)
	ui.ds = ds
	ui.tour.reset(ui.lang)
}

// replaceData shows a new dataset, rebuilt, keeping the map's position, the layers
// switched off and the layers users brought, and opens t: what was open, in ds
// (target.in), after a reload or an edit; nothing after a fleet switch.
func (ui *mainUI) replaceData(ds *data.Dataset, t target) {
	ui.setContent(ds)
	if ui.kiosk != nil {
		ui.kiosk.rebuildAttractLoop(ds, ui.lang)
	}
	ui.build()
	ui.open(t)
}
