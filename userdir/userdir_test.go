package userdir

import (
	"path/filepath"
	"runtime"
	"testing"
)

// TestFolder checks every folder on every system against the table of the package
// comment: what the app used before this package (edit, usage and kiosk each had
// their own resolver) and where the README says the files are.
func TestFolder(t *testing.T) {
	const (
		home     = "/home/kiosk"
		macHome  = "/Users/kiosk"
		local    = `C:\Users\kiosk\AppData\Local`
		roaming  = `C:\Users\kiosk\AppData\Roaming`
		macStore = "/Users/kiosk/Library/Application Support/ningbomap"
	)
	j := filepath.Join
	winEnv := map[string]string{"LOCALAPPDATA": local, "APPDATA": roaming, "USERPROFILE": `C:\Users\kiosk`}
	for _, tc := range []struct {
		name string
		goos string
		env  map[string]string
		want [3]string // data, state, config
	}{
		{"linux home", "linux", map[string]string{"HOME": home},
			[3]string{home + "/.local/share/ningbomap", home + "/.local/state/ningbomap", home + "/.config/ningbomap"}},
		{"linux XDG", "linux", map[string]string{"HOME": home, "XDG_DATA_HOME": "/srv/data", "XDG_STATE_HOME": "/srv/state", "XDG_CONFIG_HOME": "/srv/cfg"},
			[3]string{"/srv/data/ningbomap", "/srv/state/ningbomap", "/srv/cfg/ningbomap"}},
		{"linux relative XDG is ignored", "linux", map[string]string{"HOME": home, "XDG_DATA_HOME": "data", "XDG_STATE_HOME": "./state", "XDG_CONFIG_HOME": "cfg"},
			[3]string{home + "/.local/share/ningbomap", home + "/.local/state/ningbomap", home + "/.config/ningbomap"}},
		{"linux XDG without HOME", "linux", map[string]string{"XDG_DATA_HOME": "/srv/data"},
			[3]string{"/srv/data/ningbomap", "", ""}},
		{"linux nothing", "linux", nil, [3]string{"", "", ""}},
		{"freebsd is XDG too", "freebsd", map[string]string{"HOME": home},
			[3]string{home + "/.local/share/ningbomap", home + "/.local/state/ningbomap", home + "/.config/ningbomap"}},
		{"windows", "windows", winEnv,
			[3]string{j(local, "ningbomap"), j(local, "ningbomap"), j(roaming, "ningbomap")}},
		{"windows ignores XDG and HOME", "windows", map[string]string{"LOCALAPPDATA": local, "APPDATA": roaming, "HOME": home, "XDG_DATA_HOME": "/srv/data"},
			[3]string{j(local, "ningbomap"), j(local, "ningbomap"), j(roaming, "ningbomap")}},
		{"windows without LOCALAPPDATA", "windows", map[string]string{"APPDATA": roaming},
			[3]string{"", "", j(roaming, "ningbomap")}},
		{"windows nothing", "windows", nil, [3]string{"", "", ""}},
		{"macos", "darwin", map[string]string{"HOME": macHome},
			[3]string{j(macStore), j(macStore), j(macStore)}},
		{"macos ignores XDG", "darwin", map[string]string{"HOME": macHome, "XDG_DATA_HOME": "/srv/data", "XDG_CONFIG_HOME": "/srv/cfg"},
			[3]string{j(macStore), j(macStore), j(macStore)}},
		{"macos without HOME", "darwin", nil, [3]string{"", "", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string { return tc.env[k] }
			for k, want := range tc.want {
				if got := folder(kind(k), tc.goos, getenv); got != filepath.FromSlash(want) {
					t.Errorf("%s folder = %q, want %q", [...]string{"data", "state", "config"}[k], got, want)
				}
			}
		})
	}
}

// TestFiles checks the exported functions on this system: a file under the folder,
// or "" when there is no folder.
func TestFiles(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the XDG variables are for Linux and the BSDs")
	}
	x := t.TempDir()
	t.Setenv("XDG_DATA_HOME", x)
	t.Setenv("XDG_STATE_HOME", x+"/state")
	t.Setenv("XDG_CONFIG_HOME", x+"/cfg")
	for _, tc := range []struct{ got, want string }{
		{Data("usage"), filepath.Join(x, "ningbomap", "usage")},
		{Data("recovery", "1234.json"), filepath.Join(x, "ningbomap", "recovery", "1234.json")},
		{Data(), filepath.Join(x, "ningbomap")},
		{State("pin-lockout.json"), filepath.Join(x, "state", "ningbomap", "pin-lockout.json")},
		{Config("kiosk.toml"), filepath.Join(x, "cfg", "ningbomap", "kiosk.toml")},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "")
	if got := Data("usage"); got != "" {
		t.Errorf("Data without HOME = %q, want \"\"", got)
	}
}
