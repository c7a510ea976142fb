package app

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"ningbomap/app/locale"
	"ningbomap/kiosk"
	"ningbomap/tour"
)

// TestKioskAttractCycle: idle → countdown banner → attract loop (overview reset, tour
// moving, hint) → a touch hands control over where the tour is.
func TestKioskAttractCycle(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.tapPlace(t, "gaoni")
	ku.switchLanguage(t) // a visitor switched; the kiosk returns to Chinese

	ku.at(49 * time.Second)
	if ku.screens().CountdownVisible() || ku.kioskState() != kiosk.Active {
		t.Fatalf("at 49 s: banner %v, state %v", ku.screens().CountdownVisible(), ku.kioskState())
	}
	ku.at(2 * time.Second) // 51 s: countdown
	if !ku.screens().CountdownVisible() || !strings.Contains(ku.screens().Countdown(), "9") {
		t.Fatalf("at 51 s: banner %v %q", ku.screens().CountdownVisible(), ku.screens().Countdown())
	}
	ku.at(9 * time.Second) // 60 s: attract
	if !ku.attracting() || !ku.screens().HintVisible() || ku.screens().CountdownVisible() {
		t.Fatalf("at 60 s: attracting %v hint %v banner %v", ku.attracting(), ku.screens().HintVisible(), ku.screens().CountdownVisible())
	}
	if ku.mode() != attracting {
		t.Errorf("the window's mode is %v in the attract loop", ku.mode())
	}
	if !ku.hasButton("English") { // the language switch of the Chinese window
		t.Errorf("the attract loop kept the visitor's language")
	}
	if ku.openSite() != ku.content().Overview {
		t.Fatalf("attract loop opened %v first, want the overview", ku.openSite())
	}
	seen := map[string]bool{ku.opened(): true}
	for i := 0; i < 20; i++ {
		ku.at(time.Minute)
		seen[ku.opened()] = true
	}
	if len(seen) < 10 {
		t.Errorf("the attract loop showed only %d places in 20 minutes", len(seen))
	}
	here := ku.opened()
	ku.touch()
	if ku.attracting() || ku.screens().HintVisible() {
		t.Fatalf("after a touch: attracting %v hint %v", ku.attracting(), ku.screens().HintVisible())
	}
	if ku.mode() != browsing {
		t.Errorf("after a touch the window's mode is %v", ku.mode())
	}
	if ku.loopState() != tour.Stopped {
		t.Errorf("after a touch the loop is %v", ku.loopState())
	}
	ku.at(30 * time.Second)
	if ku.opened() != here {
		t.Errorf("control was not handed over where the tour was: %q, want %q", ku.opened(), here)
	}
}

// TestKioskLockdown: closing and the usual shortcuts do nothing; Ctrl+Alt+Shift+Q asks
// for the PIN; a wrong PIN is refused, the right one quits.
func TestKioskLockdown(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.closeKiosk() // what the window's close button and Alt+F4 from a window manager call
	if ku.quit != 0 {
		t.Fatal("closing the window quit the kiosk")
	}
	for _, s := range []*desktop.CustomShortcut{
		{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl},
		{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierControl},
		{KeyName: fyne.KeyF4, Modifier: fyne.KeyModifierAlt},
	} {
		ku.shortcut(s)
	}
	ku.key(fyne.KeyEscape)
	if ku.quit != 0 || ku.pin().Visible() {
		t.Fatalf("a shortcut quit (%d) or opened the PIN pad", ku.quit)
	}
	ku.shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift})
	if !ku.pin().Visible() {
		t.Fatal("Ctrl+Alt+Shift+Q did not ask for the PIN")
	}
	for _, d := range "1357" {
		ku.pin().Digit(byte(d))
	}
	ku.pin().Submit()
	if ku.quit != 0 || ku.pin().Message() != locale.T("kiosk.wrong") {
		t.Fatalf("wrong PIN: quit %d, message %q", ku.quit, ku.pin().Message())
	}
	for _, r := range "246810" {
		ku.w.Canvas().OnTypedRune()(r)
	}
	ku.key(fyne.KeyReturn)
	if ku.quit != 0 || !ku.pin().Choosing() {
		t.Fatalf("the right PIN did not offer edit or exit (quit %d, message %q)", ku.quit, ku.pin().Message())
	}
	ku.key(fyne.KeyReturn) // Enter again: exit
	if ku.quit != 1 {
		t.Fatalf("Enter after the right PIN did not quit (quit %d)", ku.quit)
	}
}

// TestKioskEdit: after the right PIN, "edit" starts the edit mode (the pad closes, the
// kiosk does not quit), and the attract loop leaves the staff alone while they edit.
func TestKioskEdit(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	ku := newKioskUIWith(t, "246810", windowConfig{dataDir: t.TempDir()})
	ku.pin().Edit() // before the PIN: nothing
	if ku.mode() == editing {
		t.Fatal("edit mode without the PIN")
	}
	ku.pin().Open()
	for _, r := range "246810" {
		ku.pin().TypedRune(r)
	}
	ku.pin().Submit()
	ku.pin().TypedRune('e')
	if ku.mode() != editing || ku.pin().Visible() || ku.quit != 0 {
		t.Fatalf("edit: mode %v, pad visible %v, quit %d", ku.mode(), ku.pin().Visible(), ku.quit)
	}
	ku.tapPlace(t, "tengtou")
	ku.at(10 * time.Minute)
	if ku.opened() != "tengtou" {
		t.Errorf("the idle reset ran during edit mode: %q open", ku.opened())
	}
}

// TestKioskCornerHold: holding the exit corner for 5 s asks for the PIN; a short press
// does not.
func TestKioskCornerHold(t *testing.T) {
	ku := newKioskUI(t, "246810")
	size := ku.w.Canvas().Size()
	corner := ku.screens().Corner()
	press := func() {
		corner.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(size.Width-10, 10)}})
	}
	press()
	ku.at(2 * time.Second)
	corner.MouseUp(&desktop.MouseEvent{})
	if ku.pin().Visible() {
		t.Fatal("a 2 s press asked for the PIN")
	}
	press()
	ku.at(3 * time.Second)
	ku.at(2100 * time.Millisecond)
	if !ku.pin().Visible() {
		t.Fatal("holding the corner for 5 s did not ask for the PIN")
	}
}

// TestKioskSoak runs 10,000 tour steps and fails if the heap grows by more than 5 MB.
func TestKioskSoak(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.startTour(t)
	// Frames are not pumped: the render loop then holds one frame and drops the rest,
	// which is what a slow screen does.
	step := func(n int) {
		for i := 0; i < n; i++ {
			ku.key(fyne.KeyPageDown)
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
		float64(before)/1e6, n, float64(after)/1e6, float64(growth)/1e6, ku.panics())
	if growth > 5<<20 {
		t.Errorf("heap grew by %.1f MB over %d tour steps", float64(growth)/1e6, n)
	}
}

// TestPanicInCallbackIsRecovered: a panic inside a button's callback is logged, the app
// goes back to the overview and keeps running.
func TestPanicInCallbackIsRecovered(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.tapPlace(t, "gaoni")
	ku.press(func() { panic("a bug in a callback") })
	if ku.panics() != 1 {
		t.Fatalf("panics = %d, want 1", ku.panics())
	}
	if ku.openSite() != ku.content().Overview {
		t.Errorf("after a panic the card is %v, want the overview", ku.openSite())
	}
	ku.at(0) // and the app goes on
}
