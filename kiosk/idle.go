package kiosk

import "time"

// Clock tells the time. The app uses SystemClock; tests use a clock they set.
type Clock interface{ Now() time.Time }

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now(), which carries a monotonic reading, so idle times
// are not upset by changes of the wall clock.
func (SystemClock) Now() time.Time { return time.Now() }

// State is where the kiosk is in its attract cycle.
type State int

// States of the attract cycle.
const (
	Active    State = iota // someone is using the map
	Countdown              // nobody has for a while: a banner counts down
	Attract                // nobody is: the tour plays in a loop
)

// String names the state.
func (s State) String() string {
	switch s {
	case Active:
		return "active"
	case Countdown:
		return "countdown"
	case Attract:
		return "attract"
	}
	return "unknown"
}

// Idle watches for input and tells when the kiosk has been left alone. With
// an idle limit L and a countdown C, it is Active until L−C after the last
// input, Countdown from then (Remaining counts the seconds down) and Attract
// from L on; any input brings it back to Active. Boundaries belong to the
// later state: at exactly L−C it counts down, at exactly L it attracts. It is
// not safe for concurrent use.
type Idle struct {
	limit, countdown time.Duration
	last, now        time.Time
	state            State
}

// NewIdle returns a watch whose last input was at now. The countdown is
// clamped to 0…limit.
func NewIdle(limit, countdown time.Duration, now time.Time) *Idle {
	limit = max(limit, 0)
	return &Idle{limit: limit, countdown: min(max(countdown, 0), limit), last: now, now: now}
}

// Input records a touch, click or key at now and makes the state Active. It
// reports whether that interrupted the attract loop, in which case the app
// stops the tour and leaves the visitor where it was.
func (i *Idle) Input(now time.Time) (interrupted bool) {
	interrupted = i.state == Attract
	i.last, i.now, i.state = now, now, Active
	return interrupted
}

// Tick brings the state up to now and reports it, and whether it changed.
// Attract lasts until the next Input; a tick long after the last (a stalled
// app) may go from Active straight to Attract.
func (i *Idle) Tick(now time.Time) (s State, changed bool) {
	i.now = now
	if i.state == Attract {
		return Attract, false
	}
	next := Active
	switch idle := now.Sub(i.last); {
	case idle >= i.limit:
		next = Attract
	case idle >= i.limit-i.countdown:
		next = Countdown
	}
	changed = next != i.state
	i.state = next
	return next, changed
}

// State is the state at the last Tick or Input.
func (i *Idle) State() State { return i.state }

// Remaining is the number of whole seconds left on the countdown banner at
// the last Tick, rounded up (10 … 1); 0 outside the countdown.
func (i *Idle) Remaining() int {
	if i.state != Countdown {
		return 0
	}
	left := i.limit - i.now.Sub(i.last)
	return int((left + time.Second - 1) / time.Second)
}
