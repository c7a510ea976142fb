package usage

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"strconv"
)

// WriteTable prints rows as a table, one line per place (and per kind of
// tour, for completions) and a total, with times as h:mm:ss:
//
//	place    opens    dwell  average  tours
//	tengtou     12  0:06:48  0:00:34      0  滕头村
//	total       12  0:06:48  0:00:34      0
//
// Names come last, where their double-width characters cannot upset the
// columns.
func WriteTable(w io.Writer, rows []Row) error {
	return WriteTableOf(w, "place", rows)
}

// WriteTableOf is WriteTable with first as the first column's heading;
// rows of another table than places ("kiosk") get no tour labels.
func WriteTableOf(w io.Writer, first string, rows []Row) error {
	width := len(first)
	for _, r := range rows {
		width = max(width, len(r.Place))
	}
	total := Sum(rows)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-*s  %6s  %9s  %9s  %6s\n", width, first, "opens", "dwell", "average", "tours")
	line := func(place string, r Row) {
		fmt.Fprintf(bw, "%-*s  %6d  %9s  %9s  %6d", width, place, r.Opens, clock(r.DwellSeconds), clock(r.AvgDwell()), r.Tours)
		name := r.Name
		if first == "place" {
			name = cmp.Or(name, tourNames[place])
		}
		if name != "" {
			fmt.Fprintf(bw, "  %s", name)
		}
		fmt.Fprintln(bw)
	}
	for _, r := range rows {
		line(r.Place, r)
	}
	line("total", total)
	return bw.Flush()
}

// tourNames label the rows of tour completions.
var tourNames = map[string]string{GuidedTour: "(guided tour)", AttractTour: "(attract loop)"}

// clock formats seconds as h:mm:ss.
func clock(seconds float64) string {
	s := int64(math.Round(seconds))
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// CSVHeader is the first line WriteCSV writes, after the columns the caller
// puts before a row's (see fleet's stats --csv).
var CSVHeader = []string{"place", "opens", "dwell_seconds", "dwells", "average_seconds", "tours", "name"}

// CSVFields are a row's fields under CSVHeader; seconds to a tenth.
func (r Row) CSVFields() []string {
	return []string{r.Place, strconv.Itoa(r.Opens), strconv.FormatFloat(math.Round(r.DwellSeconds*10)/10, 'f', -1, 64),
		strconv.Itoa(r.Dwells), strconv.FormatFloat(math.Round(r.AvgDwell()*10)/10, 'f', -1, 64), strconv.Itoa(r.Tours), r.Name}
}
