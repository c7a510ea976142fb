package visitors

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"

	"ningbomap/app/locale"
	"ningbomap/chart"
	"ningbomap/usage"
)

// chartsOf are the dashboard's charts of f, in the order shown: visits per
// day, by hour, by weekday and hour, cards opened per place, reading time
// per place. place gives a place's name and colour (zero for the charts' own).
func chartsOf(f usage.Figures, place func(id string) (string, color.NRGBA)) []chart.Chart {
	opens := chart.Bars{Title: locale.T("visitors.chart.opens"), Axis: locale.T("visitors.chart.opensAxis")}
	for _, r := range f.Places {
		name, c := place(r.Place)
		opens.Items = append(opens.Items, chart.Bar{Label: name, Value: float64(r.Opens), Color: c})
	}
	byReading := slices.Clone(f.Places)
	slices.SortStableFunc(byReading, func(a, b usage.Row) int { return cmp.Compare(b.DwellSeconds, a.DwellSeconds) })
	reading := chart.Bars{Title: locale.T("visitors.chart.reading"), Axis: locale.T("visitors.chart.readingAxis"),
		Format: func(v float64) string { return chart.Number(v) }}
	for _, r := range byReading {
		name, c := place(r.Place)
		reading.Items = append(reading.Items, chart.Bar{Label: name, Value: math.Round(r.DwellSeconds / 60), Color: c})
	}
	days := chart.Line{Title: locale.T("visitors.chart.days"), Axis: locale.T("visitors.chart.visitsAxis")}
	for _, d := range f.Days {
		days.Points = append(days.Points, chart.Point{Date: d.Date, Value: float64(d.Visits)})
	}
	hours := chart.Hours{Title: locale.T("visitors.chart.hours"), Axis: locale.T("visitors.chart.visitsAxis")}
	var week chart.Heat
	week.Title, week.Legend = locale.T("visitors.chart.week"), locale.T("visitors.chart.visitsLegend")
	for h := range 24 {
		hours.Values[h] = float64(f.Hours[h])
		for d := range 7 {
			week.Values[d][h] = float64(f.WeekHours[d][h])
		}
	}
	return []chart.Chart{days, hours, week, opens, reading}
}

// wideRows are the rows of the charts of chartsOf on a wide view (and in a
// saved picture): the days across, hours and the week side by side, then
// the two charts per place.
var wideRows = [][]int{{0}, {1, 2}, {3, 4}}

// setCharts shows the charts of the figures.
func (v *View) setCharts() {
	cs := chartsOf(v.figures, v.placeOf)
	for i, c := range cs {
		v.charts[i].set(c)
	}
	v.grid.Refresh()
}

// placeOf is a place's name in the UI language and its colour, for the charts; its id
// and zero (the charts' own colour) for a place the exhibition does not have.
func (v *View) placeOf(id string) (string, color.NRGBA) {
	if v.h.Place != nil {
		if name, c, ok := v.h.Place(id); ok {
			return name, c
		}
	}
	return id, color.NRGBA{}
}

// duration writes seconds as hours and minutes ("3 h 05 min", "3 小时 5 分钟"),
// or minutes under an hour.
func duration(seconds float64) string {
	m := int(math.Round(seconds / 60))
	if m < 60 {
		return locale.TData("visitors.minutes", map[string]any{"N": m})
	}
	return locale.TData("visitors.hm", map[string]any{"H": chart.Number(float64(m / 60)), "M": fmt.Sprintf("%d", m%60)})
}
