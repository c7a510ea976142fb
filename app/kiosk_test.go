package app

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/kiosk"
	"ningbomap/tour"
)

// kioskUI is a testUI in kiosk mode with a clock the test moves, a synchronous PIN check
// and a record of whether the app asked to quit.
type kioskUI struct {
	*testUI
	now  time.Time
	quit int
}

func newKioskUI(t *testing.T, pin string) *kioskUI {
	t.Helper()
	ku := &kioskUI{testUI: newTestUI(t, data.Zh, fyne.NewSize(1920, 1080))}
	ku.now = time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	ku.ui.now = func() time.Time { return ku.now }
	cfg := kiosk.Default()
	cfg.Kiosk = true
	cfg.IdleSeconds, cfg.CountdownSeconds = 60, 10
	if pin != "" {
		h, err := kiosk.HashPIN(pin)
		if err != nil {
			t.Fatal(err)
		}
		cfg.PINHash = h
	}
	ku.ui.kiosk = newKioskMode(ku.ui, cfg, "", func() { ku.quit++ })
	ku.ui.kiosk.installLockdown(ku.w)
	ku.ui.build()
	ku.ui.kiosk.screens.Pin.Check = func(p string, done func(bool, time.Duration)) {
		done(ku.ui.kiosk.lock.Try(p, ku.now))
	}
	return ku
}

func (ku *kioskUI) at(d time.Duration) {
	ku.now = ku.now.Add(d)
	ku.ui.tick(ku.now)
}

// TestKioskAttractCycle: idle → countdown banner → attract loop (overview reset, tour
// moving, hint) → a touch hands control over where the tour is.
func TestKioskAttractCycle(t *testing.T) {
	ku := newKioskUI(t, "246810")
	k := ku.ui.kiosk
	ku.ui.selectSite(ku.ui.ds.Site("gaoni"), false)
	ku.ui.setLanguage(data.En) // a visitor switched; the kiosk returns to Chinese

	ku.at(49 * time.Second)
	if k.screens.CountdownVisible() || k.attract.State() != kiosk.Active {
		t.Fatalf("at 49 s: banner %v, state %v", k.screens.CountdownVisible(), k.attract.State())
	}
	ku.at(2 * time.Second) // 51 s: countdown
	if !k.screens.CountdownVisible() || !strings.Contains(k.screens.Countdown(), "9") {
		t.Fatalf("at 51 s: banner %v %q", k.screens.CountdownVisible(), k.screens.Countdown())
	}
	ku.at(9 * time.Second) // 60 s: attract
	if k.attract.State() != kiosk.Attract || !k.screens.HintVisible() || k.screens.CountdownVisible() {
		t.Fatalf("at 60 s: state %v hint %v banner %v", k.attract.State(), k.screens.HintVisible(), k.screens.CountdownVisible())
	}
	if ku.ui.lang != data.Zh {
		t.Errorf("the attract loop kept the visitor's language %v", ku.ui.lang)
	}
	first := ku.ui.open.site
	if first != ku.ui.ds.Overview {
		t.Fatalf("attract loop opened %v first, want the overview", first)
	}
	seen := map[string]bool{first.ID: true}
	for i := 0; i < 20; i++ {
		ku.at(time.Minute)
		seen[ku.ui.open.site.ID] = true
	}
	if len(seen) < 10 {
		t.Errorf("the attract loop showed only %d places in 20 minutes", len(seen))
	}
	here := ku.ui.open.site
	ku.ui.mapInput() // a touch
	if k.attract.State() != kiosk.Active || k.screens.HintVisible() {
		t.Fatalf("after a touch: state %v hint %v", k.attract.State(), k.screens.HintVisible())
	}
	if k.attract.Tour().State() != tour.Stopped {
		t.Errorf("after a touch the loop is %v", k.attract.Tour().State())
	}
	ku.at(30 * time.Second)
	if ku.ui.open.site != here {
		t.Errorf("control was not handed over where the tour was: %v, want %v", ku.ui.open.site, here)
	}
}

// TestKioskLockdown: closing and the usual shortcuts do nothing; Ctrl+Alt+Shift+Q asks
// for the PIN; a wrong PIN is refused, the right one quits.
func TestKioskLockdown(t *testing.T) {
	ku := newKioskUI(t, "246810")
	k := ku.ui.kiosk
	k.closeRequested() // what the window's close button and Alt+F4 from a window manager call
	if ku.quit != 0 {
		t.Fatal("closing the window quit the kiosk")
	}
	sc := ku.w.Canvas().(fyne.Shortcutable)
	for _, s := range []*desktop.CustomShortcut{
		{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl},
		{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierControl},
		{KeyName: fyne.KeyF4, Modifier: fyne.KeyModifierAlt},
	} {
		sc.TypedShortcut(s)
	}
	ku.ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ku.quit != 0 || k.screens.Pin.Visible() {
		t.Fatalf("a shortcut quit (%d) or opened the PIN pad", ku.quit)
	}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift})
	if !k.screens.Pin.Visible() {
		t.Fatal("Ctrl+Alt+Shift+Q did not ask for the PIN")
	}
	for _, d := range "1357" {
		k.screens.Pin.Digit(byte(d))
	}
	k.screens.Pin.Submit()
	if ku.quit != 0 || k.screens.Pin.Message() != locale.T("kiosk.wrong") {
		t.Fatalf("wrong PIN: quit %d, message %q", ku.quit, k.screens.Pin.Message())
	}
	for _, r := range "246810" {
		k.screens.Pin.TypedRune(r)
	}
	k.screens.Pin.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ku.quit != 0 || !k.screens.Pin.Choosing() {
		t.Fatalf("the right PIN did not offer edit or exit (quit %d, message %q)", ku.quit, k.screens.Pin.Message())
	}
	k.screens.Pin.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter again: exit
	if ku.quit != 1 {
		t.Fatalf("Enter after the right PIN did not quit (quit %d)", ku.quit)
	}
}

// TestKioskEdit: after the right PIN, "edit" starts the edit mode (the pad closes, the
// kiosk does not quit), and the attract loop leaves the staff alone while they edit.
func TestKioskEdit(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	ku := newKioskUI(t, "246810")
	ku.ui.editing.dir = t.TempDir()
	k := ku.ui.kiosk
	k.screens.Pin.Edit() // before the PIN: nothing
	if ku.ui.editing.on {
		t.Fatal("edit mode without the PIN")
	}
	k.screens.Pin.Open()
	for _, r := range "246810" {
		k.screens.Pin.TypedRune(r)
	}
	k.screens.Pin.Submit()
	k.screens.Pin.TypedRune('e')
	if !ku.ui.editing.on || k.screens.Pin.Visible() || ku.quit != 0 {
		t.Fatalf("edit: on %v, pad visible %v, quit %d", ku.ui.editing.on, k.screens.Pin.Visible(), ku.quit)
	}
	ku.ui.selectSite(ku.ui.ds.Site("tengtou"), false)
	ku.at(10 * time.Minute)
	if ku.ui.open.site == nil || ku.ui.open.site.ID != "tengtou" {
		t.Error("the idle reset ran during edit mode")
	}
}

// TestKioskCornerHold: holding the exit corner for 5 s asks for the PIN; a short press
// does not.
func TestKioskCornerHold(t *testing.T) {
	ku := newKioskUI(t, "246810")
	k := ku.ui.kiosk
	size := ku.w.Canvas().Size()
	press := func() {
		k.screens.Corner().MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(size.Width-10, 10)}})
	}
	press()
	ku.at(2 * time.Second)
	k.screens.Corner().MouseUp(&desktop.MouseEvent{})
	if k.screens.Pin.Visible() {
		t.Fatal("a 2 s press asked for the PIN")
	}
	press()
	ku.at(3 * time.Second)
	ku.at(2100 * time.Millisecond)
	if !k.screens.Pin.Visible() {
		t.Fatal("holding the corner for 5 s did not ask for the PIN")
	}
}

// TestKioskSoak runs 10,000 tour steps and fails if the heap grows by more than 5 MB.
func TestKioskSoak(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.ui.tour.start(true)
	// Frames are not pumped: the render loop then holds one frame and drops the rest,
	// which is what a slow screen does.
	step := func(n int) {
		for i := 0; i < n; i++ {
			ku.ui.tour.next()
		}
	}
	step(300) // warm up: every card built once, caches full
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	n := 10000
	if testing.Short() || raceEnabled {
		n = 1000 // make test also runs it in full without the race detector
	}
	step(n)
	after := heap()
	growth := int64(after) - int64(before)
	t.Logf("heap before %.1f MB, after %d steps %.1f MB (growth %+.2f MB), panics %d",
		float64(before)/1e6, n, float64(after)/1e6, float64(growth)/1e6, ku.ui.guard.panics)
	if growth > 5<<20 {
		t.Errorf("heap grew by %.1f MB over %d tour steps", float64(growth)/1e6, n)
	}
}

// TestPanicInCallbackIsRecovered: a panic inside a button's callback is logged, the app
// goes back to the overview and keeps running.
func TestPanicInCallbackIsRecovered(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.ui.selectSite(ku.ui.ds.Site("gaoni"), false)
	ku.ui.userAction(func() { panic("a bug in a callback") })()
	if ku.ui.guard.panics != 1 {
		t.Fatalf("panics = %d, want 1", ku.ui.guard.panics)
	}
	if ku.ui.open.site != ku.ui.ds.Overview {
		t.Errorf("after a panic the card is %v, want the overview", ku.ui.open.site)
	}
	ku.ui.tick(ku.now) // and the app goes on
}
