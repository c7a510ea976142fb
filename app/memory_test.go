package app

import (
	"testing"
	"time"
)

// TestQuietMemory: the pages go back once per still spell, quietAfter after the last frame,
// and not while the map moves.
func TestQuietMemory(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	type step struct {
		at     time.Duration
		frames int
		want   int // collections so far
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"still from the start: nothing to give back", []step{{0, 5, 0}, {10 * time.Second, 5, 0}}},
		{"moves, then still", []step{{0, 0, 0}, {time.Second, 12, 0}, {time.Second + quietAfter - time.Millisecond, 12, 0}, {time.Second + quietAfter, 12, 1}, {20 * time.Second, 12, 1}}},
		{"keeps moving", []step{{0, 0, 0}, {2 * time.Second, 30, 0}, {4 * time.Second, 60, 0}, {6 * time.Second, 90, 0}, {8 * time.Second, 120, 0}}},
		{"two spells", []step{{0, 0, 0}, {time.Second, 3, 0}, {5 * time.Second, 3, 1}, {6 * time.Second, 9, 1}, {9 * time.Second, 9, 2}, {30 * time.Second, 9, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			q := quietMemory{settled: true, collect: func() { n++ }}
			q.frames = tt.steps[0].frames
			for _, s := range tt.steps {
				q.observe(at(s.at), s.frames)
				if n != s.want {
					t.Fatalf("at %v with %d frames: %d collections, want %d", s.at, s.frames, n, s.want)
				}
			}
		})
	}
}
