package kiosk

import "time"

// Waits imposed by Lock after wrong PINs.
const (
	FreeTries = 3                // wrong PINs allowed before a wait
	FirstWait = 30 * time.Second // wait after the FreeTries-th wrong PIN, doubling after each further one
	MaxWait   = 5 * time.Minute  // longest wait
)

// Lock guards the exit from kiosk mode with the staff PIN. After FreeTries
// wrong PINs in a row it refuses every PIN for a while, so that a visitor
// cannot try all four-digit PINs by hand. It is not safe for concurrent use,
// and Try runs the slow key derivation: call it off the UI goroutine.
type Lock struct {
	hash     string
	failures int
	until    time.Time
}

// NewLock returns a lock that opens for the PIN whose hash (pin_hash) is
// given. With an empty hash it never opens.
func NewLock(hash string) *Lock { return &Lock{hash: hash} }

// Try checks pin at time now. It reports whether the lock opened and, when it
// did not because of a wait, how long is left of it (0 after a wrong PIN that
// brings no wait). During a wait the PIN is not even checked.
func (l *Lock) Try(pin string, now time.Time) (ok bool, wait time.Duration) {
	if w := l.Wait(now); w > 0 {
		return false, w
	}
	if CheckPIN(l.hash, pin) {
		l.failures = 0
		return true, 0
	}
	l.failures++
	if l.failures < FreeTries {
		return false, 0
	}
	w := FirstWait
	for i := FreeTries; i < l.failures && w < MaxWait; i++ {
		w *= 2
	}
	w = min(w, MaxWait)
	l.until = now.Add(w)
	return false, w
}

// Wait is how long the lock still refuses PINs at now; 0 when it takes one.
func (l *Lock) Wait(now time.Time) time.Duration {
	return max(l.until.Sub(now), 0)
}
