package basemap

import "sync/atomic"

// coalesced returns a function, safe to call from any goroutine, that has redraw run on
// the UI goroutine (through post) once for any number of calls made before it runs: many
// tiles arriving at once ask for one redraw.
func coalesced(post func(func()), redraw func()) func() {
	var pending atomic.Bool // a redraw was asked for and not yet made
	return func() {
		if pending.CompareAndSwap(false, true) {
			post(func() {
				pending.Store(false)
				redraw()
			})
		}
	}
}
