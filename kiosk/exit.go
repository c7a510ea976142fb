package kiosk

import (
	"math"
	"time"
)

// Defaults of the hidden exit gesture.
const (
	DefaultExitBox  = 80              // side of the corner square, in window units
	DefaultExitHold = 5 * time.Second // how long to hold
	DefaultExitSlop = 20              // how far the finger may wander, in window units
)

// HoldGesture recognises the staff's hidden way out of kiosk mode: a press in
// a corner of the window held still for a few seconds. The app forwards the
// pointer's press, moves and release in window units, calls Tick as time
// passes, and asks for the PIN when any of them reports true. Each hold
// triggers at most once. It is not safe for concurrent use.
type HoldGesture struct {
	Corner Corner
	Box    float32       // side of the corner square; DefaultExitBox
	Hold   time.Duration // hold time; DefaultExitHold
	Slop   float32       // allowed movement from the press point; DefaultExitSlop

	w, h   float32
	down   bool
	x0, y0 float32
	start  time.Time
	fired  bool
}

// NewHoldGesture returns the gesture for corner c with the default box, hold
// time and slop. Call Resize before the first press.
func NewHoldGesture(c Corner) *HoldGesture {
	return &HoldGesture{Corner: c, Box: DefaultExitBox, Hold: DefaultExitHold, Slop: DefaultExitSlop}
}

// Resize tells the gesture the window's size, in the units of the events.
func (g *HoldGesture) Resize(w, h float32) { g.w, g.h = w, h }

// Press starts a hold when (x, y) is in the corner, and reports whether it
// did. A press elsewhere cancels any hold.
func (g *HoldGesture) Press(x, y float32, now time.Time) bool {
	g.down = g.Corner.contains(x, y, g.w, g.h, g.Box)
	g.x0, g.y0, g.start, g.fired = x, y, now, false
	return g.down
}

// Move follows the pointer: moving further than Slop from the press point
// cancels the hold. It reports true when the hold has just lasted long enough.
func (g *HoldGesture) Move(x, y float32, now time.Time) bool {
	if !g.down {
		return false
	}
	if math.Hypot(float64(x-g.x0), float64(y-g.y0)) > float64(g.Slop) {
		g.down = false
		return false
	}
	return g.Tick(now)
}

// Release ends the hold; it reports true when the hold lasted long enough and
// had not triggered yet (a Tick that came late).
func (g *HoldGesture) Release(now time.Time) bool {
	fired := g.Tick(now)
	g.down = false
	return fired
}

// Tick reports true once, when a hold under way reaches the hold time.
func (g *HoldGesture) Tick(now time.Time) bool {
	if !g.down || g.fired || now.Sub(g.start) < g.Hold {
		return false
	}
	g.fired = true
	return true
}

// Progress is how far a hold under way has come, from 0 to 1, for a faint
// indicator that tells staff to keep holding; 0 when there is no hold.
func (g *HoldGesture) Progress(now time.Time) float64 {
	if !g.down || g.Hold <= 0 {
		return 0
	}
	return min(max(float64(now.Sub(g.start))/float64(g.Hold), 0), 1)
}
