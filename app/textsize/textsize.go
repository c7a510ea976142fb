// Package textsize is the visitors' text size: three steps from the staff's default (the
// configuration's text_scale), chosen with two buttons, A− and A+, and back to the
// default at the idle reset. It keeps the step and says when the scale changes; the
// window applies it (style.Theme.Text, the map's names) and rebuilds what reads it.
package textsize

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// Steps are the text sizes a visitor can choose, as factors of the staff's default.
var Steps = [...]float32{1, 1.25, 1.5}

// Size is the text size now.
type Size struct {
	// Base is the staff's default (text_scale), 1 when not set.
	Base float32
	// OnChange is told the new scale (Base times the step) when it changes.
	OnChange func(scale float32)
	step     int
}

// Scale is the text scale now: Base times the step's factor.
func (s *Size) Scale() float32 {
	b := s.Base
	if b <= 0 {
		b = 1
	}
	return b * Steps[s.step]
}

// Step is the step now, from 0 (the staff's default) to len(Steps)-1.
func (s *Size) Step() int { return s.step }

// Larger goes a step up, when there is one.
func (s *Size) Larger() { s.set(s.step + 1) }

// Smaller goes a step down, when there is one.
func (s *Size) Smaller() { s.set(s.step - 1) }

// Reset returns to the staff's default.
func (s *Size) Reset() { s.set(0) }

// ResetQuiet returns to the staff's default as Reset does, but without telling OnChange:
// the caller applies the scale itself (the idle reset, which rebuilds the window once for
// the text size and the language together). It reports whether the step changed.
func (s *Size) ResetQuiet() (changed bool) {
	changed = s.step != 0
	s.step = 0
	return changed
}

func (s *Size) set(step int) {
	step = max(0, min(step, len(Steps)-1))
	if step == s.step {
		return
	}
	s.step = step
	if s.OnChange != nil {
		s.OnChange(s.Scale())
	}
}

// Labels are the buttons' words.
type Labels struct {
	Smaller string // "A–" (an en dash: the embedded font has no minus sign)
	Larger  string // "A+"
}

// Buttons are A− and A+ side by side, each a touch target, doing act(what).
func Buttons(s *Size, l Labels, act func(func()) func()) *fyne.Container {
	if act == nil {
		act = func(f func()) func() { return f }
	}
	smaller := widget.NewButton(l.Smaller, act(s.Smaller))
	larger := widget.NewButton(l.Larger, act(s.Larger))
	return container.NewHBox(style.TouchTarget(smaller), style.TouchTarget(larger))
}
