package usage

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
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
	width := len("place")
	for _, r := range rows {
		width = max(width, len(r.Place))
	}
	total := Sum(rows)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-*s  %6s  %9s  %9s  %6s\n", width, "place", "opens", "dwell", "average", "tours")
	line := func(place string, r Row) {
		fmt.Fprintf(bw, "%-*s  %6d  %9s  %9s  %6d", width, place, r.Opens, clock(r.DwellSeconds), clock(r.AvgDwell()), r.Tours)
		if name := cmp.Or(r.Name, tourNames[place]); name != "" {
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
