package app

import (
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"ningbomap/app/kioskview"
	"ningbomap/data"
	"ningbomap/kiosk"
	"ningbomap/tour"
)

// kioskMode runs the map unattended: fullscreen and locked down, an attract loop when
// nobody touches it, and a staff exit behind a PIN. The kiosk package decides when;
// kioskview shows it.
type kioskMode struct {
	ui        *mainUI
	cfg       kiosk.Config
	attract   *kiosk.Attractor
	lock      *kiosk.Lock
	hold      *kiosk.HoldGesture
	quit      func()    // ends the app (after the right PIN)
	startLang data.Lang // the language the app started in
	screens   *kioskview.Screens
	// try checks a PIN (the lock's Argon2 check; tests put their own).
	try func(pin string, now time.Time) kiosk.Result
	// checking: a PIN check is running. There is one at a time for the kiosk, not per
	// PIN pad: a language switch rebuilds the pad while a check may still run.
	checking bool
	// quietSince is when the countdown before the attract loop began: the visitor had
	// gone quiet by then (the card they read counts until that moment).
	quietSince time.Time
}

// uiClock lets the kiosk package read the UI's clock.
type uiClock struct{ ui *mainUI }

func (c uiClock) Now() time.Time { return c.ui.now() }

// newKioskMode runs the kiosk with cfg; the count of wrong PINs is kept in the file at
// statePath (kiosk.StatePath in the app; "" keeps it in memory), so a restart does not
// reset a lockout.
func newKioskMode(ui *mainUI, cfg kiosk.Config, statePath string, quit func()) *kioskMode {
	lock, err := kiosk.OpenLock(cfg.PINHash, statePath, ui.now())
	if err != nil {
		log.Printf("kiosk: %v", err)
	}
	k := &kioskMode{ui: ui, cfg: cfg, quit: quit, lock: lock, startLang: ui.lang}
	corner, err := kiosk.ParseCorner(cfg.ExitCorner)
	if err != nil {
		corner = kiosk.TopRight
	}
	k.hold = kiosk.NewHoldGesture(corner)
	k.try = k.lock.Check
	k.rebuildAttractLoop()
	return k
}

// rebuildAttractLoop (re)makes the attract loop over the current places (after the data
// changed).
func (k *kioskMode) rebuildAttractLoop() {
	ui := k.ui
	stops := tour.Stops(ui.ds.Sites)
	if ui.ds.Overview != nil { // every pass starts on the overview card
		stops = append([]tour.Stop{tour.StopOf(ui.ds.Overview)}, stops...)
	}
	k.attract = kiosk.NewAttractor(k.cfg, stops, uiClock{ui})
	k.attract.Tour().SetLang(ui.lang)
}

// build makes the kiosk's screens (in the current language).
func (k *kioskMode) build() fyne.CanvasObject {
	k.screens = kioskview.New(kioskview.Host{Act: k.ui.userAction, Input: k.ui.noteInput, Now: k.ui.now},
		k.hold, k.checkPIN, k.quit)
	k.screens.SetEdit(k.ui.enterEdit)
	k.ui.staffScreens(k.screens)
	return k.screens.Object()
}

// checkPIN tries a PIN off the UI goroutine and shows the answer on the PIN pad on screen
// then. While one check runs, another is not started (the pad shows "checking" until the
// first answers), even from a pad rebuilt in another language.
func (k *kioskMode) checkPIN(pin string, _ func(bool, time.Duration)) {
	if k.checking {
		return
	}
	k.checking = true
	now := k.ui.now()
	k.ui.async.spawn(func() {
		r := k.try(pin, now)
		k.ui.async.post(func() {
			k.checking = false
			if r.Err != nil {
				log.Printf("kiosk: %v", r.Err)
			}
			if r.Busy {
				return // another check answers; the pad keeps saying "checking"
			}
			if r.OK && r.ShortPIN {
				log.Print(kiosk.ShortPINWarning(k.cfg.Path))
			}
			k.screens.Pin.Result(r.OK, r.Wait)
		})
	})
}

// input is a touch, click or key: it keeps the kiosk awake and, during the attract loop,
// hands control to the visitor where the tour is.
func (k *kioskMode) input() {
	u := k.attract.Input()
	k.ui.fleetTouched()
	if u.HandOver {
		k.ui.mapView.CancelFlight()
		k.screens.HideHint()
	}
	if u.Changed {
		k.screens.HideCountdown()
	}
}

// tick moves the attract cycle on.
func (k *kioskMode) tick(now time.Time) {
	if k.ui.editing.on {
		return // staff at work: no attract loop, no idle reset
	}
	if k.hold.Tick(now) {
		k.screens.Pin.Open()
	}
	u := k.attract.Tick()
	if u.State == kiosk.Countdown {
		if k.quietSince.IsZero() {
			k.quietSince = now
		}
		k.screens.ShowCountdown(u.Remaining)
	} else {
		if u.State == kiosk.Active {
			k.quietSince = time.Time{}
		}
		k.screens.HideCountdown()
	}
	if u.Reset {
		k.ui.closeVisitors()
		k.reset()
	}
	if u.Show != "" {
		if s := k.ui.ds.Site(u.Show); s != nil {
			k.ui.selectSite(s, true)
		}
	}
	if u.Lap {
		k.ui.logLap("attract")
	}
	k.ui.fleetTick(now, u.State)
}

// reset returns to the start: overview, configured language, nothing open, no PIN pad
// (nor its digits), hint shown. The card the visitor was reading is logged, up to when
// the countdown began.
func (k *kioskMode) reset() {
	ui := k.ui
	defer ui.guard.selfUpdate()()
	until := k.quietSince
	if until.IsZero() {
		until = ui.now()
	}
	ui.endDwell(until)
	k.screens.Pin.Close()
	ui.tour.stop()
	ui.search.clear()
	ui.over.tooltip.hide()
	if l := k.resetLang(); l != ui.lang {
		ui.setLanguage(l)
	}
	ui.showOverview()
	k.attract.Tour().SetLang(ui.lang)
	k.screens.ShowHint()
}

// resetLang is the language the kiosk returns to: the configuration's, else the one it
// started in.
func (k *kioskMode) resetLang() data.Lang {
	if l, err := ParseLanguage(k.cfg.Lang); err == nil {
		return l
	}
	return k.startLang
}

// installLockdown makes the window fullscreen and swallows the ways out: the close
// button and Alt+F4 (close requests), Ctrl+Q and Ctrl+W. Ctrl+Alt+Shift+Q asks for the PIN.
func (k *kioskMode) installLockdown(w fyne.Window) {
	w.SetFullScreen(true)
	w.SetCloseIntercept(k.closeRequested)
	c := w.Canvas()
	swallow := func(fyne.Shortcut) {}
	for _, s := range []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyF4, Modifier: fyne.KeyModifierAlt},
		&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierSuper},
	} {
		c.AddShortcut(s, swallow)
	}
	c.AddShortcut(staffExit, func(fyne.Shortcut) { k.screens.Pin.Open() })
}

// staffExit is the shortcut that asks for the staff PIN: Ctrl+Alt+Shift+Q.
var staffExit = &desktop.CustomShortcut{KeyName: fyne.KeyQ,
	Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift}

// isStaffExit reports whether c is the staff exit shortcut.
func isStaffExit(c *desktop.CustomShortcut) bool {
	return c.KeyName == staffExit.KeyName && c.Modifier == staffExit.Modifier
}

// closeRequested answers the window's close button, Alt+F4 and other close requests
// from the window manager: in a kiosk they do nothing.
func (k *kioskMode) closeRequested() {
	log.Print("kiosk: close request ignored (staff exit: hold the corner or press Ctrl+Alt+Shift+Q)")
}
