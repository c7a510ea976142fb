package kiosk

import (
	"sync"
	"time"

	"ningbomap/fleet"
)

// RetrySwitch is how long a switch that failed waits before the next try
// (at an idle moment still).
const RetrySwitch = time.Minute

// Switch holds an exhibition the fleet has installed until the kiosk's next
// idle moment: the fleet calls Ready on its own goroutine; the app asks Due
// at each tick of its attract cycle and switches only while the attract
// loop plays and no staff member edits, never under a visitor's hands. A
// newer bundle arriving before the switch replaces the waiting one. Its
// methods are safe for concurrent use.
type Switch struct {
	mu      sync.Mutex
	pending *fleet.Bundle
	notYet  time.Time // after a failed switch: no new try before then
}

// Ready records that bundle b is installed and waits to be shown.
func (s *Switch) Ready(b fleet.Bundle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending == nil || !b.Published.Before(s.pending.Published) {
		s.pending = &b
		s.notYet = time.Time{}
	}
}

// Pending is the bundle waiting to be shown, if any.
func (s *Switch) Pending() (fleet.Bundle, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending == nil {
		return fleet.Bundle{}, false
	}
	return *s.pending, true
}

// Due returns the bundle to switch to now, at time now in attract state st
// with staff editing or not, and takes it off the waiting list: the app
// then reloads its exhibition and calls Done.
func (s *Switch) Due(now time.Time, st State, editing bool) (fleet.Bundle, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending == nil || st != Attract || editing || now.Before(s.notYet) {
		return fleet.Bundle{}, false
	}
	b := *s.pending
	s.pending = nil
	return b, true
}

// Done records how the switch to b went at time now: when it failed, b
// waits again (unless a newer bundle came meanwhile) and is tried again at
// an idle moment after RetrySwitch.
func (s *Switch) Done(b fleet.Bundle, now time.Time, err error) {
	if err == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending == nil {
		s.pending = &b
	}
	s.notYet = now.Add(RetrySwitch)
}
