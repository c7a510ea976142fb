package app

import (
	"sync"
	"time"
)

// tickInterval is how often the tour (and the kiosk's idle watch) looks at the clock.
const tickInterval = 200 * time.Millisecond

// startTicks calls ui.tick on the UI goroutine every tickInterval until the returned
// function is called; that function waits for the ticking goroutine to end and may be
// called more than once.
func (ui *mainUI) startTicks() (stop func()) {
	done := make(chan struct{})
	ended := make(chan struct{})
	var once sync.Once
	go func() {
		defer close(ended)
		t := time.NewTicker(tickInterval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ui.async.post(func() { ui.tick(ui.now()) })
			}
		}
	}()
	return func() {
		once.Do(func() { close(done) })
		<-ended
	}
}

// tick advances what runs by the clock.
func (ui *mainUI) tick(now time.Time) {
	defer ui.recoverPanic()
	ui.traceCounts(now, false)
	quiet.observe(now, ui.mapView.Frames())
	ui.keepRecovery(now)
	ui.tour.tick(now)
	if ui.kiosk != nil {
		if ui.tour.playing() {
			ui.kiosk.input() // a guided tour under way means someone is watching it
		}
		ui.kiosk.tick(now)
	}
}
