package e2e

import (
	"strings"
	"testing"
	"time"
)

// Memory bounds after every card has been opened. The Go runtime's share must stay within
// goMaxMB. The whole process is bounded by maxRSSMB: under Xvfb with Mesa's software
// OpenGL (llvmpipe), a bare Fyne window of the same size already takes ~146 MB (libLLVM
// alone maps 55 MB), so this bound catches leaks rather than measuring the app alone.
const (
	goMaxMB  = 150
	maxRSSMB = 320
)

// TestE2EMeasure reports how long the first frame takes from process start, how long
// each card takes to open, and the resident memory after opening every card (which must
// stay under maxRSSMB). The times are measurements for the notes, not pass marks: speed
// is judged by benchmarks (go test -bench ./app/ ./geo/).
func TestE2EMeasure(t *testing.T) {
	requireX(t)
	a := start(t, []string{"LANG=zh_CN.UTF-8", "NINGBOMAP_TRACE=1"}, "--size", "1920x1000")
	first := a.waitLine("trace: first-frame", 30*time.Second)
	t.Logf("first frame %.0f ms after process start", float64(first.at.Microseconds())/1000)
	t.Logf("resident memory at start: %.1f MB", a.rssMB())

	opened := map[string]bool{}
	var goSys float64
	for i := 0; i < 15; i++ {
		xdo(t, "key", "--window", a.win, "Next")
		l := a.waitLine("trace: card ", 10*time.Second)
		f := strings.Fields(l.text)
		if len(f) == 4 {
			opened[f[2]] = true
			t.Logf("card %-16s built in %s", f[2], f[3])
		}
		var err error
		if _, goSys, err = parseMemoryLine(a.waitLine("trace: memory", 5*time.Second).text); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if len(opened) < 15 {
		t.Errorf("opened %d cards, want 15", len(opened))
	}
	time.Sleep(time.Second)
	rss := a.rssMB()
	t.Logf("resident memory after opening every card: %.1f MB", rss)
	t.Logf("Go runtime memory after the last card: %.1f MB", goSys)
	if goSys > goMaxMB {
		t.Errorf("Go runtime memory %.1f MB > %d MB", goSys, goMaxMB)
	}
	if rss > maxRSSMB {
		t.Errorf("resident memory %.1f MB > %d MB", rss, maxRSSMB)
	}
}
