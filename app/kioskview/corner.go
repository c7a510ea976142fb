package kioskview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"ningbomap/kiosk"
)

// ExitCorner is an invisible square in one corner of the window: holding it for a few
// seconds asks for the staff PIN.
//
// It is exported so that a test can press it; a program only places Screens.Object.
type ExitCorner struct {
	widget.BaseWidget
	s *Screens
}

func newExitCorner(s *Screens) *ExitCorner {
	e := &ExitCorner{s: s}
	e.ExtendBaseWidget(e)
	return e
}

// layer places the square in the gesture's corner.
func (e *ExitCorner) layer(g *kiosk.HoldGesture) fyne.CanvasObject {
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

func (e *ExitCorner) windowPos(ev *desktop.MouseEvent) (float32, float32) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		s := c.Size()
		e.s.hold.Resize(s.Width, s.Height)
	}
	return ev.AbsolutePosition.X, ev.AbsolutePosition.Y
}

// MouseDown starts a hold.
func (e *ExitCorner) MouseDown(ev *desktop.MouseEvent) {
	e.s.host.Input()
	x, y := e.windowPos(ev)
	e.s.hold.Press(x, y, e.s.host.Now())
}

// MouseUp ends it.
func (e *ExitCorner) MouseUp(ev *desktop.MouseEvent) {
	if e.s.hold.Release(e.s.host.Now()) {
		e.s.Pin.Open()
	}
}

// CreateRenderer draws nothing.
func (e *ExitCorner) CreateRenderer() fyne.WidgetRenderer {
	r := canvas.NewRectangle(color.Transparent)
	return widget.NewSimpleRenderer(r)
}
