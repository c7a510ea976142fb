package fleet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"ningbomap/atomicfile"
)

// Status is what a kiosk tells the office in its status.json: written every
// minute and after every install or refusal.
type Status struct {
	Kiosk   string    `json:"kiosk"`
	Version string    `json:"version"` // the app's version
	Written time.Time `json:"written"` // when this status was written: the kiosk was alive then
	Started time.Time `json:"started"`
	Uptime  float64   `json:"uptime_seconds"`

	// Shown is the bundle on screen (nil: content that did not come from
	// the fleet); Installed the newest bundle installed, which the app
	// switches to at its next idle moment (equal to Shown once it has).
	Shown     *Installed `json:"shown"`
	Installed *Installed `json:"installed"`
	// NewestSeen is the newest complete signed bundle in publish/, whoever
	// signed it.
	NewestSeen *Bundle `json:"newest_seen"`
	// Problem is the last bundle refused (or conflict copy found) that is
	// still in publish/; nil when there is none.
	Problem *Problem `json:"problem"`

	LastTouch *time.Time `json:"last_touch"`      // the last time a visitor touched the screen
	FreeDisk  int64      `json:"free_disk_bytes"` // on the exhibition folder's disk; -1 when unknown
}

// Installed is a bundle and when the kiosk installed it.
type Installed struct {
	Bundle
	InstalledAt time.Time `json:"installed_at"`
}

// Problem is a bundle a kiosk refused, or a conflict copy it found.
type Problem struct {
	File   string    `json:"file"`
	Reason string    `json:"reason"` // one of the Reason constants
	Detail string    `json:"detail"`
	At     time.Time `json:"at"`
}

// maxStatus is the largest status.json read at the office.
const maxStatus = 64 << 10

// writeStatus writes s to dir/status.json atomically.
func writeStatus(dir string, s Status) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("fleet status: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("fleet status: %w", err)
	}
	return atomicfile.WriteFile(filepath.Join(dir, StatusFile), append(b, '\n'), 0o644)
}

// ReadStatus reads a kiosk's status.json, refusing a file larger than 64 KB,
// unknown fields, or one without a kiosk id.
func ReadStatus(path string) (Status, error) {
	var s Status
	b, err := readSmall(path, maxStatus)
	if err != nil {
		return s, fmt.Errorf("fleet status: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Status{}, fmt.Errorf("fleet status: %s: %w", path, err)
	}
	if s.Kiosk == "" || s.Written.IsZero() {
		return Status{}, fmt.Errorf("fleet status: %s: no kiosk id or time written", path)
	}
	return s, nil
}
