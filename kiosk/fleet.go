package kiosk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/atomicfile"
	"ningbomap/fleet"
)

// FleetDir is the fleet folder, relative paths taken from the configuration
// file's folder; "" when the kiosk is not part of a fleet.
func (c Config) FleetDir() string {
	if c.Fleet == "" || filepath.IsAbs(c.Fleet) || c.Path == "" {
		return c.Fleet
	}
	return filepath.Join(filepath.Dir(c.Path), c.Fleet)
}

// PublishKeyFile is the private key file the office publishes with,
// relative paths taken from the configuration file's folder; "" for none.
func (c Config) PublishKeyFile() string {
	if c.PublishKey == "" || filepath.IsAbs(c.PublishKey) || c.Path == "" {
		return c.PublishKey
	}
	return filepath.Join(filepath.Dir(c.Path), c.PublishKey)
}

// FleetPublicKey is the fleet_key the kiosk checks bundles with.
func (c Config) FleetPublicKey() (fleet.PublicKey, error) {
	return fleet.ParsePublicKey(c.FleetKey)
}

// KioskName is the kiosk's id in the fleet: kiosk_id, or else the host name
// made fit for a folder name (lower case; other characters than letters,
// digits, '-', '_' and '.' become '-'); "" when there is neither.
func (c Config) KioskName() string {
	if c.KioskID != "" {
		return c.KioskID
	}
	host, err := hostname()
	if err != nil {
		return ""
	}
	return hostID(host)
}

// hostname is os.Hostname; tests replace it.
var hostname = os.Hostname

// hostID turns a host name into a kiosk id.
func hostID(host string) string {
	host, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(host)), ".")
	b := []byte(host)
	for i, ch := range b {
		if !('a' <= ch && ch <= 'z' || '0' <= ch && ch <= '9' || ch == '-' || ch == '_') {
			b[i] = '-'
		}
	}
	id := strings.Trim(string(b), "-")
	if len(id) > 64 {
		id = id[:64]
	}
	if !fleet.ValidKioskID(id) {
		return ""
	}
	return id
}

// validateFleet checks fleet, fleet_key and kiosk_id: a fleet needs the key
// (a kiosk without it would refuse every bundle) and an id that can name a
// folder.
func (c Config) validateFleet() []error {
	var errs []error
	bad := func(key string, err error) {
		errs = append(errs, &Error{Path: c.Path, Line: c.line(key), Key: key, Err: err})
	}
	if c.FleetKey != "" {
		if _, err := c.FleetPublicKey(); err != nil {
			bad("fleet_key", err)
		}
	}
	if c.KioskID != "" && !fleet.ValidKioskID(c.KioskID) {
		bad("kiosk_id", fmt.Errorf("%q: want 1 to 64 letters, digits, '-', '_' or '.', not starting with '.' or '-'", c.KioskID))
	}
	if c.PublishKey != "" {
		if c.Fleet == "" {
			bad("publish_key", errors.New("the key signs what is published into the fleet folder, and no fleet is set"))
		} else if err := keyOutside(c.PublishKeyFile(), c.FleetDir()); err != nil {
			bad("publish_key", err)
		}
	}
	if c.Fleet == "" {
		return errs
	}
	if c.FleetKey == "" {
		bad("fleet", errors.New(`a fleet needs the office's key to check what it installs, and no fleet_key is set: `+
			`run "ningbomap fleet keygen --out DIR" at the office and paste the fleet_key line it prints here`))
	}
	if c.KioskID == "" && c.KioskName() == "" {
		bad("fleet", errors.New("this machine's host name cannot name the kiosk: set kiosk_id"))
	}
	return errs
}

// keyOutside refuses a private key file that lies inside the fleet folder,
// which is copied to every kiosk.
func keyOutside(keyFile, fleetDir string) error {
	if atomicfile.Inside(keyFile, fleetDir) {
		return fmt.Errorf("%s lies inside the fleet folder %s, which is copied to every kiosk: keep the private key elsewhere", keyFile, fleetDir)
	}
	return nil
}
