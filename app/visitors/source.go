package visitors

import (
	"errors"
	"fmt"
	"os"
	"time"

	"ningbomap/fleet"
	"ningbomap/usage"
)

// Source is where the dashboard reads usage from.
type Source struct {
	Fleet string // a fleet folder: every kiosk's usage (FLEET/kiosks/*/usage)
	Dir   string // else a usage folder: this computer's or this kiosk's
}

// path is the folder read.
func (s Source) path() string {
	if s.Fleet != "" {
		return s.Fleet
	}
	return s.Dir
}

// read is what a source held when it was read.
type read struct {
	src    Source
	kiosks []fleet.KioskDays // one, with Kiosk "", for a usage folder
	skips  []error           // lines, files and folders that could not be read
	err    error             // the source itself could not be read
}

// readSource reads every day of src.
func readSource(src Source) read {
	r := read{src: src}
	if src.Fleet != "" {
		r.kiosks, r.skips, r.err = fleet.Days(src.Fleet, time.Time{}, time.Time{})
	} else {
		days, err := usage.ReadDays(src.Dir, time.Time{}, time.Time{})
		switch {
		case errors.Is(err, os.ErrNotExist) && len(days) == 0:
			// no usage recorded yet: an empty dashboard
		case err != nil:
			r.skips = unjoin(err)
		}
		r.kiosks = []fleet.KioskDays{{Days: days}}
	}
	if r.err != nil {
		r.err = fmt.Errorf("%s: %w", src.path(), r.err)
	}
	return r
}

// unjoin splits a joined error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
