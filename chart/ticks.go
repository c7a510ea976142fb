package chart

import (
	"math"
	"time"
)

// niceTicks chooses the steps of a value axis from 0 to at least max with
// about n steps of 1, 2 or 5 times a power of ten (whole numbers: counts),
// and returns the step and the axis' top.
func niceTicks(max float64, n int) (step, top float64) {
	if n < 1 {
		n = 1
	}
	if !(max > 0) || math.IsInf(max, 0) {
		return 1, 1
	}
	raw := max / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 10 * p
	for _, m := range []float64{1, 2, 5} {
		if m*p >= raw {
			step = m * p
			break
		}
	}
	step = math.Max(step, 1)
	top = math.Ceil(max/step-1e-9) * step
	return step, top
}

// dateTick is a tick of a date axis.
type dateTick struct {
	t     time.Time
	label string
}

// dateStep is one way to space the ticks of a date axis.
type dateStep struct {
	days, months int // one of them
	label        func(lang string, t time.Time, first bool) string
}

// dateSteps are the spacings tried, finest first: days, weeks from Monday,
// months from the 1st, quarters, years.
var dateSteps = []dateStep{
	{days: 1, label: dayTick}, {days: 2, label: dayTick}, {days: 7, label: dayTick}, {days: 14, label: dayTick},
	{months: 1, label: monthTick}, {months: 2, label: monthTick}, {months: 3, label: monthTick},
	{months: 6, label: monthTick}, {months: 12, label: yearTick}, {months: 24, label: yearTick},
	{months: 60, label: yearTick}, {months: 120, label: yearTick},
}

func dayTick(lang string, t time.Time, _ bool) string { return dayLabel(lang, t) }

func monthTick(lang string, t time.Time, first bool) string {
	return monthLabel(lang, t, first || t.Month() == time.January)
}

func yearTick(lang string, t time.Time, _ bool) string { return yearLabel(lang, t) }

// ticks are the ticks of step from from to to (dates at midnight UTC).
func (s dateStep) ticks(lang string, from, to time.Time) []dateTick {
	var t time.Time
	switch {
	case s.days == 1 || s.days == 2:
		t = from
	case s.days > 0: // from the first Monday
		t = from.AddDate(0, 0, (8-int(from.Weekday()))%7)
	default: // from the first 1st of a month on the step's grid
		t = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(from) {
			t = t.AddDate(0, 1, 0)
		}
		for (int(t.Month())-1)%min(s.months, 12) != 0 || s.months > 12 && t.Year()%(s.months/12) != 0 {
			t = t.AddDate(0, 1, 0)
		}
	}
	var out []dateTick
	for ; !t.After(to); t = t.AddDate(0, s.months, s.days) {
		out = append(out, dateTick{t: t, label: s.label(lang, t, len(out) == 0)})
		if len(out) > 1000 {
			break
		}
	}
	return out
}

// dateTicks chooses the finest spacing whose labels fit in width pixels
// with gap pixels between them (measured with width), and returns its
// ticks; a span too long for any gives the coarsest.
func dateTicks(lang string, from, to time.Time, width, gap float64, measure func(string) float64) []dateTick {
	var ts []dateTick
	for _, s := range dateSteps {
		ts = s.ticks(lang, from, to)
		if len(ts) == 0 {
			continue
		}
		widest := 0.0
		for _, t := range ts {
			widest = math.Max(widest, measure(t.label))
		}
		// The span holds (days+1) slots; the ticks are spread over it.
		days := to.Sub(from).Hours()/24 + 1
		perTick := width / days * float64(max(s.days, s.months*30))
		if len(ts) == 1 || perTick >= widest+gap {
			return ts
		}
	}
	return ts
}
