//go:build unix

package fleet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/internal/syncthingtest"
	"ningbomap/usage"
)

// syncWait bounds every wait for Syncthing: a first sync on loopback takes
// about 20 s, more on a busy machine.
const syncWait = 120 * time.Second

// TestSyncthingFleet runs the fleet through two real Syncthing instances on
// 127.0.0.1, an office and a kiosk: the office publishes an exhibition with
// a changed figure, the kiosk installs it and reports, the office sees its
// status and usage; then a tampered bundle and one signed by another key
// are refused and reported, and the good one stays.
func TestSyncthingFleet(t *testing.T) {
	if testing.Short() {
		t.Skip("the Syncthing test takes a minute; not with -short")
	}
	start := time.Now()
	const id = "hall-a-1"
	sf := syncthingtest.NewFleet(t, id, syncWait)
	office, kioskST, officeFleet, kioskFleet := sf.Office, sf.Kiosk, sf.OfficeDir, sf.KioskDir
	t.Logf("instances up and connected after %v", sf.Connected.Round(time.Millisecond))

	// The kiosk side, as the app drives it.
	pub, keyFile := keys(t)
	dest := filepath.Join(t.TempDir(), "ningbomap", "exhibition")
	ready := make(chan Bundle, 4)
	problems := make(chan Problem, 8)
	k, err := NewKiosk(KioskOptions{Fleet: kioskFleet, Key: pub, ID: id, Dest: dest, Version: "e2e",
		Rescan: 2 * time.Second, StatusEvery: 2 * time.Second,
		Ready: func(b Bundle) { ready <- b }, Problem: func(p Problem) { problems <- p }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { k.Run(ctx, func(err error) { t.Log("kiosk:", err) }); close(done) }()
	defer func() { cancel(); <-done }()

	// 1. The office publishes a changed figure; the kiosk installs it.
	published := time.Now()
	b, err := Publish(exhibition(t, 4242), officeFleet, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	// No scan asked for: Syncthing's watcher (1 s delay here, 10 s by default)
	// and the kiosk's file events carry it.
	var got Bundle
	select {
	case got = <-ready:
	case p := <-problems:
		t.Fatalf("the good bundle was refused: %+v", p)
	case <-time.After(syncWait):
		t.Fatalf("the kiosk installed nothing within %v:\noffice:\n%s\nkiosk:\n%s", syncWait, office.Log(), kioskST.Log())
	}
	t.Logf("published to installed on the kiosk: %v", time.Since(published).Round(time.Millisecond))
	if got != b || figure(t, dest) != 4242 {
		t.Fatalf("installed %+v with figure %v, want %+v with 4242", got, figure(t, dest), b)
	}
	// The app switches at its idle moment, and visitors use it.
	k.Switched(got)
	k.Touched(time.Now())
	log, err := usage.New(k.UsageDir(), usage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log.Opened("tengtou")
	log.Dwelt("tengtou", 30*time.Second)
	if err := log.Close(); err != nil {
		t.Fatal(err)
	}
	k.WriteStatus()

	// 2. Its status and usage arrive at the office.
	reported := time.Now()
	syncthingtest.Wait(t, syncWait, "the kiosk's status and usage reach the office", func() bool {
		f, err := Statuses(officeFleet, time.Now())
		if err != nil || len(f.Kiosks) != 1 || !f.Kiosks[0].OK() || f.Kiosks[0].Status.LastTouch == nil {
			return false
		}
		u, err := Stats(officeFleet, time.Time{}, "")
		return err == nil && u.Total.Opens == 1 && len(u.Places) == 1 && u.Places[0].Place == "tengtou"
	}, office, kioskST)
	t.Logf("status and usage at the office %v after the kiosk wrote them", time.Since(reported).Round(time.Millisecond))

	// 3. A tampered bundle and one signed by another key: refused, reported,
	// the good one stays.
	_, otherKey := keys(t)
	forged := publishAt(t, exhibition(t, 6666), t.TempDir(), otherKey, time.Now().Add(time.Minute))
	b2, _ := os.ReadFile(forged)
	os.WriteFile(filepath.Join(officeFleet, PublishDir, filepath.Base(forged)), b2, 0o644)
	good2 := publishAt(t, exhibition(t, 7777), t.TempDir(), keyFile, time.Now().Add(2*time.Minute))
	tampered := filepath.Join(officeFleet, PublishDir, filepath.Base(good2))
	rewrite(t, good2, tampered, func(name string, body []byte) []byte {
		return []byte(strings.Replace(string(body), "7777", "7778", 1))
	}, nil)
	sf.Published(t)
	bad := time.Now()
	reasons := map[string]string{}
	for len(reasons) < 2 {
		select {
		case p := <-problems:
			reasons[p.File] = p.Reason
		case b := <-ready:
			t.Fatalf("installed %+v", b)
		case <-time.After(syncWait):
			t.Fatalf("refusals within %v: %v", syncWait, reasons)
		}
	}
	t.Logf("bad bundles refused %v after publishing", time.Since(bad).Round(time.Millisecond))
	if reasons[filepath.Base(forged)] != ReasonUnknownKey || reasons[filepath.Base(tampered)] != ReasonChecksum {
		t.Errorf("reasons %v", reasons)
	}
	if figure(t, dest) != 4242 {
		t.Errorf("the kiosk now holds %v, want the good 4242", figure(t, dest))
	}
	syncthingtest.Wait(t, syncWait, "the office sees the kiosk's problem", func() bool {
		f, err := Statuses(officeFleet, time.Now())
		return err == nil && len(f.Kiosks) == 1 && f.Kiosks[0].Trouble != "" && !f.Kiosks[0].Stale &&
			f.Kiosks[0].Status.Shown != nil && f.Kiosks[0].Status.Shown.Hash == b.Hash
	}, office, kioskST)
	t.Logf("whole test %v", time.Since(start).Round(time.Millisecond))
}
