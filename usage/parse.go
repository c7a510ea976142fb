package usage

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"time"
)

// parser reads the lines of usage files quickly: rows as the log writes them
// (a date, a time, digits) take a path without allocations beyond the
// strings a record keeps, and the strings rows repeat (dates, place ids) are
// shared. Anything else takes the general path (time.Parse,
// strconv.ParseFloat), so that both accept exactly the same lines. The zero
// parser shares nothing.
type parser struct {
	strs map[string]string // place ids
	date string            // the last date read
	br   *bufio.Reader     // reused from file to file
}

// maxShared bounds the strings a parser keeps.
const maxShared = 1 << 16

// newParser returns a parser that shares strings.
func newParser() *parser { return &parser{strs: make(map[string]string)} }

// str returns b as a string, shared with earlier equal ones.
func (p *parser) str(b []byte) string {
	if p == nil || p.strs == nil {
		return string(b)
	}
	if s, ok := p.strs[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(p.strs) < maxShared {
		p.strs[s] = s
	}
	return s
}

// dateStr returns b as a string, the same as the last date's when equal
// (every row of a daily file has the same date).
func (p *parser) dateStr(b []byte) string {
	if p == nil {
		return string(b)
	}
	if string(b) != p.date {
		p.date = string(b)
	}
	return p.date
}

// fieldErrors are the errors of lines of 0 to 16 fields, made once: a file
// of garbage lines costs no allocation a line for them.
var fieldErrors = func() (errs [17]error) {
	for n := range errs {
		errs[n] = fmt.Errorf("%d fields, want 5 (%s)", n, header)
	}
	return errs
}()

// fieldsError is the error of a line of n fields.
func fieldsError(n int) error {
	if n < len(fieldErrors) {
		return fieldErrors[n]
	}
	return fmt.Errorf("%d fields, want 5 (%s)", n, header)
}

// parse reads one line of a usage file (without its line end).
func (p *parser) parse(line []byte) (record, error) {
	var f [5][]byte
	n := 0
	for rest := line; ; n++ {
		i := bytes.IndexByte(rest, ',')
		if n < len(f) {
			if i < 0 {
				f[n] = rest
			} else {
				f[n] = rest[:i]
			}
		}
		if i < 0 {
			n++
			break
		}
		rest = rest[i+1:]
	}
	if n != 5 {
		return record{}, fieldsError(n)
	}
	r := record{Date: p.dateStr(f[0]), Clock: string(f[1]), Event: event(f[3])}
	if !canonicalDateTime(f[0], f[1]) {
		if _, err := time.Parse(dateLayout+" "+timeLayout, r.Date+" "+r.Clock); err != nil {
			return r, fmt.Errorf("date and time %q %q: want YYYY-MM-DD and HH:MM:SS", r.Date, r.Clock)
		}
	}
	if err := checkPlaceBytes(f[2]); err != nil {
		return r, err
	}
	r.Place = p.str(f[2])
	v, ok := plainNumber(f[4])
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(string(f[4]), 64); err != nil {
			return r, fmt.Errorf("value %q is not a number", f[4])
		}
	}
	r.Value = v
	return r, r.checkValue()
}

// event returns the event named b, sharing the constants' strings.
func event(b []byte) Event {
	switch string(b) {
	case string(Open):
		return Open
	case string(DwellSeconds):
		return DwellSeconds
	case string(TourComplete):
		return TourComplete
	}
	return Event(b)
}

// canonicalDateTime reports whether date and clock are a valid
// "2006-01-02" and "15:04:05" in exactly that form (time.Parse also takes a
// few others, which the general path handles).
func canonicalDateTime(date, clock []byte) bool {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' || len(clock) != 8 || clock[2] != ':' || clock[5] != ':' {
		return false
	}
	y, ok1 := digits(date[0:4])
	m, ok2 := digits(date[5:7])
	d, ok3 := digits(date[8:10])
	hh, ok4 := digits(clock[0:2])
	mm, ok5 := digits(clock[3:5])
	ss, ok6 := digits(clock[6:8])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 || ss > 59 {
		return false
	}
	return d <= daysIn(m, y)
}

// digits reads b as a decimal number of digits only.
func digits(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(b) > 0
}

// daysIn is the number of days of month m in year y.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// pow10 are the exact powers of ten a float64 holds.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// plainNumber reads digits with an optional fraction ("34.2"), of at most 15
// digits in all, exactly as strconv.ParseFloat does: the digits and the power
// of ten are exact in a float64, and one division rounds correctly. Any
// other form reports false.
func plainNumber(b []byte) (float64, bool) {
	var mant uint64
	nd, frac, dot := 0, 0, false
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			nd++
			if dot {
				frac++
			}
		case c == '.' && !dot && i > 0 && i < len(b)-1:
			dot = true
		default:
			return 0, false
		}
	}
	if nd == 0 || nd > 15 {
		return 0, false
	}
	return float64(mant) / pow10[frac], true
}

// checkPlaceBytes is checkPlace on bytes, without making a string of a good id.
func checkPlaceBytes(id []byte) error {
	if len(id) == 0 || len(id) > maxIDLen {
		return checkPlace(string(id))
	}
	for _, c := range id {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return checkPlace(string(id))
		}
	}
	return nil
}
