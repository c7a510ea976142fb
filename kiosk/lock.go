package kiosk

import (
	"sync"
	"sync/atomic"
	"time"
)

// Waits imposed by Lock after wrong PINs.
const (
	FreeTries = 3                // wrong PINs allowed before a wait
	FirstWait = 30 * time.Second // wait after the FreeTries-th wrong PIN, doubling after each further one
	MaxWait   = 5 * time.Minute  // longest wait
)

// Lock guards the exit from kiosk mode with the staff PIN. After FreeTries
// wrong PINs in a row it refuses every PIN for a while, so that a visitor
// cannot try PINs by hand. A lock made by OpenLock keeps that count in a
// state file, so restarting the app (the systemd unit restarts it on any
// exit) does not reset it.
//
// It is safe for concurrent use, and only one PIN check (Argon2id, 64 MiB and
// a noticeable fraction of a second) runs at a time in the whole process: a
// check asked for while another runs, on this lock or any other, is refused
// at once with Result.Busy. Check runs the slow key derivation: call it off
// the UI goroutine.
type Lock struct {
	hash string
	path string // state file; "" to keep the count in memory only

	mu       sync.Mutex // guards the fields below and the state file
	failures int
	until    time.Time
}

// Result is the outcome of one Check.
type Result struct {
	OK       bool          // the PIN was right: the lock opened
	Wait     time.Duration // the lock refuses PINs for this long (0: it takes the next one)
	Busy     bool          // another check was running: this PIN was neither checked nor counted
	ShortPIN bool          // OK, but the PIN has fewer than MinPINDigits digits: staff should make a new one
	Err      error         // the wrong-PIN count could not be saved; the result stands
}

// checking is set while a PIN check runs anywhere in the process.
var checking atomic.Bool

// checkPIN checks a PIN against a hash; tests replace it to hold a check open.
var checkPIN = CheckPIN

// NewLock returns a lock that opens for the PIN whose hash (pin_hash) is
// given, and keeps its count of wrong PINs in memory only. With an empty hash
// it never opens.
func NewLock(hash string) *Lock { return &Lock{hash: hash} }

// Check checks pin at time now; see Result. During a wait the PIN is not even
// checked.
func (l *Lock) Check(pin string, now time.Time) Result {
	if w := l.Wait(now); w > 0 {
		return Result{Wait: w}
	}
	if !checking.CompareAndSwap(false, true) {
		return Result{Busy: true}
	}
	ok := checkPIN(l.hash, pin)
	checking.Store(false)

	l.mu.Lock()
	defer l.mu.Unlock()
	if ok {
		l.failures, l.until = 0, time.Time{}
		return Result{OK: true, ShortPIN: len(normalisePIN(pin)) < MinPINDigits, Err: l.save()}
	}
	l.failures++
	var w time.Duration
	if l.failures >= FreeTries {
		w = FirstWait
		for i := FreeTries; i < l.failures && w < MaxWait; i++ {
			w *= 2
		}
		w = min(w, MaxWait)
		l.until = now.Add(w)
	}
	return Result{Wait: w, Err: l.save()}
}

// Try is Check reduced to whether the lock opened and the wait; a check
// refused because another runs reads as a wrong PIN without a wait. Use Check
// to tell those apart and to learn of a short PIN.
func (l *Lock) Try(pin string, now time.Time) (ok bool, wait time.Duration) {
	r := l.Check(pin, now)
	return r.OK, r.Wait
}

// Wait is how long the lock still refuses PINs at now; 0 when it takes one.
func (l *Lock) Wait(now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return max(l.until.Sub(now), 0)
}
