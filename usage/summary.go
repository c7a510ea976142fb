package usage

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"ningbomap/budget"
)

// Row sums the usage of one place (or one tour, for completions).
type Row struct {
	Place        string
	Name         string  // the place's name, filled in by the caller; "" to leave out
	Opens        int     // card opens
	DwellSeconds float64 // total reading time
	Dwells       int     // dwell rows, for the average
	Tours        int     // tour completions (on the GuidedTour and AttractTour rows)
}

// AvgDwell is the average reading time of a card, in seconds; 0 without dwell
// rows.
func (r Row) AvgDwell() float64 {
	if r.Dwells == 0 {
		return 0
	}
	return r.DwellSeconds / float64(r.Dwells)
}

// Summarise adds up the usage files in dir from since on (the zero time for
// all), one Row per place, most opened first, then by id. Lines that cannot be
// read are skipped; the returned error then joins a *LineError for each of
// the first few of a file and a *SkippedError counting the rest, with the
// rows of everything else. A missing dir is an error wrapping
// fs.ErrNotExist.
//
// Within budgets: only regular files that are not links, of at most
// budget.UsageFile, are read, the newest budget.UsageFiles of them, and rows
// of at most budget.UsagePlaces places are counted; what is left out is
// said in the error.
func Summarise(dir string, since time.Time) ([]Row, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("usage: %w", err)
	}
	from, fromDate, fromClock := "", "", ""
	if !since.IsZero() {
		from = since.Format(dateLayout + " " + timeLayout)
		fromDate, fromClock = since.Format(dateLayout), since.Format(timeLayout)
	}
	var files []string
	for _, e := range entries {
		date := fileDate(e.Name())
		if date == "" || e.IsDir() || (from != "" && date < from[:len(dateLayout)]) {
			continue
		}
		files = append(files, e.Name())
	}
	var errs []error
	if n := len(files) - budget.UsageFiles.Int(); n > 0 {
		errs = append(errs, fmt.Errorf("usage: %s: the %d oldest files are not read: %w", dir, n, &budget.Error{Budget: budget.UsageFiles, Got: int64(len(files))}))
		files = files[n:] // ReadDir sorts by name: by date
	}
	byPlace := make(map[string]*Row)
	beyond := 0 // rows of places past budget.UsagePlaces
	p := newParser()
	for _, name := range files {
		path := filepath.Join(dir, name)
		f, err := budget.OpenNoFollow(path, os.O_RDONLY, 0, budget.UsageFile)
		if err != nil {
			errs = append(errs, fmt.Errorf("usage: %w", err))
			continue
		}
		err = p.readRecords(f, path, func(r record) {
			if from != "" && (r.Date < fromDate || r.Date == fromDate && r.Clock < fromClock) {
				return
			}
			if byPlace[r.Place] == nil && len(byPlace) >= budget.UsagePlaces.Int() {
				beyond++
				return
			}
			add(byPlace, r)
		})
		errs = append(errs, err, f.Close())
	}
	if beyond > 0 {
		errs = append(errs, fmt.Errorf("usage: %s: %d rows of further places not counted: %w", dir, beyond, &budget.Error{Budget: budget.UsagePlaces}))
	}
	rows := make([]Row, 0, len(byPlace))
	for _, r := range byPlace {
		rows = append(rows, *r)
	}
	SortRows(rows)
	return rows, errors.Join(errs...)
}

// add counts record r in its place's row.
func add(byPlace map[string]*Row, r record) {
	row := byPlace[r.Place]
	if row == nil {
		row = &Row{Place: r.Place}
		byPlace[r.Place] = row
	}
	switch r.Event {
	case Open:
		row.Opens += int(r.Value)
	case DwellSeconds:
		row.DwellSeconds += r.Value
		row.Dwells++
	case TourComplete:
		row.Tours += int(r.Value)
	}
}

// Add adds the counts of o to r.
func (r *Row) Add(o Row) {
	r.Opens += o.Opens
	r.DwellSeconds += o.DwellSeconds
	r.Dwells += o.Dwells
	r.Tours += o.Tours
}

// Sum adds up rows into one Row named "total".
func Sum(rows []Row) Row {
	t := Row{Place: "total"}
	for _, r := range rows {
		t.Add(r)
	}
	return t
}

// SortRows sorts rows as Summarise does: most opened first, then by id.
func SortRows(rows []Row) {
	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(b.Opens, a.Opens), cmp.Compare(a.Place, b.Place))
	})
}
