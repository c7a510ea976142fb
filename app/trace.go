package app

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

// tracing is on when NINGBOMAP_TRACE=1: the app then prints timing events to standard
// output, one per line ("trace: first-frame", "trace: card tengtou 12.3ms"), for the
// end-to-end test and for anyone measuring a slow machine.
var tracing = os.Getenv("NINGBOMAP_TRACE") == "1"

func trace(format string, args ...any) {
	if tracing {
		fmt.Printf("trace: "+format+"\n", args...)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// traceMemory prints the Go runtime's memory figures: "trace: memory inuse 61.3 sys 91.1"
// (MB; sys is what the Go runtime holds from the system).
func traceMemory() {
	if !tracing {
		return
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	trace("memory inuse %.1f sys %.1f", float64(m.HeapInuse)/1e6, float64(m.Sys-m.HeapReleased)/1e6)
}

// memoryLimit is the Go heap's soft limit (unless GOMEMLIMIT says otherwise): a kiosk runs
// for days, and garbage from flights and cards should go back to the system soon.
const memoryLimit = 128 << 20

func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// countsEvery is how often the running counts are traced.
const countsEvery = 10 * time.Second

// lastCounts is when the counts were last traced (by the UI goroutine's tick).
var lastCounts time.Time

// traceCounts prints "trace: frames=N panics=N" (frames put on screen and panics
// recovered since start) every countsEvery, or at once when force is set (at exit).
func (ui *mainUI) traceCounts(now time.Time, force bool) {
	if !tracing || (!force && now.Sub(lastCounts) < countsEvery) {
		return
	}
	lastCounts = now
	trace("frames=%d panics=%d", ui.mapView.Frames(), ui.guard.panics)
}
