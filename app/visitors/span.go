package visitors

import (
	"time"

	"ningbomap/usage"
)

// preset is a choice of span in the view.
type preset int

// The spans offered, the last 30 days first chosen.
const (
	last7 preset = iota
	last30
	last90
	last365
	everything
	custom // dates typed or picked
)

// presets are the spans in the order the view lists them.
var presets = []preset{last7, last30, last90, last365, everything}

// key is the translation key of p's name.
func (p preset) key() string {
	return [...]string{"visitors.last7", "visitors.last30", "visitors.last90", "visitors.last365", "visitors.all", "visitors.custom"}[p]
}

// span is the first and last day of p on the day of now (calendar dates,
// see usage.Date); zero times for everything.
func (p preset) span(now time.Time) (from, to time.Time) {
	today := usage.Date(now)
	days := map[preset]int{last7: 7, last30: 30, last90: 90, last365: 365}[p]
	if days == 0 {
		return time.Time{}, time.Time{}
	}
	return today.AddDate(0, 0, -(days - 1)), today
}
