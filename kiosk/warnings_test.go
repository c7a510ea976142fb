package kiosk

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestConfigWarnings(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no mode bits for other users")
	}
	dir := t.TempDir()
	withPIN := "pin_hash = \"" + cheapHash(t, "246810") + "\"\n"
	cases := []struct {
		name, content string
		mode          os.FileMode
		want          string // in the one warning; "" for none
	}{
		{"private", withPIN, 0o600, ""},
		{"owner read-only", withPIN, 0o400, ""},
		{"readable by all", withPIN, 0o644, "other users can read it (mode 0644)"},
		{"readable by the group", withPIN, 0o640, "other users can read it (mode 0640)"},
		{"writable by the group", withPIN, 0o620, "other users can change it (mode 0620)"},
		{"readable, but no PIN in it", "idle_seconds = 90\n", 0o644, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".toml")
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tc.mode); err != nil {
				t.Fatal(err)
			}
			c, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			got := c.Warnings()
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("warnings %q, want none", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want) ||
				!strings.Contains(got[0], path) || !strings.Contains(got[0], "chmod 600 "+path)):
				t.Errorf("warnings %q, want one naming %s, %q and the fix", got, path, tc.want)
			}
		})
	}
}

func TestShortPINWarning(t *testing.T) {
	got := ShortPINWarning("/etc/ningbomap/kiosk.toml")
	for _, want := range []string{"fewer than 6 digits", "ningbomap kiosk-pin", "/etc/ningbomap/kiosk.toml"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q does not say %q", got, want)
		}
	}
}
