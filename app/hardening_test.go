package app

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/kiosk"
)

// TestIdleResetClosesPinPad: a PIN pad left open with digits typed is closed, and its
// digits forgotten, when the kiosk returns to the attract loop.
func TestIdleResetClosesPinPad(t *testing.T) {
	ku := newKioskUI(t, "246810")
	pin := ku.pin()
	pin.Open()
	for _, d := range "2468" {
		pin.Digit(byte(d))
	}
	ku.at(61 * time.Second)
	if pin.Visible() {
		t.Fatal("the PIN pad stayed open through the idle reset")
	}
	pin = ku.pin()
	pin.Digit('1')
	pin.Digit('0')
	pin.Submit()
	if ku.quit != 0 {
		t.Fatal("digits typed before the reset still counted")
	}
}

// TestStaffExitFromSearchField: while the search field has the keyboard, Ctrl+Alt+Shift+Q
// still asks for the PIN (a focused Entry gets shortcuts before the window does).
func TestStaffExitFromSearchField(t *testing.T) {
	ku := newKioskUI(t, "246810")
	ku.search("滕头")
	ku.w.Canvas().Focus(ku.searchField())
	ku.searchField().TypedShortcut(staffExit)
	if !ku.pin().Visible() {
		t.Fatal("the staff exit shortcut in the search field did not open the PIN pad")
	}
	if ku.searchField().Text != "" {
		t.Error("the search kept what the visitor typed")
	}
}

// recordedUsage keeps what the app logs.
type recordedUsage struct {
	noUsage
	dwelt map[string]time.Duration
}

func (r *recordedUsage) Dwelt(place string, d time.Duration) error {
	r.dwelt[place] += d
	return nil
}

// TestDwellLoggedOnIdleReset: the card a visitor read when the idle reset fires is
// logged, up to when the countdown began.
func TestDwellLoggedOnIdleReset(t *testing.T) {
	rec := &recordedUsage{dwelt: map[string]time.Duration{}}
	ku := newKioskUIWith(t, "246810", windowConfig{usage: rec})
	ku.tapPlace(t, "gaoni")
	for i := 0; i < 62; i++ {
		ku.at(time.Second)
	}
	got := rec.dwelt["gaoni"]
	// Idle after 60 s, countdown from 50 s: the visitor counts until then.
	if got < 49*time.Second || got > 51*time.Second {
		t.Fatalf("dwell of the card open at the idle reset = %v, want about 50 s", got)
	}
}

// TestOnePinCheckAcrossRebuild: a language switch rebuilds the PIN pad while the slow
// check runs; the rebuilt pad must not start a second check, and the answer reaches the
// pad on screen.
func TestOnePinCheckAcrossRebuild(t *testing.T) {
	var ku *kioskUI
	// Slow work on goroutines, its answer handed back through the test's queue (the
	// app's fyne.Do).
	ku = newKioskUIWith(t, "246810", windowConfig{async: async{
		spawn: func(f func()) { go f() },
		post:  func(f func()) { ku.frames <- f },
	}})
	var mu sync.Mutex
	checks := 0
	release := make(chan struct{})
	// The pad runs the app's own check (kioskMode.checkPIN); behind it, a slow one.
	ku.checkPINWith(func(pin string, now time.Time) kiosk.Result {
		mu.Lock()
		checks++
		mu.Unlock()
		<-release
		return kiosk.Result{}
	})
	ku.pin().Open()
	ku.pin().Digit('1')
	ku.pin().Submit()
	ku.switchLanguage(t) // rebuilds the pad
	ku.pin().Open()
	ku.pin().Digit('2')
	ku.pin().Submit()
	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for ku.pinChecking() && time.Now().Before(deadline) {
		ku.pump()
	}
	mu.Lock()
	defer mu.Unlock()
	if checks != 1 {
		t.Fatalf("%d PIN checks ran at once, want 1", checks)
	}
	if msg := ku.pin().Message(); msg != locale.T("kiosk.wrong") {
		t.Errorf("the pad on screen says %q, want the answer %q", msg, locale.T("kiosk.wrong"))
	}
}

// TestWatcherReachesUIThroughPost: a change in the data folder travels from the
// watcher's goroutine through post (fyne.Do in the app; here a queue the test drains on
// its own goroutine, so the race detector sees any UI touched elsewhere); after stop,
// nothing more arrives.
func TestWatcherReachesUIThroughPost(t *testing.T) {
	var tu *testUI
	tu = newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: async{
		spawn: func(f func()) { go f() },
		post:  func(f func()) { tu.frames <- f },
	}})
	dir := t.TempDir()
	_, folder, err := loadDataFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := len(tu.content().Sites)
	stop := tu.watch(folder)
	good, err := os.ReadFile(filepath.Join("..", "data", "testdata", "good", "extra.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "extra.geojson"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(tu.content().Sites) == before && time.Now().Before(deadline) {
		tu.pump()
	}
	if len(tu.content().Sites) == before {
		t.Fatal("the new layer file never reached the UI")
	}
	stop()
	stop() // twice is fine
	withExtra := len(tu.content().Sites)
	if err := os.Remove(filepath.Join(dir, "extra.geojson")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // longer than the watcher's debounce
	tu.pump()
	if len(tu.content().Sites) != withExtra {
		t.Errorf("a reload reached the UI after the watch was stopped: %d places, want %d", len(tu.content().Sites), withExtra)
	}
}

// TestPictureNamesNeverOverwrite: pictures saved in the same second get their own files.
func TestPictureNamesNeverOverwrite(t *testing.T) {
	newTestApp(t, data.Zh)
	dir := t.TempDir()
	img := offscreen(mustEmbedded(t), data.Zh, fyne.NewSize(640, 480), 1, windowConfig{}, func(ui *mainUI) {})
	stamp := time.Date(2026, 7, 1, 9, 30, 0, 0, time.UTC)
	seen := map[string]bool{}
	for i := 0; i < 3; i++ {
		p, err := saveNewPNG(img, dir, pictureName(stamp))
		if err != nil {
			t.Fatal(err)
		}
		seen[filepath.Base(p)] = true
	}
	for _, want := range []string{"ningbomap-20260701-093000.png", "ningbomap-20260701-093000-2.png", "ningbomap-20260701-093000-3.png"} {
		if !seen[want] {
			t.Errorf("missing %s among %v", want, seen)
		}
	}
}

func mustEmbedded(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}
