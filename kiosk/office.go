package kiosk

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"ningbomap/atomicfile"
	"ningbomap/fleet"
)

// SaveOffice remembers the office laptop's fleet settings in the
// configuration file at path: fleet (the fleet folder fleetDir), fleet_key
// (the public half of the private key in keyFile, so the file stays valid
// and the office can tell a key that kiosks would refuse) and publish_key
// (keyFile). Lines setting those keys are replaced, the others kept as they
// are, comments included; the file is made (mode 0600) when missing and
// written whole or not at all. The key file must be a fleet private key
// outside the fleet folder.
func SaveOffice(path, fleetDir, keyFile string) error {
	if path == "" {
		return errors.New("kiosk configuration: no file to save the fleet settings in")
	}
	priv, err := fleet.LoadPrivateKey(keyFile)
	if err != nil {
		return err
	}
	if err := keyOutside(keyFile, fleetDir); err != nil {
		return err
	}
	pub := fleet.PublicKey(priv.Public().(ed25519.PublicKey))
	return setKeys(path, [][2]string{{"fleet", fleetDir}, {"fleet_key", pub.String()}, {"publish_key", keyFile}})
}

// setKeys sets top-level string keys of the TOML file at path, checking
// that the result still reads as a configuration.
func setKeys(path string, kv [][2]string) error {
	src, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		src = nil
	case err != nil:
		return &Error{Path: path, Err: err}
	}
	if !utf8.Valid(src) {
		return &Error{Path: path, Err: errors.New("not UTF-8 text: not changing it")}
	}
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for _, p := range kv {
		line := p[0] + " = " + tomlString(p[1]) + "\n"
		re := regexp.MustCompile(`^\s*` + regexp.QuoteMeta(p[0]) + `\s*=`)
		done := false
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), "[") {
				break // a table: top-level keys end here
			}
			if re.MatchString(l) {
				lines[i], done = line, true
				break
			}
		}
		if !done {
			if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], "\n") {
				lines[n-1] += "\n"
			}
			lines = append(lines, line)
		}
	}
	out := strings.Join(lines, "")
	c, err := Parse(path, []byte(out))
	if err != nil {
		return fmt.Errorf("kiosk configuration: %s would no longer read after setting %s, so it is left as it was: %w", path, kv[0][0], err)
	}
	for _, p := range kv {
		if v := c.value(p[0]); v != p[1] {
			return fmt.Errorf("kiosk configuration: %s: %s reads back as %q, not %q: the file is left as it was", path, p[0], v, p[1])
		}
	}
	return atomicfile.WriteFile(path, []byte(out), 0o600) // an existing file keeps its mode
}

// value is the string value of key, for the keys setKeys writes.
func (c Config) value(key string) string {
	switch key {
	case "fleet":
		return c.Fleet
	case "fleet_key":
		return c.FleetKey
	case "publish_key":
		return c.PublishKey
	case "kiosk_id":
		return c.KioskID
	case "basemap":
		return c.Basemap
	}
	return ""
}

// tomlString writes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
