package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/app/kioskview"
	"ningbomap/data"
	"ningbomap/fleet"
	"ningbomap/kiosk"
)

// kioskUI is a testUI in kiosk mode with a clock the test moves, a synchronous PIN check
// and a record of whether the app asked to quit.
type kioskUI struct {
	*testUI
	now  time.Time
	quit int
}

func newKioskUI(t *testing.T, pin string) *kioskUI { return newKioskUIWith(t, pin, windowConfig{}) }

// newKioskUIWith is newKioskUI made with cfg besides the kiosk and the clock.
func newKioskUIWith(t *testing.T, pin string, cfg windowConfig) *kioskUI {
	t.Helper()
	ku := &kioskUI{now: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)}
	kc := kiosk.Default()
	kc.Kiosk = true
	kc.IdleSeconds, kc.CountdownSeconds = 60, 10
	if pin != "" {
		h, err := kiosk.HashPIN(pin)
		if err != nil {
			t.Fatal(err)
		}
		kc.PINHash = h
	}
	cfg.now = func() time.Time { return ku.now }
	if cfg.async.spawn == nil {
		cfg.async = inline() // PIN checks answer at once
	}
	cfg.kiosk = &kioskSetup{cfg: kc, quit: func() { ku.quit++ }}
	ku.testUI = newTestUIWith(t, data.Zh, fyne.NewSize(1920, 1080), cfg)
	ku.ui.kiosk.installLockdown(ku.w)
	ku.ui.kiosk.try = func(p string, now time.Time) kiosk.Result { // at once, not off the UI goroutine
		ok, wait := ku.ui.kiosk.lock.Try(p, now)
		return kiosk.Result{OK: ok, Wait: wait}
	}
	return ku
}

// at moves the clock on by d and ticks.
func (ku *kioskUI) at(d time.Duration) {
	ku.now = ku.now.Add(d)
	ku.tick(ku.now)
}

// screens are the kiosk's screens on show, and pin its PIN pad.
func (ku *kioskUI) screens() *kioskview.Screens { return ku.ui.kiosk.screens }
func (ku *kioskUI) pin() *kioskview.PinPad      { return ku.screens().Pin }

// attracting reports whether the attract loop runs.
func (ku *kioskUI) attracting() bool { return ku.kioskState() == kiosk.Attract }

// closeKiosk is the window's close button, or Alt+F4 from a window manager: what the
// kiosk's lockdown puts in the window's close intercept (the test driver's window has
// no button to press).
func (ku *kioskUI) closeKiosk() { ku.ui.kiosk.closeRequested() }

// checkPINWith makes try the PIN check behind the pad (the lock's slow Argon2 check in
// the app), called off the UI goroutine as the app calls it.
func (ku *kioskUI) checkPINWith(try func(pin string, now time.Time) kiosk.Result) {
	ku.ui.kiosk.try = try
}

// staffEdit is staff entering edit mode on the kiosk: the PIN pad opened, the PIN typed,
// Edit chosen.
func (ku *kioskUI) staffEdit(t *testing.T, pin string) {
	t.Helper()
	ku.pin().Open()
	for _, r := range pin {
		ku.pin().TypedRune(r)
	}
	ku.pin().Submit()
	ku.pin().TypedRune('e')
	if ku.mode() != editing {
		t.Fatalf("staff's Edit: mode %v", ku.mode())
	}
}

// joinFleet makes the kiosk one of a fleet, whose exhibitions fk installs, as a kiosk
// whose configuration names a fleet folder starts.
func (ku *kioskUI) joinFleet(fk *fleetKiosk) { ku.ui.fleet.kiosk = fk }

// fleetRefused is the fleet telling the window of a bundle it refused (from the
// goroutine that polls the fleet folder, handed to the UI goroutine).
func (ku *kioskUI) fleetRefused(p fleet.Problem) { ku.ui.fleetNote(p) }
