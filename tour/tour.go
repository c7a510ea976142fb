// Package tour plays the guided tour of the map: it steps through the places in
// tour order, dwelling on each card long enough to read it, with pause, resume,
// next and previous, once through or in a loop for the kiosk's attract mode.
//
// The package keeps no clock of its own: every call that depends on time takes
// the current time, so the app passes time.Now() and tests pass made-up times.
package tour

import (
	"time"

	"ningbomap/data"
)

// State is what a tour is doing.
type State int

// States of a tour.
const (
	Stopped  State = iota // not started, or stopped (the visitor took over)
	Playing               // dwelling on the current stop, moving on by itself
	Paused                // holding the current stop until Resume
	Finished              // went past the last stop of a single pass
)

// String names the state.
func (s State) String() string {
	switch s {
	case Stopped:
		return "stopped"
	case Playing:
		return "playing"
	case Paused:
		return "paused"
	case Finished:
		return "finished"
	}
	return "unknown"
}

// Tour steps through a fixed list of stops. It is not safe for concurrent
// use: the app drives it from its UI goroutine. Its methods allocate nothing.
type Tour struct {
	stops     []Stop
	pacing    Pacing
	lang      data.Lang
	loop      bool
	index     int
	state     State
	due       time.Time     // end of the current dwell while Playing
	left      time.Duration // dwell left while Paused
	completed int
}

// New returns a stopped tour over a copy of stops, paced by p, in Chinese.
func New(stops []Stop, p Pacing) *Tour {
	return &Tour{stops: append([]Stop(nil), stops...), pacing: p, lang: data.Zh}
}

// SetLang sets the language the cards are read in; it paces the next stop
// reached, not the dwell under way.
func (t *Tour) SetLang(l data.Lang) { t.lang = l }

// SetLoop makes the tour go back to the first stop after the last instead of
// finishing (the attract loop).
func (t *Tour) SetLoop(on bool) { t.loop = on }

// Start plays the tour from its first stop.
func (t *Tour) Start(now time.Time) { t.StartAt(0, now) }

// StartAt plays the tour from stop i (clamped to the list), for a tour begun
// from the card a visitor is reading. A tour without stops stays Stopped.
func (t *Tour) StartAt(i int, now time.Time) {
	if len(t.stops) == 0 {
		t.state = Stopped
		return
	}
	t.index = min(max(i, 0), len(t.stops)-1)
	t.state = Playing
	t.due = now.Add(t.Dwell(t.index))
}

// Stop ends the tour where it is: the current stop stays current, so the app
// can leave its card open and hand control to the visitor.
func (t *Tour) Stop() { t.state = Stopped }

// Pause holds the current stop; the dwell left is kept for Resume.
func (t *Tour) Pause(now time.Time) {
	if t.state == Playing {
		t.left = max(t.due.Sub(now), 0)
		t.state = Paused
	}
}

// Resume goes on from a pause with the dwell that was left.
func (t *Tour) Resume(now time.Time) {
	if t.state == Paused {
		t.due = now.Add(t.left)
		t.state = Playing
	}
}

// Next moves to the next stop while the tour is playing or paused, keeping it
// playing or paused. Past the last stop a looping tour starts over and a
// single pass finishes; both count a completed pass. Next reports whether the
// current stop changed.
func (t *Tour) Next(now time.Time) bool {
	if t.state != Playing && t.state != Paused {
		return false
	}
	return t.forward(now)
}

// Prev moves to the previous stop while the tour is playing or paused. Before
// the first stop a looping tour goes to the last; a single pass stays on the
// first stop and starts its dwell again. Prev reports whether the current stop
// changed.
func (t *Tour) Prev(now time.Time) bool {
	if t.state != Playing && t.state != Paused {
		return false
	}
	i := t.index - 1
	if i < 0 {
		if !t.loop {
			t.arrive(t.index, now)
			return false
		}
		i = len(t.stops) - 1
	}
	t.arrive(i, now)
	return true
}

// Tick moves the tour on when the dwell on the current stop is over, and
// reports whether the current stop changed. A late tick moves one stop only
// and the new dwell starts at now, so no card is skipped after a stall. When a
// single pass ends, Tick reports false and State becomes Finished.
func (t *Tour) Tick(now time.Time) (advanced bool) {
	if t.state != Playing || now.Before(t.due) {
		return false
	}
	return t.forward(now)
}

// forward goes to the next stop, wrapping or finishing after the last.
func (t *Tour) forward(now time.Time) bool {
	i := t.index + 1
	if i >= len(t.stops) {
		t.completed++
		if !t.loop {
			t.state = Finished
			return false
		}
		i = 0
	}
	t.arrive(i, now)
	return true
}

// arrive makes stop i current and starts its dwell (or, paused, keeps all of
// it for Resume).
func (t *Tour) arrive(i int, now time.Time) {
	t.index = i
	d := t.Dwell(i)
	if t.state == Paused {
		t.left = d
		return
	}
	t.due = now.Add(d)
}
