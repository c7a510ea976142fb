package kiosk

import (
	"ningbomap/tour"
)

// Update tells the app what to do after a Tick or Input of an Attractor.
type Update struct {
	State     State // after the call
	Changed   bool  // State differs from before the call: show or hide the banner or the hint
	Remaining int   // seconds on the countdown banner while State is Countdown

	// Reset is set on entering Attract: close what is open, return to the
	// overview and the configured language, and show the "touch to explore" hint.
	Reset bool
	// Show is the id of the place to fly to and open now; "" for none.
	Show string
	// HandOver is set when a touch ended the attract loop: stop flying, keep
	// the card that is open, hide the hint, and let the visitor carry on.
	HandOver bool
	// Lap is set when the loop has just finished a pass over all stops.
	Lap bool
}

// Attractor runs the kiosk's attract cycle: it watches for idleness, counts
// down, then resets the map and plays the tour in a loop until the first
// touch, which hands control over where the tour is. The app calls Tick a few
// times a second (and Input on every touch, click or key) and acts on the
// Update. A visitor watching their own guided tour touches nothing: call Input
// when that tour moves on, or the kiosk takes the visitor for gone. It is not
// safe for concurrent use.
type Attractor struct {
	clock Clock
	idle  *Idle
	tour  *tour.Tour
}

// NewAttractor returns the attract cycle for the idle limits and pacing of
// cfg, touring stops in a loop; put the overview's stop first to show it at
// the start of every pass. The last input is taken to be now.
func NewAttractor(cfg Config, stops []tour.Stop, clock Clock) *Attractor {
	limit, countdown := cfg.IdleLimits()
	t := tour.New(stops, cfg.Pacing())
	t.SetLoop(true)
	return &Attractor{clock: clock, idle: NewIdle(limit, countdown, clock.Now()), tour: t}
}

// Tour is the attract loop's tour, for its position and dots, or to set its
// language.
func (a *Attractor) Tour() *tour.Tour { return a.tour }

// State is the attract cycle's state.
func (a *Attractor) State() State { return a.idle.State() }

// Tick moves the cycle on to the clock's time.
func (a *Attractor) Tick() Update {
	now := a.clock.Now()
	s, changed := a.idle.Tick(now)
	u := Update{State: s, Changed: changed, Remaining: a.idle.Remaining()}
	if s != Attract {
		return u
	}
	if changed {
		u.Reset = true
		a.tour.Start(now)
		u.Show = a.current()
		return u
	}
	passes := a.tour.Completed()
	if a.tour.Tick(now) {
		u.Show = a.current()
	}
	u.Lap = a.tour.Completed() > passes
	return u
}

// Input records a touch, click or key at the clock's time. During the
// attract loop it stops the tour and hands over control where it is.
func (a *Attractor) Input() Update {
	before := a.idle.State()
	u := Update{HandOver: a.idle.Input(a.clock.Now())}
	if u.HandOver {
		a.tour.Stop()
	}
	u.State = a.idle.State()
	u.Changed = u.State != before
	return u
}

// current is the id of the tour's current stop, or "".
func (a *Attractor) current() string {
	s, _ := a.tour.Current()
	return s.ID
}

// Idle makes the visitor count as gone since long ago: the next Tick enters
// the attract loop (with Reset) without a countdown. The app calls it after
// it switched to a new exhibition at an idle moment, so the loop goes on
// over the new content from its start.
func (a *Attractor) Idle() {
	a.idle.last = a.clock.Now().Add(-a.idle.limit)
}
