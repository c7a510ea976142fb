package app

import (
	"image/color"
	"log"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"ningbomap/data"
	"ningbomap/kiosk"
	"ningbomap/tour"
)

// kioskMode runs the map unattended: fullscreen and locked down, an attract loop when
// nobody touches it, and a staff exit behind a PIN.
type kioskMode struct {
	ui      *mainUI
	cfg     kiosk.Config
	attract *kiosk.Attractor
	lock    *kiosk.Lock
	hold    *kiosk.HoldGesture
	quit    func() // ends the app (after the right PIN)

	banner     *fyne.Container // the countdown before the attract loop
	bannerText *canvas.Text
	hint       *fyne.Container // "touch to explore" during the attract loop
	corner     *exitCorner
	pin        *pinPad
}

// uiClock lets the kiosk package read the UI's clock.
type uiClock struct{ ui *mainUI }

func (c uiClock) Now() time.Time { return c.ui.now() }

func newKioskMode(ui *mainUI, cfg kiosk.Config, quit func()) *kioskMode {
	k := &kioskMode{ui: ui, cfg: cfg, quit: quit, lock: kiosk.NewLock(cfg.PINHash)}
	corner, err := kiosk.ParseCorner(cfg.ExitCorner)
	if err != nil {
		corner = kiosk.TopRight
	}
	k.hold = kiosk.NewHoldGesture(corner)
	k.restops()
	return k
}

// restops (re)builds the attract loop over the current places (after the data changed).
func (k *kioskMode) restops() {
	ui := k.ui
	stops := tour.Stops(ui.ds.Sites)
	if ui.ds.Overview != nil { // every pass starts on the overview card
		stops = append([]tour.Stop{tour.StopOf(ui.ds.Overview)}, stops...)
	}
	k.attract = kiosk.NewAttractor(k.cfg, stops, uiClock{ui})
	k.attract.Tour().SetLang(ui.lang)
}

// build makes the kiosk's overlays (in the current language).
func (k *kioskMode) build() (overlay fyne.CanvasObject) {
	k.bannerText = canvas.NewText("", color.White)
	k.bannerText.TextSize = size(sizeCardBody) + 4
	k.bannerText.TextStyle.Bold = true
	stay := widget.NewButton(T("kiosk.stay"), k.ui.act(func() {}))
	stay.Importance = widget.HighImportance
	bannerBg := canvas.NewRectangle(color.NRGBA{R: 0x8E, G: 0x1B, B: 0x1B, A: 0xF0})
	bannerBg.CornerRadius = 14
	k.banner = container.NewStack(bannerBg, container.NewPadded(container.NewHBox(
		container.NewPadded(k.bannerText), tall(stay))))
	k.banner.Hide()

	hintText := canvas.NewText(T("kiosk.hint"), color.White)
	hintText.TextSize = size(sizeCardTitle)
	hintText.TextStyle.Bold = true
	hintBg := canvas.NewRectangle(color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xE8})
	hintBg.CornerRadius = 18
	k.hint = container.NewStack(hintBg, container.NewPadded(container.NewPadded(hintText)))
	k.hint.Hide()

	k.corner = newExitCorner(k)
	k.pin = newPinPad(k)
	top := container.NewCenter(k.banner)
	return container.NewStack(
		container.NewBorder(container.NewPadded(top), container.NewPadded(container.NewCenter(k.hint)), nil, nil),
		k.corner.layer(k.hold),
		k.pin.object,
	)
}

// input is a touch, click or key: it keeps the kiosk awake and, during the attract loop,
// hands control to the visitor where the tour is.
func (k *kioskMode) input() {
	u := k.attract.Input()
	if u.HandOver {
		k.ui.cancelFlight()
		k.hint.Hide()
	}
	if u.Changed {
		k.banner.Hide()
	}
}

// tick moves the attract cycle on.
func (k *kioskMode) tick(now time.Time) {
	if k.hold.Tick(now) {
		k.pin.open()
	}
	u := k.attract.Tick()
	switch u.State {
	case kiosk.Countdown:
		k.bannerText.Text = TData("kiosk.countdown", map[string]any{"Seconds": u.Remaining})
		k.bannerText.Refresh()
		if !k.banner.Visible() {
			k.banner.Show()
		}
	default:
		if k.banner.Visible() {
			k.banner.Hide()
		}
	}
	if u.Reset {
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
}

// reset returns to the start: overview, configured language, nothing open, hint shown.
func (k *kioskMode) reset() {
	ui := k.ui
	prevQuiet := ui.quiet
	ui.quiet = true
	defer func() { ui.quiet = prevQuiet }()
	ui.tour.stop()
	ui.search.clear()
	ui.tooltip.hide()
	if l := k.startLang(); l != ui.lang {
		ui.setLanguage(l)
	}
	ui.showOverview()
	k.attract.Tour().SetLang(ui.lang)
	k.hint.Show()
}

// startLang is the language the kiosk returns to.
func (k *kioskMode) startLang() data.Lang {
	if l, err := ParseLanguage(k.cfg.Lang); err == nil {
		return l
	}
	return k.ui.startLang
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
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift},
		func(fyne.Shortcut) { k.pin.open() })
}

// closeRequested answers the window's close button, Alt+F4 and other close requests
// from the window manager: in a kiosk they do nothing.
func (k *kioskMode) closeRequested() {
	log.Print("kiosk: close request ignored (staff exit: hold the corner or press Ctrl+Alt+Shift+Q)")
}

// act wraps a UI callback: it counts as input for the kiosk, and a panic inside it is
// logged and answered by returning to the overview instead of ending the app.
func (ui *mainUI) act(f func()) func() {
	return func() {
		defer ui.recoverPanic()
		ui.noteInput()
		f()
	}
}

// recoverPanic turns a panic in a callback into a log line and a fresh start.
func (ui *mainUI) recoverPanic() {
	if r := recover(); r != nil {
		log.Printf("recovered from a panic: %v\n%s", r, debug.Stack())
		ui.panics++
		func() {
			defer func() {
				if r := recover(); r != nil {
					log.Printf("panic while recovering: %v", r)
				}
			}()
			ui.tour.stop()
			ui.showOverview()
		}()
	}
}

// noteInput tells the kiosk (if any) that someone is there.
func (ui *mainUI) noteInput() {
	if ui.kiosk != nil && !ui.quiet {
		ui.kiosk.input()
	}
}
