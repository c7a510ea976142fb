package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestE2EKioskVisitors drives the real kiosk window as a visitor with no keyboard would,
// tapping with the mouse only: a tap on the search bar opens the on-screen keyboard;
// g-a-o-n-i tapped on its keys offers 高泥村; a tap on it opens its card and closes the
// keyboard. Then Places, a place under a theme, its card; A+ makes the text larger.
// Left alone, the idle reset closes the list and the keyboard and returns the text size
// to the staff's. The app prints where its keys and rows are (NINGBOMAP_TRACE=1); the
// test taps there.
func TestE2EKioskVisitors(t *testing.T) {
	requireX(t)
	cfg := kioskConfig(t, "idle_seconds = 10\ncountdown_seconds = 3\nlang = \"zh\"\n")
	a := start(t, []string{"NINGBOMAP_TRACE=1"}, "--config", cfg, "--usage-dir", "-")
	v := &visitor{a: a, at: map[string][2]int{}}
	v.wait("trace: first-frame", 30*time.Second)
	v.waitAt("search", 10*time.Second)

	// The search bar opens the keyboard; the letters go into the search.
	v.tap("search")
	v.wait("trace: keyboard open", 5*time.Second)
	v.waitAt("key 收起", 5*time.Second)
	save(t, "visitors-keyboard.png", screenshot(t))
	for _, k := range "gaoni" {
		v.tap("key " + string(k))
		time.Sleep(150 * time.Millisecond)
	}
	v.waitAt("result 高泥村", 5*time.Second)
	v.tryWait("trace: never", time.Second) // the list settles: its last positions
	save(t, "visitors-gaoni.png", screenshot(t))
	v.tap("result 高泥村")
	v.wait("trace: keyboard closed", 5*time.Second)
	v.wait("trace: card gaoni", 5*time.Second)
	if n := a.name(); !strings.Contains(n, "高泥村") {
		t.Errorf("window title %q after choosing 高泥村", n)
	}

	// Places: the list by theme; a tap on a place under the second theme opens it.
	v.tap("places")
	v.wait("trace: places open", 5*time.Second)
	v.waitAt("row zhaobaoshan", 5*time.Second)
	save(t, "visitors-places.png", screenshot(t))
	v.tap("row zhaobaoshan")
	v.wait("trace: places closed", 5*time.Second)
	v.wait("trace: card zhaobaoshan", 5*time.Second)

	// A+ twice: the largest step.
	v.waitAt("larger", 5*time.Second)
	v.tap("larger")
	v.wait("trace: text-scale 1.25", 5*time.Second)
	v.waitAt("larger", 5*time.Second)
	v.tap("larger")
	v.wait("trace: text-scale 1.50", 5*time.Second)
	time.Sleep(2 * time.Second) // the flight ends
	save(t, "visitors-larger.png", screenshot(t))

	// The list open, then nobody: the idle reset closes it and the text is as it was.
	v.waitAt("places", 5*time.Second)
	v.tap("places")
	v.wait("trace: places open", 5*time.Second)
	v.wait("trace: places closed", 25*time.Second)
	v.wait("trace: text-scale 1.00", 5*time.Second)
	v.wait("trace: visitors reset", 5*time.Second)

	// The keyboard open, then nobody: the reset closes it. (The attract loop runs now; a
	// tap hands over to the visitor.)
	v.waitAt("search", 10*time.Second)
	v.tap("search")
	if !v.tryWait("trace: keyboard open", 3*time.Second) {
		v.tap("search") // the first tap handed the attract loop over to the visitor
		v.wait("trace: keyboard open", 5*time.Second)
	}
	v.tap("key z")
	v.wait("trace: keyboard closed", 25*time.Second)
	v.wait("trace: visitors reset", 5*time.Second)
}

// visitor taps where the app says its parts are ("trace: at NAME X Y").
type visitor struct {
	a  *app
	at map[string][2]int // the last position printed of each part
}

// wait reads the app's output up to a line starting with prefix, noting positions.
func (v *visitor) wait(prefix string, timeout time.Duration) {
	v.a.t.Helper()
	if !v.tryWait(prefix, timeout) {
		save(v.a.t, "visitors-timeout.png", screenshot(v.a.t))
		v.a.t.Fatalf("no output line %q within %v", prefix, timeout)
	}
}

// waitAt waits until the app has printed where name is.
func (v *visitor) waitAt(name string, timeout time.Duration) {
	v.a.t.Helper()
	if _, ok := v.at[name]; ok {
		return
	}
	v.wait("trace: at "+name+" ", timeout)
}

// note keeps the position of "trace: at NAME X Y".
func (v *visitor) note(line string) {
	rest, ok := strings.CutPrefix(line, "trace: at ")
	if !ok {
		return
	}
	f := strings.Fields(rest)
	if len(f) < 3 {
		return
	}
	var x, y int
	if _, err := fmt.Sscan(f[len(f)-2], &x); err != nil {
		return
	}
	if _, err := fmt.Sscan(f[len(f)-1], &y); err != nil {
		return
	}
	v.at[strings.Join(f[:len(f)-2], " ")] = [2]int{x, y}
}

// tap clicks the middle of name (or of the one part whose name starts with name and a
// space: "result 高泥村" for "result 高泥村 · 象山县"), where the app last said it was.
func (v *visitor) tap(name string) {
	v.a.t.Helper()
	p, ok := v.at[name]
	if !ok {
		for k, q := range v.at {
			if strings.HasPrefix(k, name+" ") {
				p, ok = q, true
			}
		}
	}
	if !ok {
		v.a.t.Fatalf("the app has not said where %q is", name)
	}
	r := v.a.geometry(v.a.win)
	x, y := r.Min.X+p[0], r.Min.Y+p[1]
	if x >= r.Max.X || y >= r.Max.Y {
		v.a.t.Fatalf("%q at %v is outside the window %v", name, p, r)
	}
	xdo(v.a.t, "mousemove", itoa(x), itoa(y))
	xdo(v.a.t, "click", "1")
}

// tryWait reads the app's output up to a line starting with prefix, noting positions;
// false when none came within timeout.
func (v *visitor) tryWait(prefix string, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		select {
		case l := <-v.a.lines:
			v.note(l.text)
			if strings.HasPrefix(l.text, prefix) {
				return true
			}
		case <-deadline:
			return false
		}
	}
}
