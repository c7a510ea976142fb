package kiosk

import (
	"testing"
	"time"
)

func TestLock(t *testing.T) {
	hash := cheapHash(t, "2468")
	s := time.Second
	type try struct {
		at   time.Duration
		pin  string
		ok   bool
		wait time.Duration
	}
	cases := []struct {
		name  string
		hash  string
		tries []try
	}{
		{"right PIN opens", hash, []try{{0, "2468", true, 0}}},
		{"wrong PIN stays shut", hash, []try{{0, "1357", false, 0}}},
		{"no PIN configured never opens", "", []try{{0, "2468", false, 0}, {s, "", false, 0}}},
		{"third wrong PIN brings a wait, even for the right one", hash, []try{
			{0, "0000", false, 0},
			{1 * s, "1111", false, 0},
			{2 * s, "2222", false, 30 * s},
			{3 * s, "2468", false, 29 * s},
			{32 * s, "2468", true, 0},
		}},
		{"waits double up to five minutes", hash, []try{
			{0, "0000", false, 0},
			{0, "0000", false, 0},
			{0, "0000", false, 30 * s},
			{30 * s, "0000", false, 60 * s},
			{90 * s, "0000", false, 120 * s},
			{210 * s, "0000", false, 240 * s},
			{450 * s, "0000", false, 300 * s},
			{750 * s, "0000", false, 300 * s},
		}},
		{"a right PIN clears the count", hash, []try{
			{0, "0000", false, 0},
			{0, "0000", false, 0},
			{0, "2468", true, 0},
			{0, "0000", false, 0},
			{0, "0000", false, 0},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLock(tc.hash)
			for n, tr := range tc.tries {
				ok, wait := l.Try(tr.pin, t0.Add(tr.at))
				if ok != tr.ok || wait != tr.wait {
					t.Errorf("try %d (%q at %v) = %v, %v; want %v, %v", n, tr.pin, tr.at, ok, wait, tr.ok, tr.wait)
				}
			}
		})
	}
}
