package fleet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStatuses(t *testing.T) {
	pub, keyFile := keys(t)
	fleetDir := t.TempDir()
	src := exhibition(t, 42)
	old := publishAt(t, src, fleetDir, keyFile, epoch)
	now := epoch.Add(time.Hour)
	// Four kiosks: up to date; silent for ten minutes and behind; alive but
	// with a refused bundle; a garbage status.
	kiosk := func(id string, written time.Time, shown string, problem *Problem) {
		k, err := NewKiosk(KioskOptions{Fleet: fleetDir, Key: pub, ID: id, Dest: filepath.Join(t.TempDir(), "ex"),
			Now: func() time.Time { return written }})
		if err != nil {
			t.Fatal(err)
		}
		if shown != "" {
			b, err := Verify(shown, pub)
			if err != nil {
				t.Fatal(err)
			}
			k.shown = &Installed{Bundle: b, InstalledAt: written}
		}
		k.problem = problem
		if err := k.WriteStatus(); err != nil {
			t.Fatal(err)
		}
	}
	newest := publishAt(t, exhibition(t, 43), fleetDir, keyFile, epoch.Add(time.Minute))
	kiosk("hall-a-1", now.Add(-time.Minute), newest, nil)
	kiosk("hall-b", now.Add(-10*time.Minute), old, nil)
	kiosk("hall-c", now.Add(-30*time.Second), newest, &Problem{File: "exhibition-x.zip", Reason: ReasonUnknownKey, At: now})
	os.MkdirAll(KioskDir(fleetDir, "hall-d"), 0o755)
	os.WriteFile(filepath.Join(KioskDir(fleetDir, "hall-d"), StatusFile), []byte("{garbage"), 0o644)
	os.MkdirAll(KioskUsageDir(fleetDir, "hall-e"), 0o755) // usage, no status yet

	f, err := Statuses(fleetDir, now)
	if err != nil {
		t.Fatal(err)
	}
	if f.Newest == nil || f.Newest.File != filepath.Base(newest) {
		t.Fatalf("newest %v, want %s", f.Newest, filepath.Base(newest))
	}
	want := map[string]string{"hall-a-1": "ok", "hall-b": "STALE,BEHIND", "hall-c": "TROUBLE", "hall-d": "STALE,TROUBLE", "hall-e": "STALE,TROUBLE"}
	if len(f.Kiosks) != len(want) {
		t.Fatalf("%d kiosks, want %d: %+v", len(f.Kiosks), len(want), f.Kiosks)
	}
	for _, k := range f.Kiosks {
		if got := k.state(); got != want[k.ID] {
			t.Errorf("%s: state %s, want %s (%s)", k.ID, got, want[k.ID], k.Trouble)
		}
	}
	if f.OK() {
		t.Error("the fleet is OK with a stale kiosk")
	}
	var out bytes.Buffer
	if err := f.WriteTable(&out, now); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"newest published: " + filepath.Base(newest), "hall-a-1", "(1m ago)", "(10m ago)", "unknown key: exhibition-x.zip",
		"hall-d", "fleet status:", "no status.json yet"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, out.String())
		}
	}
	// Only the good kiosk: OK.
	for _, id := range []string{"hall-b", "hall-c", "hall-d", "hall-e"} {
		os.RemoveAll(KioskDir(fleetDir, id))
	}
	if f, err := Statuses(fleetDir, now); err != nil || !f.OK() {
		t.Errorf("one good kiosk: %+v, %v", f, err)
	}
	// A conflict copy in a kiosk's folder means two writers.
	os.WriteFile(filepath.Join(KioskDir(fleetDir, "hall-a-1"), "status.sync-conflict-20251126-150000-ABCDEFG.json"), []byte("{}"), 0o644)
	if f, _ := Statuses(fleetDir, now); f.OK() || !strings.Contains(f.Kiosks[0].Trouble, "another kiosk") {
		t.Errorf("conflict copy: %+v", f.Kiosks)
	}
}
