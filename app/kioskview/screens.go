// Package kioskview is what a kiosk shows over the map: the countdown banner before the
// attract loop, the "touch to explore" prompt during it, the invisible exit corner and the
// staff PIN pad. The kiosk package decides when; this package only shows and hears.
package kioskview

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/kiosk"
)

// Host is what the screens need of the program around them.
type Host struct {
	// Act wraps what a button does (the program counts it as input and recovers a panic).
	Act func(func()) func()
	// Input is told of a touch that is no button's (the exit corner, the shade behind the
	// PIN pad).
	Input func()
	// Now is the clock.
	Now func() time.Time
}

// Screens are the kiosk's overlays, built in the current language.
type Screens struct {
	host     Host
	hold     *kiosk.HoldGesture
	unlocked func()
	edit     func() // after the right PIN, staff choose between this and unlocked (exit)

	banner     *fyne.Container // the countdown before the attract loop
	bannerText *canvas.Text
	hint       *fyne.Container // "touch to explore" during the attract loop
	corner     *ExitCorner
	// Pin is the staff PIN pad.
	Pin    *PinPad
	object fyne.CanvasObject
}

// SetEdit offers staff a choice after the right PIN: edit (f, the edit mode) or exit.
// Without it the right PIN exits at once.
func (s *Screens) SetEdit(f func()) { s.edit = f }

// New builds the overlays. hold follows the exit corner's gesture; check tries a PIN off
// the UI goroutine (the key derivation is slow on purpose) and calls done, or the pad's
// Result, on it; unlocked runs after the right PIN.
func New(h Host, hold *kiosk.HoldGesture, check func(pin string, done func(ok bool, wait time.Duration)), unlocked func()) *Screens {
	s := &Screens{host: h, hold: hold, unlocked: unlocked}
	s.bannerText = canvas.NewText("", color.White)
	s.bannerText.TextSize = style.Size(style.CardBody) + 4
	s.bannerText.TextStyle.Bold = true
	stay := widget.NewButton(locale.T("kiosk.stay"), h.Act(func() {}))
	stay.Importance = widget.HighImportance
	bannerBg := canvas.NewRectangle(color.NRGBA{R: 0x8E, G: 0x1B, B: 0x1B, A: 0xF0})
	bannerBg.CornerRadius = 14
	s.banner = container.NewStack(bannerBg, container.NewPadded(container.NewHBox(
		container.NewPadded(s.bannerText), style.TallButton(stay))))
	s.banner.Hide()

	hintText := canvas.NewText(locale.T("kiosk.hint"), color.White)
	hintText.TextSize = style.Size(style.CardTitle)
	hintText.TextStyle.Bold = true
	hintBg := canvas.NewRectangle(color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xE8})
	hintBg.CornerRadius = 18
	s.hint = container.NewStack(hintBg, container.NewPadded(container.NewPadded(hintText)))
	s.hint.Hide()

	s.corner = newExitCorner(s)
	s.Pin = newPinPad(s, check)
	top := container.NewCenter(s.banner)
	s.object = container.NewStack(
		container.NewBorder(container.NewPadded(top), container.NewPadded(container.NewCenter(s.hint)), nil, nil),
		s.corner.layer(hold),
		s.Pin.object,
	)
	return s
}

// Object is the overlay to stack over the window's content.
func (s *Screens) Object() fyne.CanvasObject { return s.object }

// Corner is the exit corner (tests press it).
func (s *Screens) Corner() *ExitCorner { return s.corner }

// ShowCountdown shows the banner with the seconds left before the attract loop.
func (s *Screens) ShowCountdown(seconds int) {
	s.bannerText.Text = locale.TData("kiosk.countdown", map[string]any{"Seconds": seconds})
	s.bannerText.Refresh()
	if !s.banner.Visible() {
		s.banner.Show()
	}
}

// HideCountdown hides the banner.
func (s *Screens) HideCountdown() {
	if s.banner.Visible() {
		s.banner.Hide()
	}
}

// CountdownVisible reports whether the countdown banner shows.
func (s *Screens) CountdownVisible() bool { return s.banner.Visible() }

// Countdown is the banner's text when it shows, "" otherwise.
func (s *Screens) Countdown() string {
	if !s.banner.Visible() {
		return ""
	}
	return s.bannerText.Text
}

// ShowHint shows the "touch to explore" prompt.
func (s *Screens) ShowHint() { s.hint.Show() }

// HideHint hides it.
func (s *Screens) HideHint() { s.hint.Hide() }

// HintVisible reports whether the prompt shows.
func (s *Screens) HintVisible() bool { return s.hint.Visible() }
