package app

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"ningbomap/kiosk"
)

// exitCorner is an invisible square in one corner of the window: holding it for a few
// seconds asks for the staff PIN.
type exitCorner struct {
	widget.BaseWidget
	k *kioskMode
}

func newExitCorner(k *kioskMode) *exitCorner {
	e := &exitCorner{k: k}
	e.ExtendBaseWidget(e)
	return e
}

// layer places the square in the gesture's corner.
func (e *exitCorner) layer(g *kiosk.HoldGesture) fyne.CanvasObject {
	box := container.NewGridWrap(fyne.NewSize(g.Box, g.Box), e)
	top, left := true, false
	switch g.Corner {
	case kiosk.TopLeft:
		left = true
	case kiosk.BottomRight:
		top = false
	case kiosk.BottomLeft:
		top, left = false, true
	}
	row := container.NewHBox(layout.NewSpacer(), box)
	if left {
		row = container.NewHBox(box, layout.NewSpacer())
	}
	if top {
		return container.NewVBox(row, layout.NewSpacer())
	}
	return container.NewVBox(layout.NewSpacer(), row)
}

func (e *exitCorner) windowPos(ev *desktop.MouseEvent) (float32, float32) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		s := c.Size()
		e.k.hold.Resize(s.Width, s.Height)
	}
	return ev.AbsolutePosition.X, ev.AbsolutePosition.Y
}

// MouseDown starts a hold.
func (e *exitCorner) MouseDown(ev *desktop.MouseEvent) {
	e.k.ui.noteInput()
	x, y := e.windowPos(ev)
	e.k.hold.Press(x, y, e.k.ui.now())
}

// MouseUp ends it.
func (e *exitCorner) MouseUp(ev *desktop.MouseEvent) {
	if e.k.hold.Release(e.k.ui.now()) {
		e.k.pin.open()
	}
}

// CreateRenderer draws nothing.
func (e *exitCorner) CreateRenderer() fyne.WidgetRenderer {
	r := canvas.NewRectangle(color.Transparent)
	return widget.NewSimpleRenderer(r)
}

// pinPad asks staff for the PIN with large keys (a kiosk may have no keyboard). The
// right PIN ends the app; wrong ones are counted and, after a few, refused for a while.
type pinPad struct {
	k       *kioskMode
	object  *fyne.Container
	entered []byte
	dots    *canvas.Text
	message *canvas.Text
	busy    bool
	// check runs the (slow) PIN check and then done on the UI goroutine; tests make
	// it synchronous.
	check func(pin string, done func(ok bool, wait time.Duration))
}

// pinMaxLen is the longest PIN the pad takes.
const pinMaxLen = 12

func newPinPad(k *kioskMode) *pinPad {
	p := &pinPad{k: k}
	p.check = func(pin string, done func(bool, time.Duration)) {
		now := k.ui.now()
		go func() {
			ok, wait := k.lock.Try(pin, now)
			fyne.Do(func() { done(ok, wait) })
		}()
	}
	p.dots = canvas.NewText("", color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	p.dots.TextSize = 34
	p.dots.Alignment = fyne.TextAlignCenter
	p.message = canvas.NewText(T("kiosk.pin"), color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xFF})
	p.message.TextSize = size(sizeCardBody)
	p.message.Alignment = fyne.TextAlignCenter
	keys := container.NewGridWithColumns(3)
	for _, d := range "123456789" {
		d := byte(d)
		keys.Add(p.key(string(d), func() { p.digit(d) }))
	}
	keys.Add(p.key("⌫", p.backspace))
	keys.Add(p.key("0", func() { p.digit('0') }))
	keys.Add(p.key("OK", p.submit))
	cancel := widget.NewButton(T("kiosk.cancel"), p.k.ui.act(p.close))
	panel := container.NewVBox(p.message, p.dots, keys, tall(cancel))
	bg := canvas.NewRectangle(color.White)
	bg.CornerRadius = 16
	card := container.NewStack(bg, container.NewPadded(container.NewPadded(panel)))
	shade := newBlocker(color.NRGBA{A: 0xA0}, p.k.ui.noteInput)
	p.object = container.NewStack(shade, container.NewCenter(container.NewGridWrap(fyne.NewSize(340, 480), card)))
	p.object.Hide()
	return p
}

func (p *pinPad) key(label string, f func()) fyne.CanvasObject {
	b := widget.NewButton(label, p.k.ui.act(f))
	return container.NewGridWrap(fyne.NewSize(96, 72), b)
}

func (p *pinPad) open() {
	p.entered = p.entered[:0]
	p.show(T("kiosk.pin"))
	p.object.Show()
	p.object.Refresh()
}

func (p *pinPad) close() {
	p.entered = p.entered[:0]
	p.object.Hide()
}

func (p *pinPad) digit(d byte) {
	if len(p.entered) < pinMaxLen {
		p.entered = append(p.entered, d)
	}
	p.show("")
}

func (p *pinPad) backspace() {
	if n := len(p.entered); n > 0 {
		p.entered = p.entered[:n-1]
	}
	p.show("")
}

// typed takes digits, Backspace, Enter and Escape from a keyboard while the pad is open.
func (p *pinPad) typed(k *fyne.KeyEvent) bool {
	if !p.object.Visible() {
		return false
	}
	switch k.Name {
	case fyne.KeyBackspace:
		p.backspace()
	case fyne.KeyReturn, fyne.KeyEnter:
		p.submit()
	case fyne.KeyEscape:
		p.close()
	}
	return true
}

func (p *pinPad) typedRune(r rune) bool {
	if !p.object.Visible() {
		return false
	}
	if r >= '0' && r <= '9' {
		p.digit(byte(r))
	}
	return true
}

func (p *pinPad) show(msg string) {
	p.dots.Text = strings.Repeat("●", len(p.entered))
	p.dots.Refresh()
	if msg != "" {
		p.message.Text = msg
		p.message.Refresh()
	}
}

// submit checks the PIN off the UI goroutine (the key derivation is slow on purpose).
func (p *pinPad) submit() {
	if p.busy {
		return
	}
	pin := string(p.entered)
	p.entered = p.entered[:0]
	p.busy = true
	p.show(T("kiosk.checking"))
	p.check(pin, func(ok bool, wait time.Duration) {
		p.busy = false
		switch {
		case ok:
			p.show(T("kiosk.bye"))
			p.k.quit()
		case wait > 0:
			p.show(TData("kiosk.wait", map[string]any{"Seconds": int(wait.Round(time.Second).Seconds())}))
		default:
			p.show(T("kiosk.wrong"))
		}
	})
}

// blocker is a tinted layer that takes every tap, drag and scroll itself, so that nothing
// under a modal panel (the PIN pad) reacts; each counts as input.
type blocker struct {
	widget.BaseWidget
	tint    color.Color
	onInput func()
}

func newBlocker(tint color.Color, onInput func()) *blocker {
	b := &blocker{tint: tint, onInput: onInput}
	b.ExtendBaseWidget(b)
	return b
}

func (b *blocker) input() {
	if b.onInput != nil {
		b.onInput()
	}
}

// Tapped swallows a tap.
func (b *blocker) Tapped(*fyne.PointEvent) { b.input() }

// Dragged swallows a drag.
func (b *blocker) Dragged(*fyne.DragEvent) { b.input() }

// DragEnd is part of fyne.Draggable.
func (b *blocker) DragEnd() {}

// Scrolled swallows the wheel.
func (b *blocker) Scrolled(*fyne.ScrollEvent) { b.input() }

// CreateRenderer draws the tint.
func (b *blocker) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(b.tint))
}
