package fleet

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParsePublicKey feeds fleet_key values: a key that parses prints back
// to a value that parses to the same key.
func FuzzParsePublicKey(f *testing.F) {
	f.Add("ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
	f.Add("ed25519:")
	f.Add(" ed25519:AAAA ")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParsePublicKey(s)
		if err != nil {
			return
		}
		back, err := ParsePublicKey(k.String())
		if err != nil || !back.Equal(k) {
			t.Fatalf("%q parsed to %v, which reads back as %v, %v", s, k, back, err)
		}
	})
}

// FuzzReadStatus feeds status.json files as a kiosk (or anyone with write
// access to its folder) might leave them: the office reads them without
// panicking, and a status it accepts names a kiosk and a time.
func FuzzReadStatus(f *testing.F) {
	dir := f.TempDir()
	good := Status{Kiosk: "hall-a-1", Version: "1", Written: epoch, Started: epoch, FreeDisk: 10,
		Shown: &Installed{Bundle: Bundle{File: "a.zip", Hash: "x", Published: epoch}, InstalledAt: epoch}}
	if err := writeStatus(dir, good); err != nil {
		f.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, StatusFile))
	f.Add(b)
	f.Add([]byte("{}"))
	f.Add([]byte(`{"kiosk":"a","written":"2025-11-26T14:03:07Z","extra":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), StatusFile)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := ReadStatus(p)
		if err != nil {
			return
		}
		if s.Kiosk == "" || s.Written.IsZero() {
			t.Fatalf("accepted a status without kiosk or time: %+v", s)
		}
	})
}
