package tour

import (
	"math/rand/v2"
	"testing"
	"time"
	"unsafe"
)

// TestLongLoopKeepsItsState runs the attract loop for 10,000 stops, with
// pauses and manual steps mixed in, and checks that nothing grows: the stop
// list keeps its length and capacity, the index stays in range, the passes
// add up, and stepping allocates nothing.
func TestLongLoopKeepsItsState(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	stops := []Stop{{ID: "a", Zh: 30}, {ID: "b", Zh: 120}, {ID: "c", Zh: 200}, {ID: "d"}}
	tr := New(stops, DefaultPacing())
	tr.SetLoop(true)
	now := t0
	tr.Start(now)
	capBefore, sizeBefore := cap(tr.stops), unsafe.Sizeof(*tr)
	advances := 0
	for n := range 10000 {
		if rng.IntN(20) == 0 {
			if !tr.Next(now) {
				t.Fatalf("step %d: Next did not move a looping tour", n)
			}
			advances++
		}
		if rng.IntN(10) == 0 {
			tr.Pause(now)
			now = now.Add(time.Duration(rng.IntN(30)) * time.Second)
			tr.Resume(now)
		}
		now = now.Add(tr.Remaining(now))
		if !tr.Tick(now) {
			t.Fatalf("step %d: no advance at the end of a dwell", n)
		}
		advances++
		if i, total := tr.Position(); i < 0 || i >= total || total != len(stops) {
			t.Fatalf("step %d: position %d / %d", n, i, total)
		}
	}
	if got, want := tr.Completed(), advances/len(stops); got != want {
		t.Errorf("%d passes after %d advances over %d stops, want %d", got, advances, len(stops), want)
	}
	if len(tr.stops) != len(stops) || cap(tr.stops) != capBefore || unsafe.Sizeof(*tr) != sizeBefore {
		t.Errorf("state grew: %d stops (cap %d, was %d)", len(tr.stops), cap(tr.stops), capBefore)
	}
}

func TestSteppingAllocatesNothing(t *testing.T) {
	tr := New(testStops, DefaultPacing())
	tr.SetLoop(true)
	now := t0
	tr.Start(now)
	cases := []struct {
		name string
		f    func()
	}{
		{"Tick", func() { now = now.Add(time.Minute); tr.Tick(now) }},
		{"Next", func() { tr.Next(now) }},
		{"Prev", func() { tr.Prev(now) }},
		{"Pause and Resume", func() { tr.Pause(now); tr.Resume(now) }},
		{"Position", func() { tr.Position() }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(1000, tc.f); n != 0 {
				t.Errorf("%s allocates %v times per call", tc.name, n)
			}
		})
	}
}

func BenchmarkTick(b *testing.B) {
	tr := New(testStops, DefaultPacing())
	tr.SetLoop(true)
	now := t0
	tr.Start(now)
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(5 * time.Second)
		tr.Tick(now)
	}
}
