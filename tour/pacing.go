package tour

import (
	"time"

	"ningbomap/data"
)

// Pacing decides how long the tour dwells on a card: a fixed time to take in
// the map and the card, plus the time to read its text, at most Max.
type Pacing struct {
	Base             time.Duration // time on every card before any reading
	ZhCharsPerSecond float64       // reading speed in Chinese; 0 or less: no reading time
	EnWordsPerSecond float64       // reading speed in English; 0 or less: no reading time
	Max              time.Duration // cap on the whole dwell; 0: no cap
}

// Reading speeds and limits of DefaultPacing. Chinese text on a screen is read
// at roughly 5–8 characters a second and English at 3–4 words a second; the
// defaults sit at the slower end, for visitors reading a second language.
const (
	DefaultBase             = 8 * time.Second
	DefaultZhCharsPerSecond = 6
	DefaultEnWordsPerSecond = 3.5
	DefaultMax              = 60 * time.Second
)

// DefaultPacing is 8 s plus 6 Chinese characters or 3.5 English words a
// second, capped at 60 s: a card of 150 characters (100 words) gets 33 s (37 s).
func DefaultPacing() Pacing {
	return Pacing{
		Base:             DefaultBase,
		ZhCharsPerSecond: DefaultZhCharsPerSecond,
		EnWordsPerSecond: DefaultEnWordsPerSecond,
		Max:              DefaultMax,
	}
}

// Dwell is how long the tour stays on stop s when the card is shown in
// language l (English for any language but Chinese). It is never negative,
// and never more than p.Max when that is set.
func (p Pacing) Dwell(s Stop, l data.Lang) time.Duration {
	units, rate := float64(s.En), p.EnWordsPerSecond
	if l == data.Zh {
		units, rate = float64(s.Zh), p.ZhCharsPerSecond
	}
	d := max(p.Base, 0)
	if rate > 0 && units > 0 {
		d += time.Duration(units / rate * float64(time.Second)).Round(time.Millisecond)
	}
	if p.Max > 0 && d > p.Max {
		d = p.Max
	}
	return d
}
