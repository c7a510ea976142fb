package kiosk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testKey is a valid fleet_key (32 zero bytes).
const testKey = "ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

func TestFleetConfig(t *testing.T) {
	cases := []struct {
		name string
		src  string
		errs []string // parts of the error; none for a valid file
	}{
		{"no fleet", "", nil},
		{"a fleet", `fleet = "/srv/fleet"` + "\nfleet_key = \"" + testKey + "\"\nkiosk_id = \"hall-a-1\"\n", nil},
		{"a fleet without a key says how to get one", `fleet = "/srv/fleet"` + "\n",
			[]string{"k.toml:1: fleet: a fleet needs the office's key", `"ningbomap fleet keygen --out DIR"`}},
		{"a malformed key", `fleet_key = "ed25519:AAAA"` + "\n", []string{"k.toml:1: fleet_key: fleet key"}},
		{"a key of another kind", `fleet_key = "ssh-rsa AAAA"` + "\n", []string{"k.toml:1: fleet_key:", `want "ed25519:"`}},
		{"a kiosk id that cannot name a folder", `kiosk_id = "../hall"` + "\n", []string{`k.toml:1: kiosk_id: "../hall"`}},
		{"a kiosk id with a space", `kiosk_id = "hall a"` + "\n", []string{"kiosk_id:"}},
		{"the office's key", `fleet = "/srv/fleet"` + "\nfleet_key = \"" + testKey + "\"\npublish_key = \"/home/staff/keys/fleet.key\"\n", nil},
		{"a publish key without a fleet", `publish_key = "/home/staff/keys/fleet.key"` + "\n",
			[]string{"k.toml:1: publish_key: the key signs what is published into the fleet folder, and no fleet is set"}},
		{"a publish key inside the fleet folder", `fleet = "/srv/fleet"` + "\nfleet_key = \"" + testKey + "\"\npublish_key = \"/srv/fleet/fleet.key\"\n",
			[]string{"k.toml:3: publish_key:", "copied to every kiosk"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("k.toml", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			err = c.Validate()
			if len(tc.errs) == 0 {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate accepted it, want %q", tc.errs)
			}
			for _, want := range tc.errs {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %#v is not an *Error", err)
			}
		})
	}
}

func TestFleetDir(t *testing.T) {
	c := Config{Fleet: "fleet", Path: filepath.Join("/etc", "ningbomap", "kiosk.toml")}
	if got, want := c.FleetDir(), filepath.Join("/etc", "ningbomap", "fleet"); got != want {
		t.Errorf("FleetDir() = %q, want %q", got, want)
	}
	c.Fleet = filepath.Join(string(filepath.Separator), "srv", "fleet")
	if got := c.FleetDir(); got != c.Fleet {
		t.Errorf("FleetDir() = %q, want %q", got, c.Fleet)
	}
	if (Config{}).FleetDir() != "" {
		t.Error("no fleet gave a folder")
	}
}

func TestKioskName(t *testing.T) {
	cases := []struct{ host, want string }{
		{"hall-a-1", "hall-a-1"},
		{"Hall-A-1.local", "hall-a-1"},
		{"展厅一号", ""},
		{"kiosk 7", "kiosk-7"},
		{"", ""},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			old := hostname
			hostname = func() (string, error) { return tc.host, nil }
			defer func() { hostname = old }()
			if got := (Config{}).KioskName(); got != tc.want {
				t.Errorf("KioskName() with host %q = %q, want %q", tc.host, got, tc.want)
			}
			if got := (Config{KioskID: "set"}).KioskName(); got != "set" {
				t.Errorf("kiosk_id ignored: %q", got)
			}
			c := Config{Fleet: "/f", FleetKey: testKey}
			err := c.Validate()
			if (tc.want == "") != (err != nil && strings.Contains(err.Error(), "set kiosk_id")) {
				t.Errorf("Validate with host %q: %v", tc.host, err)
			}
		})
	}
}

// TestReadmeFleetSample checks that the fleet sample in deploy/README.md
// reads and validates, with a real key in place of the elided one.
func TestReadmeFleetSample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "deploy", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "## A fleet of kiosks")
	_, block, ok2 := strings.Cut(section, "```toml\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("deploy/README.md has no ```toml block in its fleet section")
	}
	block = strings.Replace(block, `"ed25519:…"`, `"`+testKey+`"`, 1)
	c, err := Parse("README.md", []byte(block))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Fleet == "" || c.KioskName() != "hall-a-1" {
		t.Errorf("sample: %+v", c)
	}
}
