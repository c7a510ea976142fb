package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// afterPaint runs f on the UI goroutine once the window has painted what it shows now.
// Fyne ticks its animations just before each paint, so f runs at an animation's second
// tick (or its last, should a slow machine tick it only then).
func afterPaint(f func()) {
	ticks, done := 0, false
	a := &fyne.Animation{Duration: 5 * time.Second, Curve: fyne.AnimationLinear}
	a.Tick = func(p float32) {
		if ticks++; done || (ticks < 2 && p < 1) {
			return
		}
		done = true
		a.Stop()
		f()
	}
	a.Start()
}
