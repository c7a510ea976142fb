package kioskview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

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
