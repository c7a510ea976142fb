package cli

import (
	"errors"
	"fmt"
	"io"
	"time"

	"ningbomap/fleet"
)

// runFleetStatus prints the kiosks of a fleet folder; exit status 1 when any
// needs attention.
func runFleetStatus(args []string, stdout io.Writer) error {
	fs := newFleetFlags("status")
	dir := fs.String("fleet", "", "the fleet folder")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *dir == "" {
		return fail(exitUsage, errors.New("--fleet FLEET is required"))
	}
	now := time.Now()
	f, err := fleet.Statuses(*dir, now)
	if err != nil {
		return fail(exitProblem, err)
	}
	if err := f.WriteTable(stdout, now); err != nil {
		return fail(exitProblem, err)
	}
	if len(f.Kiosks) == 0 {
		return fail(exitProblem, fmt.Errorf("no kiosk has reported to %s yet", *dir))
	}
	bad := 0
	for _, k := range f.Kiosks {
		if !k.OK() {
			bad++
		}
	}
	if bad > 0 {
		return fail(exitProblem, fmt.Errorf("%d of %d kiosks stale, behind or in trouble", bad, len(f.Kiosks)))
	}
	return nil
}
