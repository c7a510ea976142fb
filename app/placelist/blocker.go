package placelist

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// blocker lies under the panel's content and keeps taps, drags and the wheel on the
// panel from reaching the map under it.
type blocker struct{ widget.BaseWidget }

func newBlocker() *blocker {
	b := &blocker{}
	b.ExtendBaseWidget(b)
	return b
}

func (b *blocker) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(layoutSpacer())
}
func (b *blocker) Tapped(*fyne.PointEvent)    {}
func (b *blocker) Dragged(*fyne.DragEvent)    {}
func (b *blocker) DragEnd()                   {}
func (b *blocker) Scrolled(*fyne.ScrollEvent) {}
