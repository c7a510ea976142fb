package cli

import (
	"strings"
	"testing"
)

func TestClosest(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"rendr", "render"},
		{"Render", "render"},
		{"chek", "check"},
		{"exprot", "export"},
		{"stat", "stats"},
		{"kioskpin", "kiosk-pin"},
		{"hlep", "help"},
		{"zzzzzz", ""},
		{"bundle-everything", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := closest(tc.in); got != tc.want {
				t.Errorf("closest(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWantsHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"--help"}, true},
		{[]string{"--site", "x", "-h"}, true},
		{[]string{"-help"}, true},
		{[]string{"--", "--help"}, false},
		{[]string{"--out", "help.png"}, false},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := wantsHelp(tc.args); got != tc.want {
				t.Errorf("wantsHelp(%q) = %v, want %v", tc.args, got, tc.want)
			}
		})
	}
}

// TestRunStatus checks the documented exit statuses of usage mistakes and help.
func TestRunStatus(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no kiosk configuration of this machine's user
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"rendr"}, exitUsage},
		{[]string{"help", "nope"}, exitUsage},
		{[]string{"help", "render"}, exitOK},
		{[]string{"help"}, exitOK},
		{[]string{"render", "--help"}, exitOK},
		{[]string{"export", "-h"}, exitOK},
		{[]string{"stats", "--help"}, exitOK},
		{[]string{"check", "--help"}, exitOK},
		{[]string{"kiosk-pin", "--help"}, exitOK},
		{[]string{"kiosk-pin", "extra"}, exitUsage},
		{[]string{"render", "--no-such-flag"}, exitUsage},
		{[]string{"render"}, exitUsage}, // no --out
		{[]string{"export", "--format", "bogus", "--out", "x.kml"}, exitUsage},
		{[]string{"export", "--format", "bogus"}, exitUsage},
		{[]string{"export"}, exitUsage}, // no --out
		{[]string{"export", "--format", "geojson", "--layer", "service", "--from", "x.csv", "--out", "x.geojson"}, exitUsage},
		{[]string{"export", "--format", "kml", "--layer", "service", "--out", "x.kml"}, exitUsage},
		{[]string{"export", "--encoding", "klingon", "--out", "x.kml"}, exitUsage},
		{[]string{"check", "--encoding", "klingon"}, exitUsage},
		{[]string{"bundle"}, exitUsage}, // no --out
		{[]string{"bundle", "--help"}, exitOK},
		{[]string{"stats", "--since", "yesterday"}, exitUsage},
		{[]string{"stats", "extra"}, exitUsage},
		{[]string{"help", "render", "extra"}, exitUsage},
		{[]string{"--view", "1,2"}, exitUsage},
		{[]string{"--size", "big"}, exitUsage},
		{[]string{"--lang", "fr"}, exitUsage},
		{[]string{"--help"}, exitOK},
		{[]string{"--version"}, exitOK},
		{[]string{"--no-such-flag"}, exitUsage},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := Run(tc.args); got != tc.want {
				t.Errorf("Run(%q) = %d, want %d", tc.args, got, tc.want)
			}
		})
	}
}

// TestCommandsDocumented checks that every command has a one-line summary and a usage
// that starts with its own synopsis.
func TestCommandsDocumented(t *testing.T) {
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			if c.summary == "" || strings.Contains(c.summary, "\n") {
				t.Errorf("summary %q: want one line", c.summary)
			}
			if !strings.HasPrefix(c.usage, "ningbomap "+c.name) {
				t.Errorf("usage %q: want it to start with ningbomap %s", c.usage, c.name)
			}
			if c.run == nil {
				t.Error("no run function")
			}
		})
	}
}
