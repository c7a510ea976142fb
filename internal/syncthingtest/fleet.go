//go:build unix

package syncthingtest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Fleet is an office and one kiosk paired through Syncthing, each with its
// own fleet folder, shared as in deploy/README.md: publish/ Send Only at the
// office and Receive Only at the kiosk, kiosks/ID the other way round.
type Fleet struct {
	Office, Kiosk           *Instance
	OfficeDir, KioskDir     string // the two fleet folders
	KioskID                 string
	Connected               time.Duration // from the start until the two were connected
	PublishID, KioskFolders string        // Syncthing's folder IDs
}

// NewFleet starts the two instances, pairs them, shares the folders and
// waits (at most timeout) until they are connected. Tests of the window (e2e/)
// point the kiosk's fleet setting at KioskDir and publish into OfficeDir.
func NewFleet(t testing.TB, kioskID string, timeout time.Duration) *Fleet {
	t.Helper()
	start := time.Now()
	f := &Fleet{Office: Start(t, "office"), Kiosk: Start(t, "kiosk"), OfficeDir: t.TempDir(), KioskDir: t.TempDir(),
		KioskID: kioskID, PublishID: "ningbomap-publish", KioskFolders: "ningbomap-kiosk-" + kioskID}
	Pair(t, f.Office, f.Kiosk)
	for _, dir := range []string{f.OfficeDir, f.KioskDir} {
		for _, sub := range []string{"publish", filepath.Join("kiosks", kioskID)} {
			if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	kdir := filepath.Join("kiosks", kioskID)
	f.Office.AddFolder(t, f.PublishID, filepath.Join(f.OfficeDir, "publish"), SendOnly, f.Kiosk)
	f.Kiosk.AddFolder(t, f.PublishID, filepath.Join(f.KioskDir, "publish"), ReceiveOnly, f.Office)
	f.Office.AddFolder(t, f.KioskFolders, filepath.Join(f.OfficeDir, kdir), ReceiveOnly, f.Kiosk)
	f.Kiosk.AddFolder(t, f.KioskFolders, filepath.Join(f.KioskDir, kdir), SendOnly, f.Office)
	Wait(t, timeout, "the office and the kiosk connect",
		func() bool { return f.Office.Connected(f.Kiosk) && f.Kiosk.Connected(f.Office) }, f.Office, f.Kiosk)
	f.Connected = time.Since(start)
	return f
}

// Published asks the office to scan publish/ now, after the test wrote a
// bundle there (the watcher would notice within a second or two anyway).
func (f *Fleet) Published(t testing.TB) { f.Office.Scan(t, f.PublishID) }

// Reported asks the kiosk to scan its folder now.
func (f *Fleet) Reported(t testing.TB) { f.Kiosk.Scan(t, f.KioskFolders) }
