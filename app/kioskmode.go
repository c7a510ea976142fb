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

// kioskHost is what the kiosk mode needs of the window.
type kioskHost interface {
	userAction(func()) func()         // wraps what a button does
	noteInput()                       // a touch that is no button's
	clock() time.Time                 // now
	background(work, done func())     // slow work off the UI goroutine, then done on it
	currentMode() mode                // the window's mode
	site(id string) *data.Site        // a place of the content
	openPlace(s *data.Site, fly bool) // the attract loop's next place
	cancelFlight()                    // a visitor took over
	idleReset(l data.Lang, until time.Time)
	logLap(kind string)
	enterEdit() // staff chose to edit
	kioskFleet  // the fleet's and the visitors dashboard's part (fleetwindow.go)
}

// kioskMode runs the map unattended: fullscreen and locked down, an attract loop when
// nobody touches it, and a staff exit behind a PIN. The kiosk package decides when;
// kioskview shows it.
type kioskMode struct {
	host      kioskHost
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

// clockFunc lets the kiosk package read the window's clock.
type clockFunc func() time.Time

func (c clockFunc) Now() time.Time { return c() }

// newKioskMode runs the kiosk with cfg over ds, in language l; the count of wrong PINs is
// kept in the file at statePath (kiosk.StatePath in the app; "" keeps it in memory), so a
// restart does not reset a lockout.
func newKioskMode(h kioskHost, ds *data.Dataset, l data.Lang, cfg kiosk.Config, statePath string, quit func()) *kioskMode {
	lock, err := kiosk.OpenLock(cfg.PINHash, statePath, h.clock())
	if err != nil {
		log.Printf("kiosk: %v", err)
	}
	k := &kioskMode{host: h, cfg: cfg, quit: quit, lock: lock, startLang: l}
	corner, err := kiosk.ParseCorner(cfg.ExitCorner)
	if err != nil {
		corner = kiosk.TopRight
	}
	k.hold = kiosk.NewHoldGesture(corner)
	k.try = k.lock.Check
	k.rebuildAttractLoop(ds, l)
	return k
}

// rebuildAttractLoop (re)makes the attract loop over ds's places (after the data
// changed), paced for reading in l (the window's language).
func (k *kioskMode) rebuildAttractLoop(ds *data.Dataset, l data.Lang) {
	stops := tour.Stops(ds.Sites)
	if ds.Overview != nil { // every pass starts on the overview card
		stops = append([]tour.Stop{tour.StopOf(ds.Overview)}, stops...)
	}
	k.attract = kiosk.NewAttractor(k.cfg, stops, clockFunc(k.host.clock))
	k.attract.Tour().SetLang(l)
}

// setLang paces the attract loop for reading in l.
func (k *kioskMode) setLang(l data.Lang) {
	k.attract.Tour().SetLang(l)
}

// build makes the kiosk's screens (in the current language).
func (k *kioskMode) build() fyne.CanvasObject {
	k.screens = kioskview.New(kioskview.Host{Act: k.host.userAction, Input: k.host.noteInput, Now: k.host.clock},
		k.hold, k.checkPIN, k.quit)
	k.screens.SetEdit(k.host.enterEdit)
	k.host.staffScreens(k.screens)
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
	now := k.host.clock()
	var r kiosk.Result
	k.host.background(func() { r = k.try(pin, now) }, func() {
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
}

// input is a touch, click or key: it keeps the kiosk awake and, during the attract loop,
// hands control to the visitor where the tour is.
func (k *kioskMode) input() {
	u := k.attract.Input()
	k.host.fleetTouched()
	if u.HandOver {
		k.host.cancelFlight()
		k.screens.HideHint()
	}
	if u.Changed {
		k.screens.HideCountdown()
	}
}

// tick moves the attract cycle on.
func (k *kioskMode) tick(now time.Time) {
	if k.host.currentMode() == editing {
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
		k.host.closeVisitors()
		k.reset()
	}
	if u.Show != "" {
		if s := k.host.site(u.Show); s != nil {
			k.host.openPlace(s, true)
		}
	}
	if u.Lap {
		k.host.logLap("attract")
	}
	k.host.fleetTick(now, u.State)
}

// reset returns to the start: overview, configured language, nothing open, no PIN pad
// (nor its digits), hint shown. The card the visitor was reading is logged, up to when
// the countdown began.
func (k *kioskMode) reset() {
	until := k.quietSince
	if until.IsZero() {
		until = k.host.clock()
	}
	k.screens.Pin.Close()
	k.host.idleReset(k.resetLang(), until) // may rebuild the screens in another language
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
	c.AddShortcut(staffExit, func(fyne.Shortcut) { k.askPIN() })
}

// askPIN opens the staff PIN pad.
func (k *kioskMode) askPIN() { k.screens.Pin.Open() }

// typedKey and typedRune hand a key to the PIN pad while it is open; they report whether
// it took the key.
func (k *kioskMode) typedKey(e *fyne.KeyEvent) bool { return k.screens.Pin.TypedKey(e) }
func (k *kioskMode) typedRune(r rune) bool          { return k.screens.Pin.TypedRune(r) }

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
