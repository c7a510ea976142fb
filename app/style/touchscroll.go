package style

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// TouchScroll is a vertical scroll container that a finger scrolls: a drag anywhere on
// it moves its content with the finger (Fyne's own scroll container only does that on
// phones; on a desktop driver a touch screen's finger is a mouse, and a drag on the
// content did nothing). The drag stays with the container: the map under a panel or
// beside a card does not move.
//
// A finger's tap often wobbles a few units and so becomes a drag, after which Fyne sends
// no tap; a drag that ends within TapSlop of where it began is therefore a tap on what
// lies under it.
type TouchScroll struct {
	container.Scroll
	dragging bool
	start    fyne.Position // where the drag began, in the container
	moved    float32       // the farthest the finger got from start
}

// TapSlop is how far (in units) a finger may move and still tap.
const TapSlop = 10

// NewTouchScroll makes a vertical TouchScroll of content.
func NewTouchScroll(content fyne.CanvasObject) *TouchScroll {
	s := &TouchScroll{}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

// Dragged scrolls the content with the finger.
func (s *TouchScroll) Dragged(e *fyne.DragEvent) {
	if !s.dragging {
		s.dragging = true
		s.start = e.Position.Subtract(fyne.NewPos(e.Dragged.DX, e.Dragged.DY))
		s.moved = 0
	}
	d := e.Position.Subtract(s.start)
	s.moved = max(s.moved, max(abs(d.X), abs(d.Y)))
	s.Scrolled(&fyne.ScrollEvent{Scrolled: e.Dragged})
}

// DragEnd ends a drag; one that stayed within TapSlop taps what it began on.
func (s *TouchScroll) DragEnd() {
	if !s.dragging {
		return
	}
	s.dragging = false
	if s.moved <= TapSlop {
		TapAt(s.Content, s.start.Add(s.Offset))
	}
}

// TapAt taps the topmost visible tappable object under pos (relative to o) inside o, if
// there is one, and reports whether there was. It looks through containers, not into
// widgets: a tappable widget is found, what its renderer draws is not.
func TapAt(o fyne.CanvasObject, pos fyne.Position) bool {
	var found fyne.Tappable
	var at fyne.Position
	var walk func(o fyne.CanvasObject, origin fyne.Position)
	walk = func(o fyne.CanvasObject, origin fyne.Position) {
		if o == nil || !o.Visible() {
			return
		}
		p := origin.Add(o.Position())
		sz := o.Size()
		if pos.X < p.X || pos.Y < p.Y || pos.X >= p.X+sz.Width || pos.Y >= p.Y+sz.Height {
			return
		}
		if t, ok := o.(fyne.Tappable); ok {
			found, at = t, pos.Subtract(p)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, o := range c.Objects {
				walk(o, p)
			}
		}
	}
	walk(o, fyne.NewPos(-o.Position().X, -o.Position().Y))
	if found == nil {
		return false
	}
	found.Tapped(&fyne.PointEvent{Position: at})
	return true
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
