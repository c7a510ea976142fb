// Package usage keeps offline counts of how a kiosk is used: per place, how
// often its card was opened and for how long it was read, and how often a
// tour was seen to the end. Rows go to a daily CSV file in the app's data
// folder; nothing is sent anywhere and nothing about a person is kept.
//
// A file usage-2025-11-26.csv reads:
//
//	date,time,place_id,event,value
//	2025-11-26,14:03:07,tengtou,open,1
//	2025-11-26,14:03:41,tengtou,dwell_seconds,34.2
//	2025-11-26,14:20:10,guided,tour_complete,1
package usage

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Event is what a row counts.
type Event string

// Events.
const (
	Open         Event = "open"          // a card was opened; value 1
	DwellSeconds Event = "dwell_seconds" // a card was read for value seconds
	TourComplete Event = "tour_complete" // a tour went past its last stop; value 1
)

// Tour ids used as the place of TourComplete rows.
const (
	GuidedTour  = "guided"  // a tour a visitor started
	AttractTour = "attract" // the kiosk's attract loop
)

// header is the first line of every file.
const header = "date,time,place_id,event,value"

// Layouts of the date and time columns.
const (
	dateLayout = "2006-01-02"
	timeLayout = "15:04:05"
)

// Limits on a row, so that a damaged file cannot skew the counts.
const (
	maxIDLen    = 64
	maxCount    = 1e6   // open and tour_complete
	maxDwell    = 86400 // seconds in one row
	maxLineSize = 512   // bytes; the longest valid row is well under this
)

// record is one row of a usage file. Date and Clock are kept as written
// (checked), so a record prints back exactly.
type record struct {
	Date  string // "2006-01-02", local time
	Clock string // "15:04:05", local time
	Place string
	Event Event
	Value float64
}

// newRecord makes the record of an event at t.
func newRecord(t time.Time, place string, ev Event, value float64) record {
	return record{Date: t.Format(dateLayout), Clock: t.Format(timeLayout), Place: place, Event: ev, Value: value}
}

// append adds the record as a CSV line, newline included, to b.
func (r record) append(b []byte) []byte {
	b = append(b, r.Date...)
	b = append(b, ',')
	b = append(b, r.Clock...)
	b = append(b, ',')
	b = append(b, r.Place...)
	b = append(b, ',')
	b = append(b, r.Event...)
	b = append(b, ',')
	b = strconv.AppendFloat(b, r.Value, 'f', -1, 64)
	return append(b, '\n')
}

// parseRecord reads one line of a usage file (without its line end).
func parseRecord(line string) (record, error) {
	var p parser
	return p.parse([]byte(line))
}

// checkValue checks the value against the event.
func (r record) checkValue() error {
	v := r.Value
	switch r.Event {
	case Open, TourComplete:
		if v < 1 || v > maxCount || v != math.Trunc(v) {
			return fmt.Errorf("%s value %v: want a whole number from 1 to %g", r.Event, v, float64(maxCount))
		}
	case DwellSeconds:
		if math.IsNaN(v) || v < 0 || v > maxDwell {
			return fmt.Errorf("dwell_seconds value %v: want 0 to %d", v, maxDwell)
		}
	default:
		return fmt.Errorf("event %q: want open, dwell_seconds or tour_complete", string(r.Event))
	}
	return nil
}

// checkPlace checks a place id: 1 to 64 of a-z, 0-9 and '-', as in the data.
func checkPlace(id string) error {
	if id == "" || len(id) > maxIDLen {
		return fmt.Errorf("place id %q: want 1 to %d characters", id, maxIDLen)
	}
	for _, c := range []byte(id) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return errors.New("place id " + strconv.Quote(id) + ": want only a-z, 0-9 and '-'")
		}
	}
	return nil
}
