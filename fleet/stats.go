package fleet

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"ningbomap/usage"
)

// Usage is every kiosk's usage counted together.
type Usage struct {
	Places []usage.Row  // per place, all kiosks together, most opened first
	Kiosks []KioskUsage // per kiosk, by id
	Total  usage.Row    // everything (Place "total")
	Skips  []error      // what could not be read: files, lines, kiosk folders; the rest is counted
}

// KioskUsage is one kiosk's usage.
type KioskUsage struct {
	Kiosk  string
	Places []usage.Row // most opened first
	Total  usage.Row
}

// Stats adds up the usage CSVs of every kiosk in fleetDir (FLEET/kiosks/*/
// usage/), from since on (the zero time for all), only kiosk id when id is
// not "". A kiosk folder whose files cannot be read is reported in Skips and
// the others are still counted; a line that cannot be read is skipped and
// reported. The kiosks are read in parallel, one per processor.
func Stats(fleetDir string, since time.Time, id string) (Usage, error) {
	ids, skips, err := kioskIDs(fleetDir)
	if err != nil {
		return Usage{}, err
	}
	if id != "" {
		if !slices.Contains(ids, id) {
			return Usage{}, fmt.Errorf("fleet stats: no kiosk %q in %s (kiosks: %v)", id, filepath.Join(fleetDir, KiosksDir), ids)
		}
		ids = []string{id}
	}
	u := Usage{Kiosks: make([]KioskUsage, len(ids)), Skips: skips}
	errs := make([]error, len(ids))
	inParallel(len(ids), func(i int) {
		dir := KioskUsageDir(fleetDir, ids[i])
		rows, err := usage.Summarise(dir, since)
		if errors.Is(err, os.ErrNotExist) && len(rows) == 0 {
			err = nil // no usage yet
		}
		err = errors.Join(err, conflictCopies(dir))
		u.Kiosks[i] = KioskUsage{Kiosk: ids[i], Places: rows, Total: usage.Sum(rows)}
		errs[i] = err
	})
	for i, err := range errs {
		if err != nil {
			u.Skips = append(u.Skips, fmt.Errorf("kiosk %s: %w", ids[i], err))
		}
	}
	byPlace := map[string]*usage.Row{}
	for _, k := range u.Kiosks {
		for _, r := range k.Places {
			m := byPlace[r.Place]
			if m == nil {
				m = &usage.Row{Place: r.Place}
				byPlace[r.Place] = m
			}
			m.Add(r)
		}
	}
	for _, r := range byPlace {
		u.Places = append(u.Places, *r)
	}
	usage.SortRows(u.Places)
	u.Total = usage.Sum(u.Places)
	return u, nil
}

// inParallel calls fn(0) … fn(n-1), one goroutine per processor, and
// returns when all have returned.
func inParallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// kioskIDs lists the kiosk folders of fleetDir, by id; a folder whose name
// cannot be a kiosk id (a conflict copy, a temporary file) is skipped and
// reported.
func kioskIDs(fleetDir string) (ids []string, skips []error, err error) {
	dir := filepath.Join(fleetDir, KiosksDir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("fleet: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case isSyncTemp(name) || name == ".stfolder" || name == ".stversions":
		case !e.IsDir():
			if isConflictCopy(name) {
				skips = append(skips, fmt.Errorf("%s: a sync conflict copy, ignored", filepath.Join(dir, name)))
			}
		case !ValidKioskID(name):
			skips = append(skips, fmt.Errorf("%s: not a kiosk folder (its name cannot be a kiosk id), ignored", filepath.Join(dir, name)))
		default:
			ids = append(ids, name)
		}
	}
	slices.SortFunc(ids, cmp.Compare)
	return ids, skips, nil
}

// conflictCopies reports the sync conflict copies in dir, which are not
// counted: a kiosk's folder has one writer, so a copy means two kiosks
// share its id.
func conflictCopies(dir string) error {
	names, _ := filepath.Glob(filepath.Join(dir, "*.sync-conflict-*"))
	var errs []error
	for _, n := range names {
		errs = append(errs, fmt.Errorf("%s: a sync conflict copy, not counted (do two kiosks share this id?)", n))
	}
	return errors.Join(errs...)
}
