package kiosk

import (
	"strings"
	"testing"
	"time"
)

// t0 is the time of the first input in every script.
var t0 = time.Date(2025, 11, 26, 9, 0, 0, 0, time.UTC)

// fakeClock is a clock the test sets.
type fakeClock struct{ now time.Time }

// Now returns the time last set.
func (c *fakeClock) Now() time.Time { return c.now }

// set puts the clock at t0+d.
func (c *fakeClock) set(d time.Duration) { c.now = t0.Add(d) }

func TestIdle(t *testing.T) {
	s := time.Second
	type step struct {
		at        time.Duration
		input     bool  // Input instead of Tick
		want      State // state after the call
		changed   bool  // Tick's changed, or Input's interrupted
		remaining int
	}
	cases := []struct {
		name             string
		limit, countdown time.Duration
		steps            []step
	}{
		{"idle, countdown, attract, touch, active", 60 * s, 10 * s, []step{
			{at: 1 * s, want: Active},
			{at: 50 * s, want: Countdown, changed: true, remaining: 10},
			{at: 55 * s, want: Countdown, remaining: 5},
			{at: 59500 * time.Millisecond, want: Countdown, remaining: 1},
			{at: 60 * s, want: Attract, changed: true},
			{at: 600 * s, want: Attract},
			{at: 601 * s, input: true, want: Active, changed: true},
			{at: 602 * s, want: Active},
			{at: 651 * s, want: Countdown, changed: true, remaining: 10},
		}},
		{"exact boundaries belong to the later state", 60 * s, 10 * s, []step{
			{at: 50*s - 1, want: Active},
			{at: 50 * s, want: Countdown, changed: true, remaining: 10},
			{at: 60*s - 1, want: Countdown, remaining: 1},
			{at: 60 * s, want: Attract, changed: true},
		}},
		{"input during the countdown starts over", 60 * s, 10 * s, []step{
			{at: 52 * s, want: Countdown, changed: true, remaining: 8},
			{at: 53 * s, input: true, want: Active},
			{at: 53 * s, want: Active},
			{at: 102 * s, want: Active},
			{at: 103 * s, want: Countdown, changed: true, remaining: 10},
			{at: 113 * s, want: Attract, changed: true},
		}},
		{"input while active does not interrupt", 60 * s, 10 * s, []step{
			{at: 30 * s, input: true, want: Active},
			{at: 79 * s, want: Active},
			{at: 80 * s, want: Countdown, changed: true, remaining: 10},
		}},
		{"a stalled app goes straight to attract", 60 * s, 10 * s, []step{
			{at: 10 * s, want: Active},
			{at: 3600 * s, want: Attract, changed: true},
		}},
		{"no countdown", 30 * s, 0, []step{
			{at: 30*s - 1, want: Active},
			{at: 30 * s, want: Attract, changed: true},
		}},
		{"countdown longer than the limit is clamped", 20 * s, 90 * s, []step{
			{at: 0, want: Countdown, changed: true, remaining: 20},
			{at: 20 * s, want: Attract, changed: true},
		}},
		{"a clock that steps back stays active", 60 * s, 10 * s, []step{
			{at: -5 * s, want: Active},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			idle := NewIdle(tc.limit, tc.countdown, t0)
			for n, st := range tc.steps {
				var changed bool
				if st.input {
					changed = idle.Input(t0.Add(st.at))
				} else {
					var got State
					got, changed = idle.Tick(t0.Add(st.at))
					if got != st.want {
						t.Errorf("step %d (at %v): Tick returned %v, want %v", n, st.at, got, st.want)
					}
				}
				if idle.State() != st.want || changed != st.changed || idle.Remaining() != st.remaining {
					t.Errorf("step %d (at %v, input %v): %v, changed %v, %d s left; want %v, %v, %d s",
						n, st.at, st.input, idle.State(), changed, idle.Remaining(), st.want, st.changed, st.remaining)
				}
			}
		})
	}
}

func TestIdleStateString(t *testing.T) {
	for s, want := range map[State]string{Active: "active", Countdown: "countdown", Attract: "attract", 7: "unknown"} {
		if got := s.String(); got != want {
			t.Errorf("State(%d).String() = %q, want %q", int(s), got, want)
		}
	}
}

// TestSystemClock checks that the system clock tells the present time and
// carries a monotonic reading (which time.Now has, and a clock built on
// t.UTC(), t.Round(0) or a parsed time has not), so idle times are not upset by
// changes of the wall clock.
func TestSystemClock(t *testing.T) {
	var c Clock = SystemClock{}
	before := time.Now()
	got := c.Now()
	after := time.Now()
	if got.Before(before) || got.After(after) {
		t.Errorf("system clock says %v, outside %v … %v", got, before, after)
	}
	if !strings.Contains(got.String(), " m=") {
		t.Errorf("system clock reading %v has no monotonic part", got)
	}
}
