package fleet

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"ningbomap/usage"
)

// KioskDays is one kiosk's usage, day by day (see usage.Day).
type KioskDays struct {
	Kiosk string
	Days  []usage.Day
}

// Days reads the usage of every kiosk in fleetDir (FLEET/kiosks/*/usage/)
// of the days from..to (calendar dates, see usage.Date; a zero time leaves
// that end open), kiosks by id, one per processor at a time: what the
// visitors dashboard shows. As with Stats, what cannot be read (a line, a
// file, a folder that cannot be a kiosk's, a conflict copy) is returned in
// skips and the rest is counted; err is for a fleet folder without kiosks.
func Days(fleetDir string, from, to time.Time) (kiosks []KioskDays, skips []error, err error) {
	ids, skips, err := kioskIDs(fleetDir)
	if err != nil {
		return nil, nil, err
	}
	kiosks = make([]KioskDays, len(ids))
	errs := make([]error, len(ids))
	inParallel(len(ids), func(i int) {
		dir := KioskUsageDir(fleetDir, ids[i])
		days, err := usage.ReadDays(dir, from, to)
		if errors.Is(err, os.ErrNotExist) && len(days) == 0 {
			err = nil // no usage yet
		}
		kiosks[i] = KioskDays{Kiosk: ids[i], Days: days}
		errs[i] = errors.Join(err, conflictCopies(dir))
	})
	for i, err := range errs {
		if err != nil {
			skips = append(skips, fmt.Errorf("kiosk %s: %w", ids[i], err))
		}
	}
	return kiosks, skips, nil
}

// Figures adds up the days of kiosk id (every kiosk for "") from..to, as
// usage.NewFigures does.
func Figures(kiosks []KioskDays, id string, from, to time.Time) usage.Figures {
	sets := make([][]usage.Day, 0, len(kiosks))
	for _, k := range kiosks {
		if id == "" || k.Kiosk == id {
			sets = append(sets, k.Days)
		}
	}
	return usage.NewFigures(from, to, sets...)
}

// KioskIDs are the ids of kiosks, in order.
func KioskIDs(kiosks []KioskDays) []string {
	ids := make([]string, len(kiosks))
	for i, k := range kiosks {
		ids[i] = k.Kiosk
	}
	return slices.Clip(ids)
}
