package photo

import (
	"strings"

	"ningbomap/data"
)

// Credits returns the credits of the photos shown, each once, in the order
// first shown, without blanks: the credits line names photo sources only
// when their photos are on screen (an empty result means: no photo line).
func Credits(shown ...data.Photo) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range shown {
		c := strings.TrimSpace(p.Credit)
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, c)
	}
	return out
}

// SiteCredits returns Credits of the photos a card shows: the first photo
// of s, or all of them when all is true (the strip or the viewer is open).
func SiteCredits(s *data.Site, all bool) []string {
	if s == nil || len(s.Photos) == 0 {
		return nil
	}
	if all {
		return Credits(s.Photos...)
	}
	return Credits(s.Photos[0])
}
