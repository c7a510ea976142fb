package app

import (
	"log"
	"sync"

	"ningbomap/data"
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
		ui.replaceData(ds)
		ui.notices.problems.showFrom("reload", err)
	})
}

// replaceData shows a new dataset, keeping the map's position, the layers switched off,
// the layers users brought and the open card where its place still exists.
func (ui *mainUI) replaceData(ds *data.Dataset) {
	open := ""
	if ui.open.site != nil {
		open = ui.open.site.ID
	}
	feature := ui.open.feature
	ui.useDataset(ds)
	ui.tour.reset()
	if ui.kiosk != nil {
		ui.kiosk.rebuildAttractLoop()
	}
	ui.build()
	switch s := ds.Site(open); {
	case feature != nil:
		ui.showFeature(*feature)
	case s != nil:
		ui.openCard(s)
	default:
		ui.closeCard()
	}
	ui.updateMarkers()
}

// useDataset makes ds the content on the map: its markers, with the same layers switched
// off and the layers users brought.
func (ui *mainUI) useDataset(ds *data.Dataset) {
	hidden := ui.markers.hidden
	ui.ds = ds
	ui.markers = newMarkerLayer(ds)
	ui.markers.hidden = hidden
	ui.markers.users = ui.users.list
	ui.markers.reindex()
}
