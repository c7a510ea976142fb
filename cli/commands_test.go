package main

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

// TestDispatchStatus checks the documented exit statuses of usage mistakes and help.
func TestDispatchStatus(t *testing.T) {
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
		{[]string{"--help"}, exitOK},
		{[]string{"--version"}, exitOK},
		{[]string{"--no-such-flag"}, exitUsage},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := dispatch(tc.args); got != tc.want {
				t.Errorf("dispatch(%q) = %d, want %d", tc.args, got, tc.want)
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
