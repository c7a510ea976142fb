package keyboard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// Key is one key: lit in Party red while a finger is on it, and pressed by a tap or by a
// drag that stays within style.TapSlop (a finger's wobble).
type Key struct {
	widget.BaseWidget
	kb      *Keyboard
	span    float32 // width in letter-key sides
	special bool    // backspace, clear, close: a darker key
	press   func()
	bg      *canvas.Rectangle
	label   *canvas.Text
	pressed bool
	drag    float32 // how far the current drag has gone
}

func newKey(kb *Keyboard, label string, span float32, special bool, press func()) *Key {
	k := &Key{kb: kb, span: span, special: special, press: press}
	k.bg = canvas.NewRectangle(KeyColour)
	k.bg.CornerRadius = kb.side / 10
	k.bg.StrokeColor = BorderColour
	k.bg.StrokeWidth = 1
	k.label = canvas.NewText(label, TextColour)
	k.label.Alignment = fyne.TextAlignCenter
	k.label.TextSize = kb.side * 0.42
	if special || span > 1 {
		k.label.TextSize = kb.side * 0.32
	}
	k.ExtendBaseWidget(k)
	k.paint()
	return k
}

// Label is the text on the key.
func (k *Key) Label() string { return k.label.Text }

// Pressed reports whether the key shows pressed.
func (k *Key) Pressed() bool { return k.pressed }

// paint colours the key for its state.
func (k *Key) paint() {
	switch {
	case k.pressed:
		k.bg.FillColor, k.label.Color = PressedColour, PressedText
	case k.special:
		k.bg.FillColor, k.label.Color = SpecialColour, TextColour
	default:
		k.bg.FillColor, k.label.Color = KeyColour, TextColour
	}
	k.bg.Refresh()
	k.label.Refresh()
}

func (k *Key) setPressed(on bool) {
	if k.pressed != on {
		k.pressed = on
		k.paint()
	}
}

// Tapped presses the key.
func (k *Key) Tapped(*fyne.PointEvent) {
	k.setPressed(false)
	k.press()
}

// MouseDown lights the key (a finger on a touch screen is the mouse's first button).
func (k *Key) MouseDown(*desktop.MouseEvent) { k.setPressed(true) }

// MouseUp puts the light out.
func (k *Key) MouseUp(*desktop.MouseEvent) { k.setPressed(false) }

// Dragged follows a finger that moves on the key.
func (k *Key) Dragged(e *fyne.DragEvent) {
	k.drag += max(abs(e.Dragged.DX), abs(e.Dragged.DY))
	k.setPressed(k.drag <= style.TapSlop)
}

// DragEnd presses the key when the finger wobbled rather than moved away.
func (k *Key) DragEnd() {
	wobble := k.drag <= style.TapSlop
	k.drag = 0
	k.setPressed(false)
	if wobble {
		k.press()
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// CreateRenderer is part of fyne.Widget.
func (k *Key) CreateRenderer() fyne.WidgetRenderer { return &keyRenderer{k: k} }

type keyRenderer struct{ k *Key }

func (r *keyRenderer) Layout(size fyne.Size) {
	r.k.bg.Resize(size)
	ts := r.k.label.MinSize()
	r.k.label.Move(fyne.NewPos(0, (size.Height-ts.Height)/2))
	r.k.label.Resize(fyne.NewSize(size.Width, ts.Height))
}

func (r *keyRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.k.span*r.k.kb.side, r.k.kb.side)
}

func (r *keyRenderer) Refresh() { r.k.paint() }

func (r *keyRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.k.bg, r.k.label}
}

func (r *keyRenderer) Destroy() {}
