package fleet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// rig is a fleet folder, an office key and a kiosk on a fake clock.
type rig struct {
	t        *testing.T
	fleet    string
	pub      PublicKey
	keyFile  string
	dest     string
	clock    *clock
	k        *Kiosk
	mu       sync.Mutex
	ready    []Bundle
	problems []Problem
}

func newRig(t *testing.T) *rig {
	pub, keyFile := keys(t)
	r := &rig{t: t, fleet: t.TempDir(), pub: pub, keyFile: keyFile,
		dest: filepath.Join(t.TempDir(), "ningbomap", "exhibition"), clock: &clock{t: epoch.Add(time.Hour)}}
	r.k = r.kiosk()
	return r
}

// kiosk makes a kiosk on the rig's folders (a restart makes another).
func (r *rig) kiosk() *Kiosk {
	k, err := NewKiosk(KioskOptions{Fleet: r.fleet, Key: r.pub, ID: "hall-a-1", Dest: r.dest, Version: "0.1.0-test",
		Now: r.clock.Now, Settle: 2 * time.Minute,
		Ready: func(b Bundle) { r.mu.Lock(); r.ready = append(r.ready, b); r.mu.Unlock() },
		Problem: func(p Problem) {
			r.mu.Lock()
			r.problems = append(r.problems, p)
			r.mu.Unlock()
		}})
	if err != nil {
		r.t.Fatal(err)
	}
	return k
}

// publish publishes an exhibition with the figure value, at minute m after
// epoch, and returns the bundle's path.
func (r *rig) publish(value float64, m int) string {
	return publishAt(r.t, exhibition(r.t, value), r.fleet, r.keyFile, epoch.Add(time.Duration(m)*time.Minute))
}

func (r *rig) poll() {
	r.t.Helper()
	if err := r.k.Poll(); err != nil {
		r.t.Fatal(err)
	}
}

// took returns and forgets the Ready and Problem calls so far.
func (r *rig) took() ([]Bundle, []Problem) {
	r.mu.Lock()
	defer r.mu.Unlock()
	b, p := r.ready, r.problems
	r.ready, r.problems = nil, nil
	return b, p
}

func (r *rig) status() Status {
	r.t.Helper()
	s, err := ReadStatus(filepath.Join(r.k.Dir(), StatusFile))
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

func TestKioskInstallsNewest(t *testing.T) {
	r := newRig(t)
	r.poll() // nothing published yet
	if ready, problems := r.took(); len(ready)+len(problems) != 0 {
		t.Fatalf("an empty fleet gave %v %v", ready, problems)
	}
	// Two arrive at once: the newest wins, the older one is never installed.
	r.publish(111, 1)
	newest := r.publish(222, 2)
	r.poll()
	ready, problems := r.took()
	if len(ready) != 1 || ready[0].File != filepath.Base(newest) || len(problems) != 0 {
		t.Fatalf("Ready %v, problems %v; want the newest alone", ready, problems)
	}
	if got := figure(t, r.dest); got != 222 {
		t.Errorf("figure %v installed, want 222", got)
	}
	s := r.status()
	if s.Kiosk != "hall-a-1" || s.Version != "0.1.0-test" || s.Installed == nil || s.Installed.File != filepath.Base(newest) ||
		s.NewestSeen == nil || s.NewestSeen.File != filepath.Base(newest) || s.Problem != nil {
		t.Errorf("status %+v", s)
	}
	if s.Shown != nil {
		t.Errorf("shown %v before the app switched", s.Shown)
	}
	r.k.Touched(r.clock.Now())
	if err := r.k.Switched(ready[0]); err != nil {
		t.Fatal(err)
	}
	s = r.status()
	if s.Shown == nil || s.Shown.Bundle != ready[0] || s.LastTouch == nil || !s.LastTouch.Equal(r.clock.Now()) {
		t.Errorf("after the switch: %+v", s)
	}
	if s.FreeDisk <= 0 {
		t.Errorf("free disk %d", s.FreeDisk)
	}
	// Polling again installs nothing; a restart knows what the folder holds.
	r.poll()
	r.k = r.kiosk()
	r.poll()
	if ready, _ := r.took(); len(ready) != 0 {
		t.Errorf("installed again: %v", ready)
	}
	if s := r.k.Status(); s.Shown == nil || s.Shown.File != filepath.Base(newest) {
		t.Errorf("after a restart the kiosk shows %+v", s.Shown)
	}
	// An older bundle arriving late is not installed: a kiosk does not go back.
	r.publish(333, 0)
	r.poll()
	if ready, _ := r.took(); len(ready) != 0 || figure(t, r.dest) != 222 {
		t.Errorf("went back to an older bundle: %v", ready)
	}
	// The same content published again: no reinstall, the status names it.
	again, err := publish(exhibition(t, 222), r.fleet, r.keyFile, epoch.Add(5*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	r.poll()
	if ready, _ := r.took(); len(ready) != 0 {
		t.Errorf("the same content was installed again: %v", ready)
	}
	if s := r.status(); s.Shown == nil || s.Shown.File != again.File || s.Installed.File != again.File {
		t.Errorf("status after republishing: shown %v installed %v, want %s", s.Shown, s.Installed, again.File)
	}
}

func TestKioskRefuses(t *testing.T) {
	r := newRig(t)
	good := r.publish(42, 1)
	r.poll()
	r.took()
	_, otherKey := keys(t)
	pubDir := filepath.Join(r.fleet, PublishDir)
	other := publishAt(t, exhibition(t, 666), t.TempDir(), otherKey, epoch.Add(10*time.Minute))
	tampered := filepath.Join(pubDir, bundleName(epoch.Add(11*time.Minute), strings.Repeat("a", 64)))
	forged := r.publish(777, 12)
	rewrite(t, forged, tampered, func(name string, body []byte) []byte {
		return []byte(strings.Replace(string(body), "777", "778", 1))
	}, nil)
	os.Remove(forged)
	b, _ := os.ReadFile(other)
	os.WriteFile(filepath.Join(pubDir, filepath.Base(other)), b, 0o644)
	r.poll()
	ready, problems := r.took()
	if len(ready) != 0 {
		t.Fatalf("installed %v", ready)
	}
	reasons := map[string]string{}
	for _, p := range problems {
		reasons[p.File] = p.Reason
	}
	want := map[string]string{filepath.Base(other): ReasonUnknownKey, filepath.Base(tampered): ReasonChecksum}
	if len(reasons) != len(want) {
		t.Errorf("problems %v, want %v", reasons, want)
	}
	for f, reason := range want {
		if reasons[f] != reason {
			t.Errorf("%s: reason %q, want %q", f, reasons[f], reason)
		}
	}
	if got := figure(t, r.dest); got != 42 {
		t.Errorf("the kiosk shows %v, want the good bundle's 42", got)
	}
	s := r.status()
	if s.Installed == nil || s.Installed.File != filepath.Base(good) || s.Problem == nil || want[s.Problem.File] == "" {
		t.Errorf("status: installed %v, problem %v", s.Installed, s.Problem)
	}
	// Refused once: polling again reports nothing new.
	r.poll()
	if _, problems := r.took(); len(problems) != 0 {
		t.Errorf("reported again: %v", problems)
	}
	// Once the bad files are removed at the office, the problem clears.
	os.Remove(tampered)
	os.Remove(filepath.Join(pubDir, filepath.Base(other)))
	r.poll()
	if s := r.status(); s.Problem != nil {
		t.Errorf("problem %v after the files went", s.Problem)
	}
}

func TestKioskFreshTakesNewestGood(t *testing.T) {
	r := newRig(t)
	r.publish(42, 1)
	newest := r.publish(43, 2)
	os.WriteFile(newest, []byte("PK garbage that is no zip"), 0o644) // newest broken
	bad := filepath.Join(r.fleet, PublishDir, "exhibition-unsigned.zip")
	os.WriteFile(bad, mustRead(t, unsignedBundle(t)), 0o644)
	r.poll()
	ready, problems := r.took()
	if len(ready) != 1 || figure(t, r.dest) != 42 {
		t.Fatalf("ready %v, figure %v: want the good older bundle", ready, figure(t, r.dest))
	}
	if len(problems) != 1 || problems[0].Reason != ReasonUnsigned {
		t.Errorf("problems %v, want the unsigned one", problems)
	}
}

func TestKioskIgnoresSyncFiles(t *testing.T) {
	r := newRig(t)
	good := r.publish(42, 1)
	pubDir := filepath.Join(r.fleet, PublishDir)
	b := mustRead(t, good)
	// Syncthing's temporary file of a newer bundle, an atomic write's
	// temporary file, a conflict copy, and a stray file.
	os.WriteFile(filepath.Join(pubDir, ".syncthing.exhibition-20251126T150000Z-aaaaaaaaaaaa.zip.tmp"), b[:len(b)/2], 0o644)
	os.WriteFile(filepath.Join(pubDir, ".exhibition-x.zip.tmp-123"), b, 0o644)
	conflict := strings.TrimSuffix(filepath.Base(good), ".zip") + ".sync-conflict-20251126-150000-ABCDEFG.zip"
	os.WriteFile(filepath.Join(pubDir, conflict), b, 0o644)
	os.WriteFile(filepath.Join(pubDir, "README.txt"), []byte("hello"), 0o644)
	r.poll()
	ready, problems := r.took()
	if len(ready) != 1 || ready[0].File != filepath.Base(good) {
		t.Errorf("ready %v, want %s", ready, filepath.Base(good))
	}
	if len(problems) != 1 || problems[0].File != conflict || problems[0].Reason != ReasonConflict {
		t.Errorf("problems %v, want the conflict copy", problems)
	}
	if s := r.status(); s.Problem == nil || s.Problem.File != conflict {
		t.Errorf("status problem %v", s.Problem)
	}
}

func TestKioskHalfSynced(t *testing.T) {
	r := newRig(t)
	r.publish(42, 1)
	r.poll()
	r.took()
	whole := r.publish(43, 2)
	b := mustRead(t, whole)
	// Half of it is there (a copy in progress, not through the sync tool's
	// temporary file): not complete, not reported yet.
	os.WriteFile(whole, b[:len(b)/2], 0o644)
	r.poll()
	if ready, problems := r.took(); len(ready)+len(problems) != 0 || figure(t, r.dest) != 42 {
		t.Fatalf("half a bundle gave %v %v", ready, problems)
	}
	r.clock.Add(time.Minute)
	r.poll()
	if ready, problems := r.took(); len(ready)+len(problems) != 0 {
		t.Fatalf("half a bundle after a minute gave %v %v", ready, problems)
	}
	// It completes: installed.
	os.WriteFile(whole, b, 0o644)
	r.clock.Add(time.Second)
	r.poll()
	if ready, _ := r.took(); len(ready) != 1 || figure(t, r.dest) != 43 {
		t.Fatalf("the completed bundle: ready %v, figure %v", ready, figure(t, r.dest))
	}
	// One that stays cut short is reported once it has settled.
	cut := r.publish(44, 3)
	os.WriteFile(cut, mustRead(t, cut)[:100], 0o644)
	r.poll()
	r.clock.Add(3 * time.Minute)
	r.poll()
	if ready, problems := r.took(); len(ready) != 0 || len(problems) != 1 || problems[0].Reason != ReasonBroken {
		t.Errorf("a cut bundle: ready %v problems %v", ready, problems)
	}
}

func TestKioskRun(t *testing.T) {
	r := newRig(t)
	got := make(chan Bundle, 1)
	k, err := NewKiosk(KioskOptions{Fleet: r.fleet, Key: r.pub, ID: "hall-b", Dest: r.dest,
		Rescan: time.Hour, StatusEvery: time.Hour, Ready: func(b Bundle) { got <- b }})
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(r.fleet, PublishDir), 0o755)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { k.Run(ctx, func(err error) { t.Error(err) }); close(done) }()
	time.Sleep(200 * time.Millisecond)
	p := r.publish(42, 1) // noticed by its file-system event, not a rescan
	select {
	case b := <-got:
		if b.File != filepath.Base(p) {
			t.Errorf("ready %v", b)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no install within 10 s of publishing")
	}
	cancel()
	<-done
	if _, err := ReadStatus(filepath.Join(k.Dir(), StatusFile)); err != nil {
		t.Error(err)
	}
}

func TestNewKioskChecks(t *testing.T) {
	pub, _ := keys(t)
	for _, opt := range []KioskOptions{
		{Key: pub, ID: "a", Dest: "x"},
		{Fleet: "f", ID: "a", Dest: "x"},
		{Fleet: "f", Key: pub, ID: "../a", Dest: "x"},
		{Fleet: "f", Key: pub, ID: "", Dest: "x"},
	} {
		if _, err := NewKiosk(opt); err == nil {
			t.Errorf("NewKiosk(%+v) accepted it", opt)
		}
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// unsignedBundle writes an unsigned bundle of a valid exhibition.
func unsignedBundle(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "unsigned.zip")
	if err := bundleWrite(exhibition(t, 50), p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestKioskSeesReplacedFile checks that a refused file replaced by a good
// one of the same name, size and time (as a sync tool renames a new version
// into place, keeping the sender's time) is looked at again.
func TestKioskSeesReplacedFile(t *testing.T) {
	r := newRig(t)
	good := r.publish(42, 1)
	b := mustRead(t, good)
	info, _ := os.Stat(good)
	bad := append([]byte(nil), b...)
	i := strings.LastIndex(string(bad), "signature ") + len("signature ") + 3
	bad[i] = 'A' + (bad[i]-'A'+1)%26
	tmp := good + ".part"
	os.WriteFile(tmp, bad, 0o644)
	os.Chtimes(tmp, info.ModTime(), info.ModTime())
	os.Rename(tmp, good)
	r.poll()
	if ready, problems := r.took(); len(ready) != 0 || len(problems) != 1 || problems[0].Reason != ReasonBadSignature {
		t.Fatalf("the damaged file: ready %v problems %v", ready, problems)
	}
	os.WriteFile(tmp, b, 0o644)
	os.Chtimes(tmp, info.ModTime(), info.ModTime())
	os.Rename(tmp, good)
	r.poll()
	if ready, _ := r.took(); len(ready) != 1 || figure(t, r.dest) != 42 {
		t.Errorf("the repaired file with the same size and time was not installed: %v", ready)
	}
}

// TestStatusFreeDiskBeforeFirstInstall: the free disk is known before the exhibition
// folder (or its parent) exists: it is that of the nearest folder above.
func TestStatusFreeDiskBeforeFirstInstall(t *testing.T) {
	pub, _ := keys(t)
	dest := filepath.Join(t.TempDir(), "not", "yet", "ningbomap", "exhibition")
	k, err := NewKiosk(KioskOptions{Fleet: t.TempDir(), Key: pub, ID: "hall-a-1", Dest: dest})
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Status().FreeDisk; got <= 0 {
		t.Errorf("free disk %d before the folder exists, want the disk's", got)
	}
}
