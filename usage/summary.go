package usage

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
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
// read are skipped; the returned error then joins a *LineError for each, with
// the rows of everything else. A missing dir is an error wrapping
// fs.ErrNotExist.
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
	byPlace := make(map[string]*Row)
	p := newParser()
	var errs []error
	for _, e := range entries {
		date := fileDate(e.Name())
		if date == "" || e.IsDir() || (from != "" && date < from[:len(dateLayout)]) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		f, err := os.Open(path)
		if err != nil {
			errs = append(errs, fmt.Errorf("usage: %w", err))
			continue
		}
		err = p.readRecords(f, path, func(r record) {
			if from != "" && (r.Date < fromDate || r.Date == fromDate && r.Clock < fromClock) {
				return
			}
			add(byPlace, r)
		})
		errs = append(errs, err, f.Close())
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
