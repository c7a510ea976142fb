package kiosk

import (
	"fmt"
	"os"
	"runtime"
)

// Warnings lists what is wrong with the configuration without stopping it
// from working, each as one sentence naming the file and the fix, for the app
// to print at start (and show to staff where it can). Today: a file holding
// pin_hash that other users can read or change. A hash of a PIN shorter than
// MinPINDigits cannot be told from its hash; Lock reports it when such a PIN
// opens it (Result.ShortPIN, see ShortPINWarning). And the fleet's private
// key (publish_key) on a kiosk.
func (c Config) Warnings() []string {
	var out []string
	if w := permissionWarning(c); w != "" {
		out = append(out, w)
	}
	if c.Kiosk && c.PublishKey != "" {
		out = append(out, fmt.Sprintf("%s sets publish_key on a kiosk: the fleet's private key belongs on the office laptop only "+
			"(whoever holds it can publish to every kiosk); remove the line and the key file from this machine", c.Path))
	}
	return out
}

// permissionWarning is the warning for a configuration file holding pin_hash
// whose mode lets group or other users read or write it; "" when there is
// none. Windows has no such mode bits.
func permissionWarning(c Config) string {
	if c.PINHash == "" || c.Path == "" || runtime.GOOS == "windows" {
		return ""
	}
	info, err := os.Stat(c.Path)
	if err != nil {
		return ""
	}
	mode := info.Mode().Perm()
	switch {
	case mode&0o044 != 0:
		return fmt.Sprintf("%s holds pin_hash and other users can read it (mode %04o), "+
			"so they could try PINs against it at leisure: run chmod 600 %s", c.Path, mode, c.Path)
	case mode&0o022 != 0:
		return fmt.Sprintf("%s holds pin_hash and other users can change it (mode %04o), "+
			"so they could set their own PIN: run chmod 600 %s", c.Path, mode, c.Path)
	}
	return ""
}

// ShortPINWarning is what to tell staff when a PIN shorter than MinPINDigits
// opened the lock (Result.ShortPIN): the configuration at path still works,
// but its PIN should be replaced.
func ShortPINWarning(path string) string {
	if path == "" {
		path = "the kiosk configuration file"
	}
	return fmt.Sprintf("the staff PIN has fewer than %d digits, which is too easy to guess: "+
		"run \"ningbomap kiosk-pin\" to make a PIN of %d to %d digits and put its pin_hash line in %s",
		MinPINDigits, MinPINDigits, MaxPINDigits, path)
}
