package kioskview

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
)

// PinPad asks staff for the PIN with large keys (a kiosk may have no keyboard). The
// right PIN calls the unlock function; wrong ones are counted by the check and, after a
// few, refused for a while.
type PinPad struct {
	s       *Screens
	object  *fyne.Container
	entered []byte
	dots    *canvas.Text
	message *canvas.Text
	busy    bool
	keys    *fyne.Container // the digits and the cancel button
	choice  *fyne.Container // "edit" or "exit", after the right PIN when editing is offered
	staff   staffChoices    // the visitors dashboard and the note beside edit and exit (staff.go)
	// Check runs the (slow) PIN check off the UI goroutine and then done on it; tests
	// make it synchronous. The program may also answer through Result instead of done
	// (when the pad was rebuilt while a check ran).
	Check func(pin string, done func(ok bool, wait time.Duration))
}

// pinMaxLen is the longest PIN the pad takes.
const pinMaxLen = 12

func newPinPad(s *Screens, check func(pin string, done func(ok bool, wait time.Duration))) *PinPad {
	p := &PinPad{s: s, Check: check}
	p.dots = canvas.NewText("", color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	p.dots.TextSize = 34
	p.dots.Alignment = fyne.TextAlignCenter
	p.message = canvas.NewText(locale.T("kiosk.pin"), color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xFF})
	p.message.TextSize = style.Size(style.CardBody)
	p.message.Alignment = fyne.TextAlignCenter
	keys := container.NewGridWithColumns(3)
	for _, d := range "123456789" {
		d := byte(d)
		keys.Add(p.key(string(d), func() { p.Digit(d) }))
	}
	keys.Add(p.key("⌫", p.Backspace))
	keys.Add(p.key("0", func() { p.Digit('0') }))
	keys.Add(p.key("OK", p.Submit))
	cancel := widget.NewButton(locale.T("kiosk.cancel"), p.s.host.Act(p.Close))
	p.keys = container.NewVBox(keys, style.TallButton(cancel))
	edit := widget.NewButton(locale.T("kiosk.edit"), p.s.host.Act(p.Edit))
	edit.Importance = widget.HighImportance
	exit := widget.NewButton(locale.T("kiosk.exit"), p.s.host.Act(p.Exit))
	visitors := p.staff.build(p)
	p.choice = container.NewVBox(style.TallButton(edit), visitors, style.TallButton(exit), style.TallButton(
		widget.NewButton(locale.T("kiosk.cancel"), p.s.host.Act(p.Close))))
	p.choice.Hide()
	panel := container.NewVBox(p.message, p.dots, p.keys, container.NewCenter(p.choice), p.staff.noteBox)
	bg := canvas.NewRectangle(color.White)
	bg.CornerRadius = 16
	card := container.NewStack(bg, container.NewPadded(container.NewPadded(panel)))
	shade := newBlocker(color.NRGBA{A: 0xA0}, p.s.host.Input)
	p.object = container.NewStack(shade, container.NewCenter(container.NewGridWrap(fyne.NewSize(340, 480), card)))
	p.object.Hide()
	return p
}

func (p *PinPad) key(label string, f func()) fyne.CanvasObject {
	b := widget.NewButton(label, p.s.host.Act(f))
	return container.NewGridWrap(fyne.NewSize(96, 72), b)
}

// Open shows the pad, empty.
func (p *PinPad) Open() {
	p.entered = p.entered[:0]
	p.choice.Hide()
	p.keys.Show()
	p.show(locale.T("kiosk.pin"))
	p.object.Show()
	p.object.Refresh()
}

// Close hides the pad and forgets the digits typed.
func (p *PinPad) Close() {
	p.entered = p.entered[:0]
	p.object.Hide()
}

// Visible reports whether the pad is open.
func (p *PinPad) Visible() bool { return p.object.Visible() }

// Message is the line above the digits: the prompt, or the answer to the last try.
func (p *PinPad) Message() string { return p.message.Text }

// Digit types the digit d ('0'…'9').
func (p *PinPad) Digit(d byte) {
	if len(p.entered) < pinMaxLen {
		p.entered = append(p.entered, d)
	}
	p.show("")
}

// Backspace removes the last digit typed.
func (p *PinPad) Backspace() {
	if n := len(p.entered); n > 0 {
		p.entered = p.entered[:n-1]
	}
	p.show("")
}

// TypedKey takes Backspace, Enter and Escape from a keyboard while the pad is open; it
// reports whether the pad took the key. After the right PIN, Enter again exits (the
// staff's habit before the pad offered editing) and E edits (see TypedRune).
func (p *PinPad) TypedKey(k *fyne.KeyEvent) bool {
	if !p.object.Visible() {
		return false
	}
	if p.choice.Visible() {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			p.Exit()
		case fyne.KeyEscape:
			p.Close()
		}
		return true
	}
	switch k.Name {
	case fyne.KeyBackspace:
		p.Backspace()
	case fyne.KeyReturn, fyne.KeyEnter:
		p.Submit()
	case fyne.KeyEscape:
		p.Close()
	}
	return true
}

// TypedRune takes digits from a keyboard while the pad is open; it reports whether the
// pad took the rune.
func (p *PinPad) TypedRune(r rune) bool {
	if !p.object.Visible() {
		return false
	}
	if p.choice.Visible() {
		if r == 'e' || r == 'E' {
			p.Edit()
		}
		return true
	}
	if r >= '0' && r <= '9' {
		p.Digit(byte(r))
	}
	return true
}

func (p *PinPad) show(msg string) {
	p.dots.Text = strings.Repeat("●", len(p.entered))
	p.dots.Refresh()
	if msg != "" {
		p.message.Text = msg
		p.message.Refresh()
	}
}

// Submit checks the PIN off the UI goroutine (the key derivation is slow on purpose).
func (p *PinPad) Submit() {
	if p.busy {
		return
	}
	pin := string(p.entered)
	p.entered = p.entered[:0]
	p.busy = true
	p.show(locale.T("kiosk.checking"))
	p.Check(pin, p.Result)
}

// Result shows the answer to a PIN check: the right PIN unlocks; a wrong one says so,
// or how long to wait after too many.
func (p *PinPad) Result(ok bool, wait time.Duration) {
	p.busy = false
	switch {
	case ok && p.s.edit != nil:
		p.keys.Hide()
		p.choice.Show()
		p.show(locale.T("kiosk.choose"))
		p.object.Refresh() // lay the pad out again: the keys' room goes to the choices
	case ok:
		p.show(locale.T("kiosk.bye"))
		p.s.unlocked()
	case wait > 0:
		p.show(locale.TData("kiosk.wait", map[string]any{"Seconds": int(wait.Round(time.Second).Seconds())}))
	default:
		p.show(locale.T("kiosk.wrong"))
	}
}

// Choosing reports whether the pad offers the choice of edit or exit (after the right
// PIN).
func (p *PinPad) Choosing() bool { return p.choice.Visible() }

// Edit closes the pad and starts the edit mode (after the right PIN).
func (p *PinPad) Edit() {
	if !p.choice.Visible() {
		return
	}
	p.Close()
	p.s.edit()
}

// Exit leaves the kiosk (after the right PIN).
func (p *PinPad) Exit() {
	if !p.choice.Visible() {
		return
	}
	p.show(locale.T("kiosk.bye"))
	p.s.unlocked()
}
