package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/paulmach/orb"

	"ningbomap/budget"
)

// headerSearch is how many leading rows may come before the header (a
// title row above a spreadsheet's table, for example).
const headerSearch = 10

// csvColumns are the columns of a CSV file that matter.
type csvColumns struct {
	names    []string // header, made unique and non-empty
	lon, lat int      // coordinate columns, or -1
	pair     int      // a single "lon,lat" column ("坐标", "location"), or -1
}

// coordKeys name a column holding "lon,lat" in one cell.
var coordKeys = []string{"coordinates", "coords", "lnglat", "lonlat", "location", "坐标", "经纬度"}

// decodeCSV reads a table with a header row naming its longitude and
// latitude columns (or one "lon,lat" column); every other row is a point
// whose cells become its properties.
func decodeCSV(data []byte, want string, l *Layer, p *problems, pr *progress) {
	text, enc, ok := readText(data, want, p)
	if !ok {
		return
	}
	l.Encoding = enc
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	r.ReuseRecord = false

	var first []string
	cols := csvColumns{lon: -1, lat: -1, pair: -1}
	for i := 0; i < headerSearch && cols.lon < 0 && cols.pair < 0; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.addLine(csvProblem(err))
			return
		}
		if first == nil {
			first = rec
		}
		cols = findColumns(rec)
	}
	if cols.lon < 0 && cols.pair < 0 {
		if first == nil {
			return // empty: reported by Decode
		}
		p.addf(1, 0, "", ErrNoCoordinates, "want a longitude column (lon, lng, longitude, x, 经度, 經度) and a "+
			"latitude column (lat, latitude, y, 纬度, 緯度) in the header; it has: %s", strings.Join(first, ", "))
		return
	}
	if len(cols.names) > budget.Properties.Int() {
		p.add(1, 0, "", fmt.Errorf("%w: %d columns are over the %s budget of %d; only the first %d and the coordinates are kept",
			ErrWarning, len(cols.names), budget.Properties.Name, budget.Properties.Limit, budget.Properties.Limit))
	}
	rs := roles{}
	n := 0
	for !p.full {
		rec, err := r.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			n++
			line, perr := csvProblem(err)
			p.add(line, n, "", perr)
			if !errors.As(err, new(*csv.ParseError)) {
				return
			}
			continue
		}
		if blank(rec) {
			continue
		}
		n++
		line, _ := r.FieldPos(0)
		cols.add(rec, n, line, rs, l, p)
		pr.at(r.InputOffset())
	}
}

// add turns one row into a feature of l.
func (c *csvColumns) add(rec []string, n, line int, rs roles, l *Layer, p *problems) {
	f := Feature{Properties: make(map[string]string, min(len(rec), budget.Properties.Int()))}
	for i, v := range rec {
		if i >= budget.Properties.Int() && i != c.lon && i != c.lat && i != c.pair {
			continue // past the budget: the row's own columns are kept in order
		}
		f.Properties[c.name(i)] = v
	}
	f.Name, f.Description = rs.nameAndDesc(f.Properties)
	var pt orb.Point
	var field string
	var err error
	if c.pair >= 0 {
		field = c.name(c.pair)
		pt, err = parsePair(cell(rec, c.pair))
	} else {
		for axis, col := range []int{c.lon, c.lat} {
			field = c.name(col)
			if pt[axis], err = parseDegrees(cell(rec, col), "xy"[axis]); err != nil {
				break
			}
		}
		if err == nil {
			field = c.name(c.lon) + ", " + c.name(c.lat)
		}
	}
	if err != nil {
		p.add(line, n, field, err)
		return
	}
	keep(pt, f, n, line, field, l, p)
}

// findColumns finds the coordinate columns of a header row.
func findColumns(header []string) csvColumns {
	c := csvColumns{lon: -1, lat: -1, pair: -1}
	seen := map[string]int{}
	for i, h := range header {
		name := strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))
		if name == "" {
			name = fmt.Sprintf("column %d", i+1)
		}
		if seen[name]++; seen[name] > 1 {
			name = fmt.Sprintf("%s (%d)", name, seen[name])
		}
		c.names = append(c.names, name)
		switch {
		case c.lon < 0 && matches(h, lonKeys):
			c.lon = i
		case c.lat < 0 && matches(h, latKeys):
			c.lat = i
		case c.pair < 0 && matches(h, coordKeys):
			c.pair = i
		}
	}
	if c.lon < 0 || c.lat < 0 {
		c.lon, c.lat = -1, -1
	} else {
		c.pair = -1
	}
	return c
}

// name returns the header of column i, or "column N" past the header.
func (c *csvColumns) name(i int) string {
	if i < len(c.names) {
		return c.names[i]
	}
	return fmt.Sprintf("column %d", i+1)
}

// parsePair reads "lon,lat" (or "lon lat", "lon;lat") from one cell.
func parsePair(s string) (orb.Point, error) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '，' })
	if len(f) != 2 {
		return orb.Point{}, fmt.Errorf("%w: want \"lon,lat\", got %q", ErrCoordinate, s)
	}
	var p orb.Point
	for axis := range p {
		v, err := parseDegrees(f[axis], "xy"[axis])
		if err != nil {
			return p, err
		}
		p[axis] = v
	}
	return p, nil
}

// delimiter guesses the separator of a CSV text from its first line: the
// most frequent of ',', ';' and tab outside quotes (',' on a tie).
func delimiter(text []byte) rune {
	line, _, _ := bytes.Cut(text, []byte("\n"))
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(line) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// csvProblem words an encoding/csv error, with its line.
func csvProblem(err error) (int, error) {
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrQuote):
		return pe.StartLine, fmt.Errorf("%w: a quoted cell on this line is not closed properly (a missing or extra '\"')",
			ErrSyntax)
	case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrBareQuote):
		return pe.Line, fmt.Errorf("%w: column %d: a '\"' inside a cell that does not start with one", ErrSyntax, pe.Column)
	case errors.As(err, &pe):
		return pe.Line, fmt.Errorf("%w: column %d: %v", ErrSyntax, pe.Column, pe.Err)
	}
	return 0, fmt.Errorf("%w: %v", ErrSyntax, err)
}

// cell returns rec[i], or "" past the end of the row.
func cell(rec []string, i int) string {
	if i < len(rec) {
		return rec[i]
	}
	return ""
}

// blank reports whether every cell of rec is empty.
func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}
