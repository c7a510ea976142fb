package tour

import (
	"testing"
	"time"

	"ningbomap/data"
)

// t0 is the start of every scripted tour.
var t0 = time.Date(2025, 11, 26, 9, 0, 0, 0, time.UTC)

// testStops dwell 10 s, 15 s and 20 s under testPacing in Chinese.
var testStops = []Stop{{ID: "a", Zh: 0}, {ID: "b", Zh: 5}, {ID: "c", Zh: 10}}

var testPacing = Pacing{Base: 10 * time.Second, ZhCharsPerSecond: 1}

// step is one call on a tour at t0+at and what should follow.
type step struct {
	at    time.Duration
	do    string // start, tick, next, prev, pause, resume, stop
	moved bool   // result of tick, next and prev
	index int
	state State
	done  int // Completed()
	left  time.Duration
}

func TestTourScript(t *testing.T) {
	s := time.Second
	cases := []struct {
		name  string
		loop  bool
		steps []step
	}{
		{"single pass plays through and finishes", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 10 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
			{at: 25 * s, do: "tick", moved: true, index: 2, state: Playing, left: 20 * s},
			{at: 45 * s, do: "tick", index: 2, state: Finished, done: 1},
			{at: 99 * s, do: "tick", index: 2, state: Finished, done: 1},
		}},
		{"exact boundary: a nanosecond early stays, on time moves", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 10*s - 1, do: "tick", index: 0, state: Playing, left: 1},
			{at: 10 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
		}},
		{"loop wraps to the first stop and counts a pass", true, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 10 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
			{at: 25 * s, do: "tick", moved: true, index: 2, state: Playing, left: 20 * s},
			{at: 45 * s, do: "tick", moved: true, index: 0, state: Playing, done: 1, left: 10 * s},
			{at: 55 * s, do: "tick", moved: true, index: 1, state: Playing, done: 1, left: 15 * s},
		}},
		{"pause freezes the dwell and resume goes on", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 4 * s, do: "pause", index: 0, state: Paused, left: 6 * s},
			{at: 60 * s, do: "tick", index: 0, state: Paused, left: 6 * s},
			{at: 60 * s, do: "resume", index: 0, state: Playing, left: 6 * s},
			{at: 65 * s, do: "tick", index: 0, state: Playing, left: 1 * s},
			{at: 66 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
		}},
		{"next and prev while paused stay paused with a whole dwell", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 3 * s, do: "pause", index: 0, state: Paused, left: 7 * s},
			{at: 4 * s, do: "next", moved: true, index: 1, state: Paused, left: 15 * s},
			{at: 5 * s, do: "next", moved: true, index: 2, state: Paused, left: 20 * s},
			{at: 6 * s, do: "prev", moved: true, index: 1, state: Paused, left: 15 * s},
			{at: 7 * s, do: "resume", index: 1, state: Playing, left: 15 * s},
		}},
		{"next while playing restarts the dwell on the new stop", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 2 * s, do: "next", moved: true, index: 1, state: Playing, left: 15 * s},
			{at: 16 * s, do: "tick", index: 1, state: Playing, left: 1 * s},
			{at: 17 * s, do: "tick", moved: true, index: 2, state: Playing, left: 20 * s},
		}},
		{"next past the last stop finishes a single pass", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 1 * s, do: "next", moved: true, index: 1, state: Playing, left: 15 * s},
			{at: 2 * s, do: "next", moved: true, index: 2, state: Playing, left: 20 * s},
			{at: 3 * s, do: "next", index: 2, state: Finished, done: 1},
			{at: 4 * s, do: "next", index: 2, state: Finished, done: 1},
		}},
		{"prev on the first stop of a single pass restarts its dwell", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 8 * s, do: "prev", index: 0, state: Playing, left: 10 * s},
		}},
		{"prev on the first stop of a loop goes to the last", true, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 1 * s, do: "prev", moved: true, index: 2, state: Playing, left: 20 * s},
		}},
		{"a late tick moves one stop only", false, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 300 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
		}},
		{"stop hands over where the tour is", true, []step{
			{at: 0, do: "start", index: 0, state: Playing, left: 10 * s},
			{at: 10 * s, do: "tick", moved: true, index: 1, state: Playing, left: 15 * s},
			{at: 12 * s, do: "stop", index: 1, state: Stopped},
			{at: 99 * s, do: "tick", index: 1, state: Stopped},
			{at: 99 * s, do: "next", index: 1, state: Stopped},
			{at: 99 * s, do: "prev", index: 1, state: Stopped},
			{at: 99 * s, do: "resume", index: 1, state: Stopped},
		}},
		{"nothing moves before start", false, []step{
			{at: 50 * s, do: "tick", index: 0, state: Stopped},
			{at: 50 * s, do: "next", index: 0, state: Stopped},
			{at: 50 * s, do: "pause", index: 0, state: Stopped},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tr := New(testStops, testPacing)
			tr.SetLoop(tc.loop)
			for n, st := range tc.steps {
				now := t0.Add(st.at)
				moved := false
				switch st.do {
				case "start":
					tr.Start(now)
				case "tick":
					moved = tr.Tick(now)
				case "next":
					moved = tr.Next(now)
				case "prev":
					moved = tr.Prev(now)
				case "pause":
					tr.Pause(now)
				case "resume":
					tr.Resume(now)
				case "stop":
					tr.Stop()
				default:
					t.Fatalf("step %d: unknown call %q", n, st.do)
				}
				i, total := tr.Position()
				if moved != st.moved || i != st.index || tr.State() != st.state ||
					tr.Completed() != st.done || tr.Remaining(now) != st.left || total != len(testStops) {
					t.Errorf("step %d (%s at %v): moved %v, at %d/%d, %v, %d passes, %v left; want %v, %d/%d, %v, %d, %v",
						n, st.do, st.at, moved, i, total, tr.State(), tr.Completed(), tr.Remaining(now),
						st.moved, st.index, len(testStops), st.state, st.done, st.left)
				}
			}
		})
	}
}

func TestStartAt(t *testing.T) {
	cases := []struct {
		name string
		i    int
		want int
	}{
		{"inside", 1, 1},
		{"below", -4, 0},
		{"above", 9, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tr := New(testStops, testPacing)
			tr.StartAt(tc.i, t0)
			if i, _ := tr.Position(); i != tc.want || tr.State() != Playing {
				t.Errorf("StartAt(%d): at %d, %v; want %d, playing", tc.i, i, tr.State(), tc.want)
			}
			if got, want := tr.Remaining(t0), tr.Dwell(tc.want); got != want {
				t.Errorf("remaining %v, want the whole dwell %v", got, want)
			}
		})
	}
}

func TestEmptyTour(t *testing.T) {
	tr := New(nil, DefaultPacing())
	tr.SetLoop(true)
	tr.Start(t0)
	if tr.State() != Stopped || tr.Tick(t0.Add(time.Hour)) || tr.Next(t0) || tr.Prev(t0) {
		t.Errorf("an empty tour moved: %v", tr.State())
	}
	if _, ok := tr.Current(); ok {
		t.Error("an empty tour has a current stop")
	}
	if i, n := tr.Position(); i != 0 || n != 0 {
		t.Errorf("Position() = %d, %d; want 0, 0", i, n)
	}
}

func TestLanguageAppliesFromTheNextStop(t *testing.T) {
	stops := []Stop{{ID: "a", Zh: 60, En: 70}, {ID: "b", Zh: 60, En: 70}}
	tr := New(stops, DefaultPacing())
	tr.Start(t0)
	if got, want := tr.Remaining(t0), 18*time.Second; got != want {
		t.Fatalf("Chinese dwell %v, want %v", got, want)
	}
	tr.SetLang(data.En)
	if got, want := tr.Remaining(t0), 18*time.Second; got != want {
		t.Errorf("dwell under way changed to %v, want %v", got, want)
	}
	tr.Next(t0)
	if got, want := tr.Remaining(t0), 28*time.Second; got != want {
		t.Errorf("English dwell %v, want %v", got, want)
	}
}

func TestStateString(t *testing.T) {
	for s, want := range map[State]string{Stopped: "stopped", Playing: "playing", Paused: "paused", Finished: "finished", 9: "unknown"} {
		if got := s.String(); got != want {
			t.Errorf("State(%d).String() = %q, want %q", int(s), got, want)
		}
	}
}
