package usage

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// VisitGap is the longest pause inside one visit: visitor activity (a card
// opened or read, a guided tour finished) after a longer pause begins a new
// visit. It is a little longer than a kiosk's idle reset with the default
// settings (60 s without a touch, then a 10 s countdown), after which the
// next person starts afresh. The attract loop is not a visitor.
const VisitGap = 2 * time.Minute

// Day is the usage of one day in one usage folder, in the form the
// visitors dashboard adds up: per place, and per hour of the day.
type Day struct {
	Date   time.Time // the day, as midnight UTC (a calendar date: rows carry local dates)
	Places []Row     // per place and per tour (GuidedTour, AttractTour), by id
	Opens  [24]int32 // card opens by hour of the day
	Visits [24]int32 // visits by the hour they began (see VisitGap)
}

// Date returns the calendar date of t in its own location, as midnight UTC:
// the form of Day.Date and of the spans the dashboard asks for.
func Date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ReadDays reads the usage files in dir of the days from..to (calendar
// dates, see Date; a zero time leaves that end open), one Day per date that
// has rows, in date order. Lines that cannot be read are skipped; the
// returned error then joins a *LineError for each, with the days of
// everything else. A missing dir is an error wrapping fs.ErrNotExist.
func ReadDays(dir string, from, to time.Time) ([]Day, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("usage: %w", err)
	}
	lo, hi := "", "9999-99-99"
	if !from.IsZero() {
		lo = from.Format(dateLayout)
	}
	if !to.IsZero() {
		hi = to.Format(dateLayout)
	}
	var r dayReader
	r.p = newParser()
	r.lo, r.hi = lo, hi
	var errs []error
	for _, e := range entries {
		date := fileDate(e.Name())
		if date == "" || e.IsDir() || date < lo || date > hi {
			continue
		}
		errs = append(errs, r.readFile(filepath.Join(dir, e.Name()))...)
	}
	days := r.finish()
	return days, errors.Join(errs...)
}

// dayReader turns the lines of usage files into Days.
type dayReader struct {
	p      *parser
	lo, hi string
	days   map[string]*dayAcc
	cur    *dayAcc // the day of the last row: files hold one day
	br     *bufio.Reader
	line   []byte
	ids    map[string]int // place id → index into ids' order and each day's rows
	names  []string       // place ids by index

	file    int        // the number of the file being read, from 1
	touched []*dayAcc  // the days the file has rows of
	pool    [][]uint64 // span buffers to reuse
}

// dayAcc is a Day being counted.
type dayAcc struct {
	date  string
	day   Day
	spans []uint64 // visitor activity in the file being read, start<<32 | end, seconds of the day
	file  int      // the file spans are of
	rows  []Row    // by place index
}

// readFile counts the rows of one file. Rows in the form the log writes
// take a path that does not allocate (quickParse); every other line is
// read by the general parser, which reports it when it is not a row, as
// Summarise does.
func (r *dayReader) readFile(path string) []error {
	f, err := openFile(path)
	if err != nil {
		return []error{fmt.Errorf("usage: %w", err)}
	}
	defer f.Close()
	if r.br == nil {
		r.br = bufio.NewReaderSize(f, 16<<10)
	} else {
		r.br.Reset(f)
	}
	defer r.br.Reset(nil)
	r.file++
	defer r.endFile()
	var errs []error
	for n := 1; ; n++ {
		line, tooLong, err := readLine(r.br, r.line[:0])
		r.line = line
		if len(line) > 0 && !tooLong {
			if q, ok := quickParse(bytes.TrimSuffix(line, []byte("\r"))); ok {
				r.add(q.date, q.place, q.secs, q.event, q.value)
				line = nil
			}
		}
		if len(line) > 0 || tooLong {
			if rec, ok, bad := r.p.parseLine(line, tooLong); bad != nil {
				errs = append(errs, &LineError{File: path, Line: n, Err: bad})
			} else if ok {
				r.add([]byte(rec.Date), []byte(rec.Place), clockSeconds(rec.Clock), rec.Event, rec.Value)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
			break
		}
	}
	return errs
}

// add counts one row in its day.
func (r *dayReader) add(date, place []byte, secs int, ev Event, value float64) {
	if string(date) < r.lo || string(date) > r.hi {
		return
	}
	acc := r.cur
	if acc == nil || acc.date != string(date) {
		acc = r.days[string(date)]
		if acc == nil {
			t, err := time.Parse(dateLayout, string(date))
			if err != nil {
				return // the parser checked the date
			}
			acc = &dayAcc{date: string(date), day: Day{Date: t}, rows: make([]Row, len(r.names), len(r.names)+4)}
			if r.days == nil {
				r.days = map[string]*dayAcc{}
			}
			r.days[acc.date] = acc
		}
		r.cur = acc
	}
	if acc.file != r.file {
		acc.file = r.file
		r.touched = append(r.touched, acc)
		if n := len(r.pool); n > 0 {
			acc.spans, r.pool = r.pool[n-1], r.pool[:n-1]
		}
	}
	i, ok := r.ids[string(place)]
	if !ok {
		if r.ids == nil {
			r.ids = map[string]int{}
		}
		i = len(r.names)
		r.names = append(r.names, string(place))
		r.ids[r.names[i]] = i
	}
	if i >= len(acc.rows) {
		acc.rows = append(acc.rows, make([]Row, i+1-len(acc.rows))...)
	}
	acc.add(&acc.rows[i], string(place) == GuidedTour, secs, ev, value)
}

// add counts one row of the day in the row of its place.
func (a *dayAcc) add(row *Row, guided bool, secs int, ev Event, value float64) {
	start := secs
	switch ev {
	case Open:
		row.Opens += int(value)
		a.day.Opens[secs/3600] += int32(value)
	case DwellSeconds:
		row.DwellSeconds += value
		row.Dwells++
		start = max(0, secs-int(math.Ceil(value)))
	case TourComplete:
		row.Tours += int(value)
		if !guided {
			return // the attract loop plays to nobody in particular
		}
	}
	a.spans = append(a.spans, uint64(start)<<32|uint64(secs))
}

// endFile counts the visits in the file just read, day by day: a visit
// does not go on from one file into another (each holds one day), and the
// span buffers go back to the pool.
func (r *dayReader) endFile() {
	for _, acc := range r.touched {
		v := visits(acc.spans)
		for h := range v {
			acc.day.Visits[h] += v[h]
		}
		r.pool = append(r.pool, acc.spans[:0])
		acc.spans = nil
	}
	r.touched = r.touched[:0]
}

// finish ends the counting: every day with its places by id and its
// visits, in date order.
func (r *dayReader) finish() []Day {
	order := make([]int, len(r.names)) // place indexes by id
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(r.names[a], r.names[b]) })
	days := make([]Day, 0, len(r.days))
	for _, acc := range r.days {
		n := 0
		for _, row := range acc.rows {
			if row != (Row{}) {
				n++
			}
		}
		acc.day.Places = make([]Row, 0, n)
		for _, i := range order {
			if i < len(acc.rows) && acc.rows[i] != (Row{}) {
				row := acc.rows[i]
				row.Place = r.names[i]
				acc.day.Places = append(acc.day.Places, row)
			}
		}
		days = append(days, acc.day)
	}
	slices.SortFunc(days, func(a, b Day) int { return a.Date.Compare(b.Date) })
	return days
}

// visits counts the visits in spans of activity (start<<32 | end, seconds of
// the day; sorted in place) by the hour each began: spans closer than
// VisitGap are one visit.
func visits(spans []uint64) (byHour [24]int32) {
	slices.Sort(spans)
	gap := int64(VisitGap / time.Second)
	end := int64(-1 << 40)
	for _, s := range spans {
		start, stop := int64(s>>32), int64(s&0xffffffff)
		if start > end+gap {
			byHour[min(start/3600, 23)]++
		}
		end = max(end, stop)
	}
	return byHour
}

// clockSeconds is the second of the day of a checked time: "15:04:05", or
// another form time.Parse accepts for it ("9:04:05", "15:04:05.5").
func clockSeconds(clock string) int {
	t, err := time.Parse(timeLayout, clock)
	if err != nil {
		return 0
	}
	return t.Hour()*3600 + t.Minute()*60 + t.Second()
}
