package app

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"ningbomap/atomicfile"
	"ningbomap/internal/procstart"
)

// tracing is on when NINGBOMAP_TRACE=1: the app then prints timing events to standard
// output, one per line ("trace: first-frame 412.0ms", "trace: card tengtou 12.3ms"), for
// the end-to-end test, `make memory` and anyone measuring a slow machine.
var tracing = os.Getenv("NINGBOMAP_TRACE") == "1"

// With NINGBOMAP_PPROF set, the heap profile samples every 4 KB allocated rather than
// every 512 KB, so that its breakdown adds up to the heap.
func init() {
	if os.Getenv("NINGBOMAP_PPROF") != "" {
		runtime.MemProfileRate = 4096
	}
}

func trace(format string, args ...any) {
	if tracing {
		fmt.Printf("trace: "+format+"\n", args...)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// traceFirstFrame prints "trace: first-frame 412.0ms": the time from the process's start
// (as the kernel recorded it, so loading the binary and its libraries counts) to the
// first map frame handed to the window.
func traceFirstFrame() {
	trace("first-frame %s", ms(procstart.Since()))
	traceMemory()
	stopStartProfile()
}

// startProfile, with NINGBOMAP_CPUPROFILE=FILE, profiles the CPU from Run's start to the
// first frame into FILE (go tool pprof -top FILE): what the start spends its time on.
var startProfile struct {
	sync.Once
	f *os.File
}

func beginStartProfile() {
	p := os.Getenv("NINGBOMAP_CPUPROFILE")
	if p == "" {
		return
	}
	f, err := os.Create(p)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		log.Printf("cpu profile: %v", err)
		return
	}
	startProfile.f = f
}

func stopStartProfile() {
	startProfile.Do(func() {
		if startProfile.f != nil {
			pprof.StopCPUProfile()
			startProfile.f.Close()
		}
	})
}

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

// traceExit, when tracing or when NINGBOMAP_PPROF names a file, reports on the heap as
// the window closes (Fyne closes it on an interrupt too): "trace: final memory inuse 38.2
// sys 60.1 live 30.5 idle 9.0 stacks 1.2 runtime 8.0" (MB: live is the heap after a
// collection, idle the free heap not yet given back, runtime the collector's and
// allocator's own) and, with NINGBOMAP_PPROF, a
// heap profile in that file for `go tool pprof`. `make memory` uses both.
func traceExit() {
	profile := os.Getenv("NINGBOMAP_PPROF")
	if !tracing && profile == "" {
		return
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	trace("final memory inuse %.1f sys %.1f live %.1f idle %.1f stacks %.1f runtime %.1f",
		float64(m.HeapInuse)/1e6, float64(m.Sys-m.HeapReleased)/1e6, float64(after.HeapAlloc)/1e6,
		float64(m.HeapIdle-m.HeapReleased)/1e6, float64(m.StackSys)/1e6,
		float64(m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys)/1e6)
	if profile == "" {
		return
	}
	var b bytes.Buffer
	err := pprof.WriteHeapProfile(&b)
	if err == nil {
		err = atomicfile.WriteFile(profile, b.Bytes(), 0o644)
	}
	if err != nil {
		log.Printf("heap profile: %v", err)
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
