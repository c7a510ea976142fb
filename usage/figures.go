package usage

import (
	"encoding/csv"
	"fmt"
	"io"
	"time"
)

// Figures are the usage of a span of days, as the visitors dashboard shows
// them: per place, per day, by hour of the day and by weekday and hour.
type Figures struct {
	From, To time.Time // first and last day, inclusive (midnight UTC, see Date); zero without usage

	Places  []Row // per place, most opened first; tours are not places (see Guided, Attract)
	Total   Row   // the places added up (Place "total")
	Guided  int   // guided tours seen to the end by a visitor
	Attract int   // passes of the kiosk's attract loop
	Visits  int   // visits (see VisitGap)

	Days      []DayCount // every day from From to To, in order, days without usage included
	Hours     [24]int    // visits by the hour of the day they began
	WeekHours [7][24]int // visits by weekday (Monday first) and hour
	Weeks     [7]int     // how many of each weekday the span holds, for averages
	OpenHours [24]int    // card opens by hour of the day
}

// DayCount is the usage of one day.
type DayCount struct {
	Date   time.Time // midnight UTC
	Visits int
	Opens  int
}

// maxSpanDays bounds the days of Figures.Days: a span of zero dates or a
// file from year 9999 cannot make the series huge.
const maxSpanDays = 100 * 366

// NewFigures adds up the days of every set (one per kiosk) that fall from
// from to to (calendar dates; a zero time takes the first or last day that
// has usage). Without usage in the span, From and To are still the span
// asked for, when both were given.
func NewFigures(from, to time.Time, sets ...[]Day) Figures {
	from, to = dateOrZero(from), dateOrZero(to)
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		from, to = to, from
	}
	var f Figures
	byPlace := map[string]*Row{}
	var first, last time.Time
	for _, days := range sets {
		for i := range days {
			d := &days[i]
			if !from.IsZero() && d.Date.Before(from) || !to.IsZero() && d.Date.After(to) {
				continue
			}
			if first.IsZero() || d.Date.Before(first) {
				first = d.Date
			}
			if d.Date.After(last) {
				last = d.Date
			}
			f.addDay(d, byPlace)
		}
	}
	f.From, f.To = from, to
	if f.From.IsZero() {
		f.From = first
	}
	if f.To.IsZero() {
		f.To = last
	}
	for _, r := range byPlace {
		f.Places = append(f.Places, *r)
	}
	SortRows(f.Places)
	f.Total = Sum(f.Places)
	f.days(sets)
	return f
}

// dateOrZero is Date(t), or the zero time for zero.
func dateOrZero(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return Date(t)
}

// addDay counts one day's places and hours.
func (f *Figures) addDay(d *Day, byPlace map[string]*Row) {
	for _, r := range d.Places {
		switch r.Place {
		case GuidedTour:
			f.Guided += r.Tours
		case AttractTour:
			f.Attract += r.Tours
		default:
			row := byPlace[r.Place]
			if row == nil {
				row = &Row{Place: r.Place}
				byPlace[r.Place] = row
			}
			row.Add(r)
		}
	}
	wd := weekday(d.Date)
	for h := range 24 {
		v := int(d.Visits[h])
		f.Visits += v
		f.Hours[h] += v
		f.WeekHours[wd][h] += v
		f.OpenHours[h] += int(d.Opens[h])
	}
}

// days fills the daily series from From to To.
func (f *Figures) days(sets [][]Day) {
	if f.From.IsZero() || f.To.IsZero() {
		return
	}
	n := int(f.To.Sub(f.From).Hours()/24+0.5) + 1
	if n > maxSpanDays {
		n = maxSpanDays
		f.From = f.To.AddDate(0, 0, -(n - 1))
	}
	f.Days = make([]DayCount, n)
	for i := range f.Days {
		f.Days[i].Date = f.From.AddDate(0, 0, i)
		f.Weeks[weekday(f.Days[i].Date)]++
	}
	for _, days := range sets {
		for i := range days {
			d := &days[i]
			k := int(d.Date.Sub(f.From).Hours()/24 + 0.5)
			if d.Date.Before(f.From) || k >= n {
				continue
			}
			for h := range 24 {
				f.Days[k].Visits += int(d.Visits[h])
				f.Days[k].Opens += int(d.Opens[h])
			}
		}
	}
}

// weekday is 0 for Monday to 6 for Sunday.
func weekday(t time.Time) int { return (int(t.Weekday()) + 6) % 7 }

// Empty reports whether the span holds no usage at all.
func (f Figures) Empty() bool {
	return f.Total.Opens == 0 && f.Total.Dwells == 0 && f.Guided == 0 && f.Attract == 0 && f.Visits == 0
}

// WriteCSV writes the table of the figures for a spreadsheet, in the
// columns of `ningbomap stats --fleet --csv` with the span before them: a
// line per place, the tours, then the total:
//
//	from,to,kiosk,place,opens,dwell_seconds,dwells,average_seconds,tours,name
//	2025-11-01,2025-11-30,all,tengtou,12,408.2,12,34,0,滕头村
//
// kiosk names the kiosk the figures are of ("all" for every kiosk).
func (f Figures) WriteCSV(w io.Writer, kiosk string) error {
	cw := csv.NewWriter(w)
	from, to := "", ""
	if !f.From.IsZero() {
		from, to = f.From.Format(dateLayout), f.To.Format(dateLayout)
	}
	lead := []string{from, to, kiosk}
	cw.Write(append([]string{"from", "to", "kiosk"}, CSVHeader...))
	line := func(r Row) { cw.Write(append(lead[:3:3], r.CSVFields()...)) }
	for _, r := range f.Places {
		line(r)
	}
	line(Row{Place: GuidedTour, Tours: f.Guided, Name: tourNames[GuidedTour]})
	line(Row{Place: AttractTour, Tours: f.Attract, Name: tourNames[AttractTour]})
	total := f.Total
	total.Tours = f.Guided + f.Attract
	line(total)
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("usage: %w", err)
	}
	return nil
}
