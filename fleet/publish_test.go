package fleet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPublish(t *testing.T) {
	pub, keyFile := keys(t)
	src := exhibition(t, 42)
	fleetDir := t.TempDir()
	b, err := Publish(src, fleetDir, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Verify(filepath.Join(fleetDir, PublishDir, b.File), pub)
	if err != nil || got != b {
		t.Fatalf("Verify = %+v, %v; want %+v", got, err, b)
	}
	if !strings.HasPrefix(b.File, bundlePrefix) || !strings.Contains(b.File, b.Hash[:12]) {
		t.Errorf("name %s lacks the prefix or the hash %s", b.File, b.Hash)
	}
	// Nothing but the bundle is left in publish/ or beside it.
	entries, _ := os.ReadDir(filepath.Join(fleetDir, PublishDir))
	if len(entries) != 1 {
		t.Errorf("publish/ holds %d files, want 1", len(entries))
	}
	all, _ := os.ReadDir(fleetDir)
	if len(all) != 1 {
		t.Errorf("the fleet folder holds %v, want publish/ only", all)
	}
	// The same content in the same second is not written over.
	_, err = publish(src, fleetDir, keyFile, b.Published)
	if err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("publishing again in the same second: %v", err)
	}
	// Another second, another file with the same hash.
	b2, err := publish(src, fleetDir, keyFile, b.Published.Add(1e9))
	if err != nil || b2.Hash != b.Hash || b2.File == b.File {
		t.Errorf("republished: %+v, %v", b2, err)
	}
}

func TestPublishRefuses(t *testing.T) {
	_, keyFile := keys(t)
	good := exhibition(t, 42)
	broken := filepath.Join(t.TempDir(), "broken")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "places.geojson"), []byte(`{"type":"FeatureCollection","features":[{"type":"Feature"}]}`), 0o644)
	fleetDir := t.TempDir()
	inFleet := filepath.Join(fleetDir, "keys")
	if _, err := Keygen(inFleet); err != nil {
		t.Fatal(err)
	}
	// An exhibition that holds the fleet folder: publishing would write into it.
	holder := exhibition(t, 42)
	fleetInData := filepath.Join(holder, "fleet")
	garbageKey := filepath.Join(t.TempDir(), "garbage.key")
	os.WriteFile(garbageKey, []byte("garbage"), 0o600)
	cases := []struct {
		name, data, key, want string
	}{
		{"a folder that fails the checks", broken, keyFile, "does not pass the checks"},
		{"a missing folder", filepath.Join(t.TempDir(), "none"), keyFile, "publish:"},
		{"the key inside the fleet folder", good, filepath.Join(inFleet, PrivateKeyFile), "inside the fleet folder"},
		{"a garbage key", good, garbageKey, "not a private key file"},
		{"a missing key", good, filepath.Join(t.TempDir(), "none.key"), "fleet key"},
	}
	cases = append(cases, struct{ name, data, key, want string }{"the fleet folder inside the exhibition", holder, keyFile, "inside"})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fleetDir := fleetDir
			if tc.data == holder {
				fleetDir = fleetInData
			}
			_, err := Publish(tc.data, fleetDir, tc.key)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Publish: %v, want an error with %q", err, tc.want)
			}
			if entries, _ := os.ReadDir(filepath.Join(fleetDir, PublishDir)); len(entries) != 0 {
				t.Errorf("publish/ holds %v", entries)
			}
			if left, _ := filepath.Glob(filepath.Join(fleetDir, ".publish-*")); len(left) != 0 {
				t.Errorf("left %v behind", left)
			}
		})
	}
}
