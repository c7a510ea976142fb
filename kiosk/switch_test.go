package kiosk

import (
	"errors"
	"sync"
	"testing"
	"time"

	"ningbomap/fleet"
)

func TestSwitch(t *testing.T) {
	t0 := time.Date(2025, 11, 26, 10, 0, 0, 0, time.UTC)
	old := fleet.Bundle{File: "exhibition-old.zip", Published: t0}
	b1 := fleet.Bundle{File: "exhibition-1.zip", Published: t0.Add(time.Hour)}
	b2 := fleet.Bundle{File: "exhibition-2.zip", Published: t0.Add(2 * time.Hour)}
	type step struct {
		ready   *fleet.Bundle // Ready(bundle) first, when set
		at      time.Duration // since t0
		state   State
		editing bool
		want    string // the bundle Due gives, "" for none
		fail    bool   // Done reports a failure
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"nothing waits", []step{{at: 0, state: Attract}}},
		{"never under a visitor's hands", []step{
			{ready: &b1, at: 0, state: Active},
			{at: time.Second, state: Countdown},
			{at: 2 * time.Second, state: Attract, want: b1.File},
			{at: 3 * time.Second, state: Attract}, // once
		}},
		{"not while staff edit", []step{
			{ready: &b1, at: 0, state: Attract, editing: true},
			{at: time.Second, state: Attract, want: b1.File},
		}},
		{"a newer bundle replaces the waiting one", []step{
			{ready: &b1, at: 0, state: Active},
			{ready: &b2, at: time.Second, state: Active},
			{at: 2 * time.Second, state: Attract, want: b2.File},
			{at: 3 * time.Second, state: Attract},
		}},
		{"an older one does not", []step{
			{ready: &b2, at: 0, state: Active},
			{ready: &old, at: time.Second, state: Active},
			{at: 2 * time.Second, state: Attract, want: b2.File},
		}},
		{"a failed switch is tried again a minute later, still only when idle", []step{
			{ready: &b1, at: 0, state: Attract, want: b1.File, fail: true},
			{at: 30 * time.Second, state: Attract},
			{at: 61 * time.Second, state: Active},
			{at: 62 * time.Second, state: Attract, want: b1.File},
		}},
		{"a newer bundle after a failure is tried at once", []step{
			{ready: &b1, at: 0, state: Attract, want: b1.File, fail: true},
			{ready: &b2, at: time.Second, state: Attract, want: b2.File},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var s Switch
			for i, st := range c.steps {
				if st.ready != nil {
					s.Ready(*st.ready)
				}
				now := t0.Add(st.at)
				b, ok := s.Due(now, st.state, st.editing)
				got := ""
				if ok {
					got = b.File
				}
				if got != st.want {
					t.Fatalf("step %d (%v, editing %v): Due gives %q, want %q", i, st.state, st.editing, got, st.want)
				}
				if ok {
					var err error
					if st.fail {
						err = errors.New("disk full")
					}
					s.Done(b, now, err)
				}
			}
		})
	}
}

// TestSwitchConcurrent: the fleet's goroutine calls Ready while the UI asks
// Due; run with -race.
func TestSwitchConcurrent(t *testing.T) {
	var s Switch
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 1000 {
			s.Ready(fleet.Bundle{File: "b", Published: time.Unix(int64(i), 0)})
		}
	}()
	got := 0
	for range 1000 {
		if _, ok := s.Due(time.Now(), Attract, false); ok {
			got++
		}
	}
	wg.Wait()
	if _, ok := s.Due(time.Now(), Attract, false); ok {
		got++
	}
	if got == 0 {
		t.Error("no switch at all")
	}
	if _, ok := s.Pending(); ok {
		t.Error("a bundle still waits after the last Due")
	}
}
