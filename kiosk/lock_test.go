package kiosk

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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

func TestLockKeepsItsCountAcrossRestarts(t *testing.T) {
	hash := cheapHash(t, "246810")
	path := filepath.Join(t.TempDir(), "state", "ningbomap", "pin-lockout.json")
	s := time.Second
	open := func() *Lock {
		t.Helper()
		l, err := OpenLock(hash, path, t0)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	l := open()
	for i, want := range []time.Duration{0, 0, 30 * s} {
		if r := l.Check("000000", t0); r.OK || r.Wait != want || r.Err != nil {
			t.Fatalf("wrong PIN %d: %+v, want a wait of %v", i+1, r, want)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("state file has mode %v, want 0600", info.Mode().Perm())
	}
	// The app restarts: the wait and the count go on.
	l = open()
	if w := l.Wait(t0.Add(10 * s)); w != 20*s {
		t.Errorf("after a restart the wait is %v, want 20s", w)
	}
	if r := l.Check("246810", t0.Add(10*s)); r.OK || r.Wait != 20*s {
		t.Errorf("right PIN during the wait after a restart: %+v", r)
	}
	if r := l.Check("000000", t0.Add(31*s)); r.Wait != 60*s {
		t.Errorf("fourth wrong PIN after a restart: %+v, want a wait of 60s", r)
	}
	// The right PIN clears the count, also for the next start.
	if r := open().Check("246810", t0.Add(92*s)); !r.OK || r.ShortPIN || r.Err != nil {
		t.Errorf("right PIN after the wait: %+v", r)
	}
	if r := open().Check("000000", t0.Add(93*s)); r.Wait != 0 {
		t.Errorf("first wrong PIN after a right one: %+v, want no wait", r)
	}
}

func TestOpenLockDistrustsItsFile(t *testing.T) {
	hash := cheapHash(t, "246810")
	dir := t.TempDir()
	cases := []struct {
		name, content string
		wantErr       bool
		wait          time.Duration // at t0
		nextWait      time.Duration // after one wrong PIN at t0+MaxWait
	}{
		{"missing", "", false, 0, 0},
		{"garbage", "{failures", true, 0, FirstWait},
		{"negative count", `{"failures":-5,"until":"0001-01-01T00:00:00Z"}`, true, 0, FirstWait},
		{"a wait far ahead (clock set back) is cut to the longest", `{"failures":9,"until":"2125-01-01T00:00:00Z"}`, false, MaxWait, MaxWait},
		{"a wait already over", `{"failures":3,"until":"2025-11-26T08:00:00Z"}`, false, 0, 2 * FirstWait},
		{"a count that would overflow", `{"failures":9223372036854775807,"until":"2025-11-26T08:00:00Z"}`, false, 0, MaxWait},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("%d.json", i))
			if tc.content != "" {
				if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			l, err := OpenLock(hash, path, t0)
			if (err != nil) != tc.wantErr {
				t.Errorf("OpenLock error %v, want error %v", err, tc.wantErr)
			}
			if w := l.Wait(t0); w != tc.wait {
				t.Errorf("wait %v, want %v", w, tc.wait)
			}
			if r := l.Check("000000", t0.Add(MaxWait)); r.Wait != tc.nextWait {
				t.Errorf("a wrong PIN then brings a wait of %v, want %v", r.Wait, tc.nextWait)
			}
		})
	}
}

func TestLockWarnsOfAShortPIN(t *testing.T) {
	cases := []struct {
		pin   string
		short bool
	}{{"2468", true}, {"24680", true}, {"246810", false}, {"２４６８", true}}
	for _, tc := range cases {
		t.Run(tc.pin, func(t *testing.T) {
			l := NewLock(cheapHash(t, tc.pin))
			if r := l.Check(tc.pin, t0); !r.OK || r.ShortPIN != tc.short {
				t.Errorf("Check = %+v, want OK with ShortPIN %v", r, tc.short)
			}
		})
	}
}

func TestLockRunsOneCheckAtATime(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	checkPIN = func(hash, pin string) bool {
		entered <- struct{}{}
		<-release
		return CheckPIN(hash, pin)
	}
	t.Cleanup(func() { checkPIN = CheckPIN })
	hash := cheapHash(t, "246810")
	l := NewLock(hash)
	first := make(chan Result)
	go func() { first <- l.Check("246810", t0) }()
	<-entered
	// While the first check runs, a second one on the same lock, or on a lock a
	// rebuilt UI made, is refused at once and not counted.
	for name, other := range map[string]*Lock{"same lock": l, "another lock": NewLock(hash)} {
		for range FreeTries + 1 {
			if r := other.Check("000000", t0); !r.Busy || r.OK || r.Wait != 0 {
				t.Errorf("%s: second check while one runs = %+v, want Busy", name, r)
			}
		}
	}
	close(release)
	if r := <-first; !r.OK || r.Busy {
		t.Errorf("first check = %+v, want OK", r)
	}
	checkPIN = func(hash, pin string) bool { return CheckPIN(hash, pin) }
	if r := l.Check("000000", t0); r.Busy || r.OK || r.Wait != 0 {
		t.Errorf("check after the first ended = %+v, want a plain wrong PIN (the busy ones not counted)", r)
	}
}
