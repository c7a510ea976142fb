package visitors

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/chart"
)

// setTiles shows the totals as large figures.
func (v *View) setTiles() {
	f := v.figures
	avg := 0.0
	if f.Total.Dwells > 0 {
		avg = f.Total.DwellSeconds / float64(f.Total.Dwells)
	}
	tiles := []struct{ key, value string }{
		{"visitors.visits", chart.Number(float64(f.Visits))},
		{"visitors.opens", chart.Number(float64(f.Total.Opens))},
		{"visitors.readingTime", duration(f.Total.DwellSeconds)},
		{"visitors.average", seconds(avg)},
		{"visitors.guided", chart.Number(float64(f.Guided))},
		{"visitors.attract", chart.Number(float64(f.Attract))},
	}
	v.tiles.RemoveAll()
	for _, t := range tiles {
		v.tiles.Add(tile(t.value, locale.T(t.key)))
	}
	v.tiles.Refresh()
}

// seconds writes a number of seconds: "34 s", "34 秒".
func seconds(s float64) string {
	return locale.TData("visitors.seconds", map[string]any{"N": fmt.Sprintf("%.0f", s)})
}

// tile is one total: the figure large in Party red (made smaller to fit)
// over what it counts.
func tile(value, label string) fyne.CanvasObject {
	big := style.NewFitText(value, style.PartyRed, style.Size(style.Figure), true)
	small := canvas.NewText(label, theme.Color(theme.ColorNameForeground))
	small.TextSize = style.Size(style.Small)
	bg := canvas.NewRectangle(color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0x14})
	bg.CornerRadius = 8
	return container.NewStack(bg, container.NewPadded(container.NewVBox(big, small)))
}

// setTable shows the figures per place as a table: place, cards opened,
// reading time, average per card.
func (v *View) setTable() {
	v.table.RemoveAll()
	grid := container.NewGridWithColumns(4)
	head := func(s string) {
		l := widget.NewLabel(s)
		l.TextStyle.Bold = true
		grid.Add(l)
	}
	head(locale.T("visitors.table.place"))
	head(locale.T("visitors.opens"))
	head(locale.T("visitors.readingTime"))
	head(locale.T("visitors.average"))
	for _, r := range v.figures.Places {
		name := widget.NewLabel(r.Name)
		name.Truncation = fyne.TextTruncateEllipsis
		grid.Add(name)
		grid.Add(widget.NewLabel(chart.Number(float64(r.Opens))))
		grid.Add(widget.NewLabel(duration(r.DwellSeconds)))
		grid.Add(widget.NewLabel(seconds(r.AvgDwell())))
	}
	v.table.Add(grid)
	v.table.Refresh()
}

// setNote says what is being read, what could not be, or how long the
// reading took.
func (v *View) setNote() {
	var text string
	switch {
	case v.data.err != nil:
		text = locale.TData("visitors.error", map[string]any{"Err": v.data.err})
	case v.loading:
		text = locale.T("visitors.reading")
	case len(v.data.skips) > 0:
		text = locale.TData("visitors.skipped", map[string]any{"Count": len(v.data.skips)})
	}
	v.note.SetText(text)
	style.ShowIf(v.note, text != "")
	style.ShowIf(v.details, len(v.data.skips) > 0 && !v.loading)
}

// showSkips lists what could not be read (the first 50 problems).
func (v *View) showSkips() {
	if v.h.Window == nil {
		return
	}
	var lines []string
	for i, e := range v.data.skips {
		if i == 50 {
			lines = append(lines, fmt.Sprintf("… (%d more)", len(v.data.skips)-50))
			break
		}
		lines = append(lines, e.Error())
	}
	l := widget.NewLabel(strings.Join(lines, "\n"))
	l.Wrapping = fyne.TextWrapBreak
	s := container.NewVScroll(l)
	s.SetMinSize(fyne.NewSize(640, 360))
	dialog.ShowCustom(locale.T("visitors.details"), locale.T("visitors.back"), s, v.h.Window)
}
