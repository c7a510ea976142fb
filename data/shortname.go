package data

import "unicode/utf8"

// Longest short names: a map label beside a marker has to fit on a laptop
// screen among its neighbours.
const (
	MaxShortZh = 8  // characters
	MaxShortEn = 24 // characters
)

// ShortName returns the name to write beside the place's marker in
// language l: Short when the file gives one in l, else Name.
func (s *Site) ShortName(l Lang) string {
	if t := s.Short.Zh; l == Zh && t != "" {
		return t
	}
	if t := s.Short.En; l == En && t != "" {
		return t
	}
	return s.Name.In(l)
}

// checkShort reports a short name missing a language or too long to be one.
func checkShort(t Text, r *report) {
	checkText(t, "short", r)
	if n := utf8.RuneCountInString(t.Zh); n > MaxShortZh {
		r.addf("short", "%w: zh %q has %d characters, want at most %d", ErrLength, t.Zh, n, MaxShortZh)
	}
	if n := utf8.RuneCountInString(t.En); n > MaxShortEn {
		r.addf("short", "%w: en %q has %d characters, want at most %d", ErrLength, t.En, n, MaxShortEn)
	}
}
