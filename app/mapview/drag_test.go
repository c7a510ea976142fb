package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestDragHooks claims a drag that starts on a spot of the program's and lets others
// pan: a claimed drag leaves the view where it was and reports where it ends.
func TestDragHooks(t *testing.T) {
	tm := newTestMap(t)
	spot := fyne.NewPos(100, 100)
	var moves int
	var end fyne.Position
	tm.m.Drag = DragHooks{
		Claim: func(pos fyne.Position) bool { return pos == spot },
		Move:  func(fyne.Position) { moves++ },
		End:   func(pos fyne.Position) { end = pos },
	}
	for _, c := range []struct {
		name  string
		from  fyne.Position
		claim bool
	}{
		{"on the spot", spot, true},
		{"elsewhere", fyne.NewPos(200, 200), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			moves, end = 0, fyne.Position{}
			before := tm.m.Viewport()
			// As a window sends it: each event at the pointer, with the step since the last.
			for i := 1; i <= 2; i++ {
				tm.m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: c.from.Add(fyne.NewPos(20*float32(i), 10*float32(i)))},
					Dragged: fyne.Delta{DX: 20, DY: 10}})
			}
			tm.m.DragEnd()
			after := tm.m.Viewport()
			panned := after.Center != before.Center
			if panned == c.claim {
				t.Errorf("panned %v, want %v", panned, !c.claim)
			}
			if c.claim && (moves == 0 || end != c.from.Add(fyne.NewPos(40, 20))) {
				t.Errorf("claimed drag: %d moves, ended at %v", moves, end)
			}
			if !c.claim && moves != 0 {
				t.Errorf("unclaimed drag reached the program: %d moves", moves)
			}
		})
	}
}
