package usage

// quickRow is a row of a usage file read in place, without allocating: its
// byte fields point into the line.
type quickRow struct {
	date  []byte // "2006-01-02"
	secs  int    // second of the day
	place []byte
	event Event
	value float64
}

// quickParse reads a line in exactly the form the log writes (a canonical
// date and time, a valid place id, a known event, a plain number that fits
// it) without allocating. It reports false for anything else, which the
// general parser then reads: every line quickParse takes, the parser takes
// too, with the same values (FuzzQuickAgrees).
func quickParse(line []byte) (quickRow, bool) {
	var q quickRow
	// date,time,: 10 + 1 + 8 + 1 bytes
	if len(line) < 20 || line[10] != ',' || line[19] != ',' || !canonicalDateTime(line[:10], line[11:19]) {
		return q, false
	}
	q.date = line[:10]
	h, m, s := int(line[11]-'0')*10+int(line[12]-'0'), int(line[14]-'0')*10+int(line[15]-'0'), int(line[17]-'0')*10+int(line[18]-'0')
	q.secs = h*3600 + m*60 + s
	rest := line[20:]
	i := indexComma(rest)
	if i < 1 || i > maxIDLen {
		return q, false
	}
	for _, c := range rest[:i] {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return q, false
		}
	}
	q.place, rest = rest[:i], rest[i+1:]
	i = indexComma(rest)
	if i < 0 {
		return q, false
	}
	switch string(rest[:i]) {
	case string(Open):
		q.event = Open
	case string(DwellSeconds):
		q.event = DwellSeconds
	case string(TourComplete):
		q.event = TourComplete
	default:
		return q, false
	}
	v, ok := plainNumber(rest[i+1:]) // no comma: plainNumber takes digits and one dot only
	if !ok {
		return q, false
	}
	q.value = v
	switch q.event {
	case Open, TourComplete:
		ok = v >= 1 && v <= maxCount && v == float64(int64(v))
	default:
		ok = v <= maxDwell
	}
	return q, ok
}

// indexComma is the index of the first ',' in b, or -1.
func indexComma(b []byte) int {
	for i, c := range b {
		if c == ',' {
			return i
		}
	}
	return -1
}
