// Package keyboard is an on-screen keyboard drawn in the window, for touch kiosks that
// have no keyboard and whose X session shows none: the letters a to z (pinyin, whole or
// as initials, and English), a space, backspace, clear and close, and above the keys the
// text typed so far. It knows Fyne and nothing of places or searches: what a key does is
// a callback.
//
// Its keys are large (at least style.KeyMM on a kiosk's screen: the caller gives the
// side), show when they are pressed, and take a tap that wobbles a little. A tap on a key
// does not take the keyboard focus from a text field: the keyboard is itself focusable,
// so that the window, seeing it under the finger, leaves the focus where it was, and a
// physical keyboard typing into the field still works.
package keyboard

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Labels are the words on the keys that are not letters, and the hint shown while
// nothing is typed, in the UI language.
type Labels struct {
	Hint      string // "输入拼音或英文" / "Type pinyin or English"
	Space     string
	Backspace string
	Clear     string
	Close     string
}

// Actions are what the keys do.
type Actions struct {
	Rune      func(r rune) // a letter or the space
	Backspace func()
	Clear     func()
	Close     func()
	Input     func() // every press of a key (a kiosk stays awake); may be nil
}

// rows are the letter rows, QWERTY as every phone and kiosk has them.
var rows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// Colours of the keyboard. Text on keys is at least 4.5:1 against them (WCAG AA).
var (
	PanelColour   = color.NRGBA{R: 0xDD, G: 0xE2, B: 0xE6, A: 0xFF}
	KeyColour     = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	SpecialColour = color.NRGBA{R: 0xBF, G: 0xC8, B: 0xCF, A: 0xFF}
	PressedColour = color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xFF}
	TextColour    = color.NRGBA{R: 0x1B, G: 0x1F, B: 0x23, A: 0xFF}
	PressedText   = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	HintColour    = color.NRGBA{R: 0x4A, G: 0x52, B: 0x5A, A: 0xFF}
	BorderColour  = color.NRGBA{R: 0x8A, G: 0x96, B: 0xA0, A: 0xFF}
)

// Keyboard is the keyboard: a panel with the typed text above four rows of keys.
type Keyboard struct {
	widget.BaseWidget
	side    float32 // a letter key's side, in units
	labels  Labels
	act     Actions
	keys    []*Key
	text    string
	display *canvas.Text
	caret   *canvas.Rectangle // after the typed text
	bg      *canvas.Rectangle
	bar     *canvas.Rectangle // the display's field
}

// New makes a keyboard whose letter keys are side units square (the app works side out
// with style.Millimetres so that a key is at least style.KeyMM on the kiosk's screen).
func New(l Labels, act Actions, side float32) *Keyboard {
	k := &Keyboard{side: side, labels: l, act: act}
	for _, row := range rows {
		for _, r := range row {
			r := r
			k.keys = append(k.keys, newKey(k, string(r), 1, false, func() { k.call(func() { act.Rune(r) }) }))
		}
	}
	k.keys = append(k.keys,
		newKey(k, l.Backspace, 2, true, func() { k.call(act.Backspace) }),
		newKey(k, l.Clear, 2, true, func() { k.call(act.Clear) }),
		newKey(k, l.Space, 5, false, func() { k.call(func() { act.Rune(' ') }) }),
		newKey(k, l.Close, 2, true, func() { k.call(act.Close) }))
	k.display = canvas.NewText("", TextColour)
	k.display.TextSize = side * 0.45
	k.bg = canvas.NewRectangle(PanelColour)
	k.bg.StrokeColor = BorderColour
	k.bg.StrokeWidth = 1
	k.caret = canvas.NewRectangle(PressedColour)
	k.bar = canvas.NewRectangle(KeyColour)
	k.bar.CornerRadius = side / 10
	k.bar.StrokeColor = BorderColour
	k.bar.StrokeWidth = 1
	k.ExtendBaseWidget(k)
	k.SetText("")
	return k
}

// call runs f (when set) after telling the host of the input.
func (k *Keyboard) call(f func()) {
	if k.act.Input != nil {
		k.act.Input()
	}
	if f != nil {
		f()
	}
}

// SetText shows s as what is typed (the hint when s is empty).
func (k *Keyboard) SetText(s string) {
	k.text = s
	if s == "" {
		k.display.Text, k.display.Color = k.labels.Hint, HintColour
	} else {
		k.display.Text, k.display.Color = s, TextColour
	}
	k.display.Refresh()
	k.Refresh() // the caret follows the text
}

// Text is what SetText last showed.
func (k *Keyboard) Text() string { return k.text }

// Key is the key labelled label ("g", or a label of Labels), or nil.
func (k *Keyboard) Key(label string) *Key {
	for _, key := range k.keys {
		if key.label.Text == label {
			return key
		}
	}
	return nil
}

// Keys are every key, the letters first in row order.
func (k *Keyboard) Keys() []*Key { return k.keys }

// CreateRenderer is part of fyne.Widget.
func (k *Keyboard) CreateRenderer() fyne.WidgetRenderer {
	objs := []fyne.CanvasObject{k.bg, k.bar, k.display, k.caret}
	for _, key := range k.keys {
		objs = append(objs, key)
	}
	return &renderer{k: k, objects: objs}
}

// The keyboard is focusable so that a tap on it leaves the keyboard focus where it is
// (see the package comment); should it get the focus itself, it types what it is given.

// FocusGained is part of fyne.Focusable.
func (k *Keyboard) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (k *Keyboard) FocusLost() {}

// TypedRune types r as its key would.
func (k *Keyboard) TypedRune(r rune) { k.call(func() { k.act.Rune(r) }) }

// TypedKey answers Backspace and Escape (close) as their keys would.
func (k *Keyboard) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyBackspace:
		k.call(k.act.Backspace)
	case fyne.KeyEscape:
		k.call(k.act.Close)
	}
}

// Tapped keeps a tap between the keys from reaching what lies under the keyboard.
func (k *Keyboard) Tapped(*fyne.PointEvent) {}

// Dragged keeps a drag on the keyboard from moving the map under it.
func (k *Keyboard) Dragged(*fyne.DragEvent) {}

// DragEnd is part of fyne.Draggable.
func (k *Keyboard) DragEnd() {}
