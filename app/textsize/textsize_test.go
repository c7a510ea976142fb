package textsize

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
	"ningbomap/resources"
)

var labels = Labels{Smaller: "A–", Larger: "A+"}

// TestSteps walks the steps up past the top, down past the bottom and back by Reset:
// the scale follows the staff's base and OnChange hears each change once.
func TestSteps(t *testing.T) {
	for _, base := range []float32{0, 1, 1.25} {
		var heard []float32
		s := &Size{Base: base, OnChange: func(f float32) { heard = append(heard, f) }}
		b := max(base, 1)
		if base == 0 {
			b = 1
		}
		for _, tc := range []struct {
			do   func()
			step int
		}{
			{s.Larger, 1}, {s.Larger, 2}, {s.Larger, 2}, {s.Smaller, 1}, {s.Reset, 0}, {s.Smaller, 0}, {s.Reset, 0},
		} {
			tc.do()
			if s.Step() != tc.step || s.Scale() != b*Steps[tc.step] {
				t.Errorf("base %g: step %d scale %g, want step %d scale %g", base, s.Step(), s.Scale(), tc.step, b*Steps[tc.step])
			}
		}
		want := []float32{b * 1.25, b * 1.5, b * 1.25, b}
		if len(heard) != len(want) {
			t.Fatalf("base %g: heard %v, want %v", base, heard, want)
		}
		for i := range want {
			if heard[i] != want[i] {
				t.Errorf("base %g: heard %v, want %v", base, heard, want)
			}
		}
	}
}

// TestResetQuiet: the quiet reset returns to the staff's default from every step, says
// whether the step changed, and OnChange hears nothing.
func TestResetQuiet(t *testing.T) {
	for step := range len(Steps) {
		t.Run(fmt.Sprint(step), func(t *testing.T) {
			heard := 0
			s := &Size{Base: 1.25}
			for range step {
				s.Larger()
			}
			s.OnChange = func(float32) { heard++ }
			if changed := s.ResetQuiet(); changed != (step != 0) {
				t.Errorf("from step %d: changed %v", step, changed)
			}
			if s.Step() != 0 || s.Scale() != 1.25 || heard != 0 {
				t.Errorf("from step %d: step %d scale %g, OnChange heard %d times; want 0, 1.25, 0", step, s.Step(), s.Scale(), heard)
			}
		})
	}
}

// TestButtons: A+ and A− change the size through act, and each is a touch target.
func TestButtons(t *testing.T) {
	a := test.NewTempApp(t)
	th := style.NewTheme()
	th.Zoom = 1.25
	a.Settings().SetTheme(th)
	acts := 0
	s := &Size{}
	box := Buttons(s, labels, func(f func()) func() { return func() { acts++; f() } })
	w := test.NewTempWindow(t, box)
	w.Resize(box.MinSize())
	var buttons []*widget.Button
	for _, o := range box.Objects {
		buttons = append(buttons, o.(*fyne.Container).Objects[0].(*widget.Button))
	}
	test.Tap(buttons[1])
	test.Tap(buttons[1])
	test.Tap(buttons[0])
	if s.Step() != 1 || acts != 3 {
		t.Errorf("step %d after A+ A+ A−, %d actions; want 1 and 3", s.Step(), acts)
	}
	for _, b := range buttons {
		if sz := b.Size(); min(sz.Width, sz.Height) < style.Millimetres(style.TargetMM, 1) {
			t.Errorf("%q is %v, under 9 mm", b.Text, sz)
		}
	}
	for _, r := range labels.Smaller + labels.Larger {
		if !resources.HasRune(r) {
			t.Errorf("%q is not in the embedded font", r)
		}
	}
}
