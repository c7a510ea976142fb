package kiosk

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"ningbomap/fleet"
)

func TestSaveOffice(t *testing.T) {
	keys := t.TempDir()
	pub, err := fleet.Keygen(keys)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(keys, fleet.PrivateKeyFile)
	fleetDir := filepath.Join(t.TempDir(), `展厅 "fleet"`)
	cases := []struct {
		name   string
		before string // "" for no file
		after  string
	}{
		{"no file yet", "", "fleet = F\nfleet_key = K\npublish_key = P\n"},
		{"other settings and comments are kept", "# the office laptop\nlang = \"zh\"\nbasemap = \"city.mbtiles\"",
			"# the office laptop\nlang = \"zh\"\nbasemap = \"city.mbtiles\"\nfleet = F\nfleet_key = K\npublish_key = P\n"},
		{"old settings are replaced where they stand", "fleet = \"/old\"\nlang = \"en\"\n  publish_key = \"/old.key\"\nfleet_key = \"" + testKey + "\"\n",
			"fleet = F\nlang = \"en\"\npublish_key = P\nfleet_key = K\n"},
	}
	quote := func(s string) string { return tomlString(s) }
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kiosk.toml")
			if c.before != "" {
				os.WriteFile(path, []byte(c.before), 0o640)
			}
			if err := SaveOffice(path, fleetDir, keyFile); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			want := strings.NewReplacer("F", quote(fleetDir), "K", quote(pub.String()), "P", quote(keyFile)).Replace(c.after)
			if string(got) != want {
				t.Errorf("file:\n%s\nwant\n%s", got, want)
			}
			cfg, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			if cfg.FleetDir() != fleetDir || cfg.PublishKeyFile() != keyFile || cfg.FleetKey != pub.String() {
				t.Errorf("read back %q %q %q", cfg.FleetDir(), cfg.PublishKeyFile(), cfg.FleetKey)
			}
			if info, _ := os.Stat(path); runtime.GOOS != "windows" && c.before == "" && info.Mode().Perm() != 0o600 {
				t.Errorf("a new file has mode %04o, want 0600", info.Mode().Perm())
			}
		})
	}
}

func TestSaveOfficeRefuses(t *testing.T) {
	keys := t.TempDir()
	if _, err := fleet.Keygen(keys); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(keys, fleet.PrivateKeyFile)
	dir := t.TempDir()
	path := filepath.Join(dir, "kiosk.toml")
	broken := "lang = \"zh\"\nfleet = '''\nmulti\n'''\n"
	cases := []struct {
		name, before, fleet, key, want string
	}{
		{"a public key file", "", dir, filepath.Join(keys, fleet.PublicKeyFile), "private key"},
		{"a key inside the fleet folder", "", keys, keyFile, "inside the fleet folder"},
		{"a file it cannot rewrite safely", broken, dir, keyFile, "left as it was"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(path)
			if c.before != "" {
				os.WriteFile(path, []byte(c.before), 0o600)
			}
			err := SaveOffice(path, c.fleet, c.key)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("SaveOffice: %v, want %q", err, c.want)
			}
			got, _ := os.ReadFile(path)
			if string(got) != c.before {
				t.Errorf("the file changed:\n%s", got)
			}
		})
	}
}

func TestPublishKeyWarning(t *testing.T) {
	c := Config{Kiosk: true, PublishKey: "/k/fleet.key", Path: "/etc/kiosk.toml"}
	if w := strings.Join(c.Warnings(), "\n"); !strings.Contains(w, "publish_key on a kiosk") {
		t.Errorf("warnings %q", w)
	}
	c.Kiosk = false
	if len(c.Warnings()) != 0 {
		t.Errorf("the office laptop warned: %q", c.Warnings())
	}
}
