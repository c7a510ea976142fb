package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/fleet"
)

// exitOf is the exit status a command's error carries.
func exitOf(err error) int {
	var e *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &e):
		return e.code
	}
	return exitProblem
}

// fleetExhibition saves the embedded layers into a new folder with 滕头村's
// first figure set to value.
func fleetExhibition(t *testing.T, value float64) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "exhibition")
	e, err := edit.Open(dir, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Edit("tengtou", edit.Figure(0), func(s *data.Site) { s.Indicators[0].Value = value }); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFleetCommands(t *testing.T) {
	keyDir := filepath.Join(t.TempDir(), "keys")
	fleetDir := t.TempDir()
	var out bytes.Buffer
	if err := runFleetKeygen([]string{"--out", keyDir}, &out); err != nil {
		t.Fatal(err)
	}
	_, line, ok := strings.Cut(out.String(), "fleet_key = \"")
	if !ok {
		t.Fatalf("keygen printed no fleet_key line:\n%s", out.String())
	}
	pub, err := fleet.ParsePublicKey(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), "\"")))
	if err != nil {
		t.Fatal(err)
	}
	if err := runFleetKeygen([]string{"--out", keyDir}, &out); exitOf(err) != exitProblem {
		t.Errorf("a second keygen: %v, want exit 1", err)
	}

	key := filepath.Join(keyDir, fleet.PrivateKeyFile)
	out.Reset()
	if err := publishCmd([]string{"--data", fleetExhibition(t, 4242), "--fleet", fleetDir, "--key", key}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "published "+filepath.Join(fleetDir, fleet.PublishDir, "exhibition-")) {
		t.Errorf("publish printed %q", out.String())
	}

	// No kiosk yet: status 1. One kiosk that shows the bundle: status 0.
	if err := runFleetStatus([]string{"--fleet", fleetDir}, &out); exitOf(err) != exitProblem {
		t.Errorf("fleet status with no kiosk: %v", err)
	}
	var ready []fleet.Bundle
	k, err := fleet.NewKiosk(fleet.KioskOptions{Fleet: fleetDir, Key: pub, ID: "hall-a-1", Dest: filepath.Join(t.TempDir(), "ex"),
		Ready: func(b fleet.Bundle) { ready = append(ready, b) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Poll(); err != nil || len(ready) != 1 {
		t.Fatalf("kiosk poll: %v, ready %v", err, ready)
	}
	out.Reset()
	if err := runFleetStatus([]string{"--fleet", fleetDir}, &out); exitOf(err) != exitProblem || !strings.Contains(out.String(), "BEHIND") {
		t.Errorf("installed but not switched: %v\n%s", err, out.String())
	}
	if err := k.Switched(ready[0]); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := runFleetStatus([]string{"--fleet", fleetDir}, &out); err != nil || !strings.Contains(out.String(), "hall-a-1") {
		t.Errorf("fleet status: %v\n%s", err, out.String())
	}

	// Usage counted from the kiosk's folder.
	os.MkdirAll(k.UsageDir(), 0o755)
	os.WriteFile(filepath.Join(k.UsageDir(), "usage-2025-11-26.csv"),
		[]byte("date,time,place_id,event,value\n2025-11-26,10:00:00,tengtou,open,1\n2025-11-26,10:00:30,tengtou,dwell_seconds,30\nbroken line\n"), 0o644)
	var errOut bytes.Buffer
	out.Reset()
	if err := runFleetStats([]string{"--fleet", fleetDir}, &out, &errOut, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "tengtou") || !strings.Contains(out.String(), "hall-a-1") || !strings.Contains(errOut.String(), "usage-2025-11-26.csv:4") {
		t.Errorf("stats --fleet:\n%s\nstderr:\n%s", out.String(), errOut.String())
	}
	out.Reset()
	if err := runFleetStats([]string{"--fleet", fleetDir, "--csv", "--kiosk", "hall-a-1", "--since", "2025-11-26"}, &out, &errOut, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "hall-a-1,tengtou,1,30,1,30,0,") || !strings.Contains(out.String(), "all,total,1,") {
		t.Errorf("stats --csv:\n%s", out.String())
	}
}

func TestFleetUsageMistakes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"fleet"}, exitUsage},
		{[]string{"fleet", "nope"}, exitUsage},
		{[]string{"fleet", "--help"}, exitOK},
		{[]string{"help", "fleet"}, exitOK},
		{[]string{"fleet", "keygen"}, exitUsage},
		{[]string{"fleet", "keygen", "--help"}, exitOK},
		{[]string{"fleet", "keygen", "--out", t.TempDir(), "extra"}, exitUsage},
		{[]string{"fleet", "status"}, exitUsage},
		{[]string{"fleet", "status", "--help"}, exitOK},
		{[]string{"fleet", "status", "--fleet", filepath.Join(t.TempDir(), "none")}, exitProblem},
		{[]string{"publish"}, exitUsage},
		{[]string{"publish", "--help"}, exitOK},
		{[]string{"publish", "--fleet", t.TempDir()}, exitUsage},
		{[]string{"publish", "--fleet", t.TempDir(), "--key", filepath.Join(t.TempDir(), "none.key")}, exitProblem},
		{[]string{"stats", "--kiosk", "a"}, exitUsage},
		{[]string{"stats", "--csv"}, exitUsage},
		{[]string{"stats", "--fleet", t.TempDir(), "--since", "yesterday"}, exitUsage},
		{[]string{"stats", "--fleet", filepath.Join(t.TempDir(), "none")}, exitProblem},
		{[]string{"stats", "--fleet", t.TempDir(), "extra"}, exitUsage},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := Run(tc.args); got != tc.want {
				t.Errorf("Run(%q) = %d, want %d", tc.args, got, tc.want)
			}
		})
	}
}

func TestHasFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"--fleet", "x"}, true},
		{[]string{"-fleet=x"}, true},
		{[]string{"--fleetx"}, false},
		{[]string{"--dir", "fleet"}, false},
		{[]string{"--", "--fleet"}, false},
	} {
		if got := hasFlag(tc.args, "fleet"); got != tc.want {
			t.Errorf("hasFlag(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
