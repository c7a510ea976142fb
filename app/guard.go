package app

import (
	"log"
	"runtime/debug"
)

// inputGuard tells a person's input from the UI's own changes, and keeps a panic in a
// callback from ending the app.
type inputGuard struct {
	panics       int  // panics recovered in callbacks
	selfUpdating bool // the UI is changing itself: callbacks are not a person's input
}

// selfUpdate marks what follows as the UI changing itself, until the returned function
// is called (defer it).
func (g *inputGuard) selfUpdate() (done func()) {
	prev := g.selfUpdating
	g.selfUpdating = true
	return func() { g.selfUpdating = prev }
}

// userAction wraps what a button or a list entry does: it counts as input for the kiosk,
// and a panic inside it is logged and answered by returning to the overview instead of
// ending the app.
func (ui *mainUI) userAction(f func()) func() {
	return func() {
		defer ui.recoverPanic()
		ui.noteInput()
		f()
	}
}

// recoverPanic turns a panic in a callback into a log line and a fresh start. Defer it.
func (ui *mainUI) recoverPanic() {
	if r := recover(); r != nil {
		log.Printf("recovered from a panic: %v\n%s", r, debug.Stack())
		ui.guard.panics++
		func() {
			defer func() {
				if r := recover(); r != nil {
					log.Printf("panic while recovering: %v", r)
				}
			}()
			ui.tour.stop()
			ui.home()
		}()
	}
}

// noteInput tells the kiosk (if any) that someone is there.
func (ui *mainUI) noteInput() {
	if ui.kiosk != nil && !ui.guard.selfUpdating {
		ui.kiosk.input()
	}
}
