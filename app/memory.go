package app

import (
	"os"
	"runtime/debug"
	"sync"
	"time"
)

// memoryLimit is the Go heap's soft limit (unless GOMEMLIMIT says otherwise): a kiosk runs
// for days, and garbage from flights and cards should go back to the system soon.
const memoryLimit = 128 << 20

// gcPercent is the collector's GOGC once the first frame shows (unless GOGC says
// otherwise): a collection when the heap has grown by a quarter of what was live, not by
// all of it. Most of the live heap is parsed fonts, the basemap and the frame on screen,
// which stay, and the map's frames are recycled, so garbage comes mostly from opening
// cards: the collector runs about once a card, and the heap stays near what is live.
const gcPercent = 25

// startGCPercent is the collector's GOGC until then: the start makes a burst of garbage
// (decoded data, the basemap's JSON, parsing buffers) that settleMemory gives back at
// once; collecting it as it grows, a quarter at a time, would only slow the start.
const startGCPercent = 400

var settleOnce sync.Once

// gcFromEnv is set when GOGC says how the collector runs.
var gcFromEnv = os.Getenv("GOGC") != ""

func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if !gcFromEnv {
		debug.SetGCPercent(startGCPercent)
	}
}

// settleMemory, called once the first frame is on screen, sets the collector's pace for
// the rest of the run and collects the start's garbage off the UI goroutine, giving its
// pages back to the system at once, rather than over minutes.
func settleMemory() {
	settleOnce.Do(func() {
		if !gcFromEnv {
			debug.SetGCPercent(gcPercent)
		}
		go debug.FreeOSMemory()
	})
}

// quietAfter is how long the map must stay still before the garbage of the last burst of
// use (cards opened, flights, searches) is collected and its pages given back.
const quietAfter = 3 * time.Second

// quietMemory watches the map's frame count from the UI goroutine's tick. Once the map has
// been still for quietAfter after moving, it collects and returns free pages to the system
// once, off the UI goroutine: what a kiosk holds while it waits between visitors is what is
// live, not the high-water mark of the last visit. The runtime would give the pages back
// by itself, but over minutes.
type quietMemory struct {
	frames  int       // the map's frame count at the last change
	changed time.Time // when it last changed
	settled bool      // collected since the last change
	collect func()    // debug.FreeOSMemory, on its own goroutine
}

// quiet is the UI goroutine's watch (only tick touches it).
var quiet = quietMemory{settled: true, collect: func() { go debug.FreeOSMemory() }}

// observe is called on every tick with the map's frame count.
func (q *quietMemory) observe(now time.Time, frames int) {
	if frames != q.frames {
		q.frames, q.changed, q.settled = frames, now, false
		return
	}
	if !q.settled && now.Sub(q.changed) >= quietAfter {
		q.settled = true
		q.collect()
	}
}
