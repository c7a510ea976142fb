package tour

import "time"

// State reports what the tour is doing.
func (t *Tour) State() State { return t.state }

// Position returns the index of the current stop (from 0; show it as index+1)
// and the number of stops, for "3 / 14" and a row of dots.
func (t *Tour) Position() (index, total int) { return t.index, len(t.stops) }

// Current returns the current stop; ok is false when the tour has no stops.
func (t *Tour) Current() (s Stop, ok bool) {
	if len(t.stops) == 0 {
		return Stop{}, false
	}
	return t.stops[t.index], true
}

// Completed counts the passes that went past the last stop, by themselves or
// with Next, since the tour was made.
func (t *Tour) Completed() int { return t.completed }

// Dwell is how long stop i is shown in the tour's language with its pacing;
// 0 for an index outside the list.
func (t *Tour) Dwell(i int) time.Duration {
	if i < 0 || i >= len(t.stops) {
		return 0
	}
	return t.pacing.Dwell(t.stops[i], t.lang)
}

// Remaining is the dwell left on the current stop at now: counting down while
// playing, frozen while paused, 0 otherwise. With Dwell it draws a progress bar.
func (t *Tour) Remaining(now time.Time) time.Duration {
	switch t.state {
	case Playing:
		return max(t.due.Sub(now), 0)
	case Paused:
		return t.left
	}
	return 0
}
