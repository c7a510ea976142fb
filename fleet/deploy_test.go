//go:build unix

package fleet

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/internal/syncthingtest"
)

// TestDeployScript runs deploy/fleet-setup.sh against two real Syncthing
// instances, an office and a kiosk, and checks that the folders it shares
// carry a bundle to the kiosk and a status to the office.
func TestDeployScript(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Syncthing; not with -short")
	}
	script, err := filepath.Abs(filepath.Join("..", "deploy", "fleet-setup.sh"))
	if err != nil {
		t.Fatal(err)
	}
	office := syncthingtest.Start(t, "office")
	kiosk := syncthingtest.Start(t, "kiosk")
	// Usage reporting undecided, so that the script's LAN_ONLY shows.
	kiosk.Must(t, "PATCH", "/rest/config/options", map[string]any{"urAccepted": 0})
	officeFleet, kioskFleet := t.TempDir(), t.TempDir()
	run := func(in *syncthingtest.Instance, fleet string, args ...string) string {
		t.Helper()
		cmd := exec.Command("sh", append([]string{script}, args...)...)
		cmd.Env = append(os.Environ(), "STHOME="+in.Home, "FLEET="+fleet, "KIOSK_ID=hall-a-1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("fleet-setup.sh %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	out := run(kiosk, kioskFleet, "kiosk", office.ID, office.Listen)
	if !strings.Contains(out, "deploy/fleet-setup.sh office hall-a-1 "+kiosk.ID) {
		t.Errorf("the kiosk's run does not say what to run at the office:\n%s", out)
	}
	run(office, officeFleet, "office", "hall-a-1", kiosk.ID, kiosk.Listen)
	// Run twice: nothing changes, nothing fails.
	run(office, officeFleet, "office", "hall-a-1", kiosk.ID, kiosk.Listen)

	var opts struct {
		URAccepted int  `json:"urAccepted"`
		Relays     bool `json:"relaysEnabled"`
		Global     bool `json:"globalAnnounceEnabled"`
	}
	json.Unmarshal(kiosk.Must(t, "GET", "/rest/config/options", nil), &opts)
	if opts.URAccepted != -1 || opts.Relays || opts.Global {
		t.Errorf("kiosk options after the script: %+v", opts)
	}
	os.WriteFile(filepath.Join(officeFleet, PublishDir, "exhibition-test.zip"), []byte("bundle"), 0o644)
	os.WriteFile(filepath.Join(kioskFleet, KiosksDir, "hall-a-1", StatusFile), []byte("{}"), 0o644)
	os.WriteFile(filepath.Join(kioskFleet, KiosksDir, "hall-a-1", ".status.json.tmp-1"), []byte("{"), 0o644)
	office.Scan(t, "ningbomap-publish")
	kiosk.Scan(t, "ningbomap-kiosk-hall-a-1")
	took := syncthingtest.Wait(t, syncWait, "the script's folders carry files both ways", func() bool {
		_, e1 := os.Stat(filepath.Join(kioskFleet, PublishDir, "exhibition-test.zip"))
		_, e2 := os.Stat(filepath.Join(officeFleet, KiosksDir, "hall-a-1", StatusFile))
		return e1 == nil && e2 == nil
	}, office, kiosk)
	t.Logf("synced %v after the scans", took.Round(time.Millisecond))
	if _, err := os.Stat(filepath.Join(officeFleet, KiosksDir, "hall-a-1", ".status.json.tmp-1")); err == nil {
		t.Error("a temporary file travelled")
	}
}
