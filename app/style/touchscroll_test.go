package style

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// tallContent is 20 buttons of 50 units, each counting its taps.
func tallContent(taps []int) *fyne.Container {
	box := container.NewVBox()
	for i := range taps {
		b := widget.NewButton("row", func() { taps[i]++ })
		box.Add(container.NewGridWrap(fyne.NewSize(200, 50), b))
	}
	return box
}

// TestTouchScrollDrag: a drag moves the content with the finger, within its ends.
func TestTouchScrollDrag(t *testing.T) {
	test.NewTempApp(t)
	taps := make([]int, 20)
	s := NewTouchScroll(tallContent(taps))
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(220, 300))
	s.Resize(fyne.NewSize(220, 300))
	for _, tc := range []struct {
		name  string
		dy    float32
		wantY float32
	}{
		{"up by 120 shows what is below", -120, 120},
		{"down by 40", 40, 80},
		{"far down stops at the top", 500, 0},
		{"far up stops at the end", -5000, s.Content.MinSize().Height - 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 150)}, Dragged: fyne.Delta{DY: tc.dy}})
			s.DragEnd()
			if s.Offset.Y != tc.wantY {
				t.Errorf("offset %g, want %g", s.Offset.Y, tc.wantY)
			}
		})
	}
	for i, n := range taps {
		if n != 0 {
			t.Errorf("row %d was tapped by a long drag", i)
		}
	}
}

// TestTouchScrollWobbleTaps: a drag that stays within TapSlop taps the row it began on,
// also when the content is scrolled.
func TestTouchScrollWobbleTaps(t *testing.T) {
	test.NewTempApp(t)
	taps := make([]int, 20)
	content := tallContent(taps)
	s := NewTouchScroll(content)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(220, 300))
	s.Resize(fyne.NewSize(220, 300))
	rowPitch := content.Objects[1].Position().Y - content.Objects[0].Position().Y

	wobble := func(y float32) {
		s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, y+3)}, Dragged: fyne.Delta{DX: 2, DY: 3}})
		s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(104, y+5)}, Dragged: fyne.Delta{DX: 2, DY: 2}})
		s.DragEnd()
	}
	wobble(rowPitch*2 + 10) // the third row
	if taps[2] != 1 {
		t.Errorf("taps %v: want the third row tapped once", taps)
	}
	s.ScrollToOffset(fyne.NewPos(0, rowPitch*5))
	wobble(10) // now the sixth row is at the top
	if taps[5] != 1 {
		t.Errorf("taps %v: want the sixth row tapped once after scrolling", taps)
	}
}

// TestTapAtMissesHidden: TapAt skips hidden objects and reports a miss.
func TestTapAtMissesHidden(t *testing.T) {
	test.NewTempApp(t)
	n := 0
	b := widget.NewButton("x", func() { n++ })
	c := container.NewWithoutLayout(b, canvas.NewRectangle(nil))
	b.Resize(fyne.NewSize(50, 50))
	c.Resize(fyne.NewSize(100, 100))
	b.Hide()
	if TapAt(c, fyne.NewPos(10, 10)) || n != 0 {
		t.Error("a hidden button was tapped")
	}
	b.Show()
	if !TapAt(c, fyne.NewPos(10, 10)) || n != 1 {
		t.Error("the button was not tapped")
	}
}
