package editor

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/edit"
)

// units are the choices of a figure's unit, as the data files name them.
var units = []string{string(data.UnitYuan), string(data.UnitPeople), string(data.UnitPersonTimes),
	string(data.UnitHouseholds), string(data.UnitM2), string(data.UnitPercent), string(data.UnitCount),
	string(data.UnitPer10k), string(data.UnitYears), string(data.UnitMonths)}

// qualifiers and scopes are the choices of a figure's qualifier and rank ("" for none).
var (
	qualifiers = []string{"", string(data.QualifierOver), string(data.QualifierOdd), string(data.QualifierAbove)}
	scopes     = []string{"", string(data.ScopeProvince), string(data.ScopeCity), string(data.ScopeCounty)}
)

// figureRow edits one figure: what is counted, the value (in base units: yuan, people…),
// the unit and its counter, the year or qualifier and the rank, with the figure as the
// card will show it in both languages.
type figureRow struct {
	p                  *Panel
	i                  int
	base               data.Indicator // what the row does not edit (key, decimals, share…)
	labelZh, labelEn   *widget.Entry
	value              *widget.Entry
	unit               *widget.Select
	counterZh, counter *widget.Entry
	year               *widget.Entry
	decimals           *widget.Entry
	qualifier          *widget.Select
	scope              *widget.Select
	position           *widget.Entry
	preview            *canvas.Text
	root               fyne.CanvasObject
}

func newFigureRow(p *Panel, i int, ind data.Indicator) *figureRow {
	r := &figureRow{p: p, i: i, base: ind}
	ch := r.changed
	r.labelZh = entry("产值", ch)
	r.labelEn = entry("Output", ch)
	r.value = entry("13060000000", ch)
	r.unit = widget.NewSelect(units, func(string) { ch() })
	r.counterZh = entry("个", ch)
	r.counter = entry("cases", ch)
	r.year = entry("2023", ch)
	r.decimals = entry(locale.T("edit.decimalsHint"), ch)
	r.qualifier = widget.NewSelect(qualifiers, func(string) { ch() })
	r.scope = widget.NewSelect(scopes, func(string) { ch() })
	r.position = entry("1", ch)
	r.preview = canvas.NewText("", theme.Color(theme.ColorNamePrimary))
	r.preview.TextStyle.Bold = true
	r.preview.TextSize = style.Size(style.CardBody)

	r.labelZh.SetText(ind.Label.Zh)
	r.labelEn.SetText(ind.Label.En)
	r.value.SetText(strconv.FormatFloat(ind.Value, 'f', -1, 64))
	r.unit.SetSelected(string(ind.Unit))
	r.counterZh.SetText(ind.Counter.Zh)
	r.counter.SetText(ind.Counter.En)
	r.year.SetText(ind.Year)
	if ind.Decimals != nil {
		r.decimals.SetText(strconv.Itoa(*ind.Decimals))
	}
	r.qualifier.SetSelected(string(ind.Qualifier))
	if ind.Rank != nil {
		r.scope.SetSelected(string(ind.Rank.Scope))
		r.position.SetText(strconv.Itoa(ind.Rank.Position))
	}
	r.showPreview(ind)

	at := string(edit.Figure(i))
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { r.move(-1) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), r.remove)
	head := container.NewBorder(nil, nil, nil, container.NewHBox(up, remove),
		widget.NewLabelWithStyle(fmt.Sprintf("%s %d", locale.T("edit.figure"), i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	grid := container.NewGridWithColumns(2,
		p.field(at+".label", locale.T("edit.counted"), r.labelZh, r.labelEn),
		p.field(at+".value", locale.T("edit.value"), r.value, r.decimals),
		p.field(at+".unit", locale.T("edit.unit"), narrow(r.unit)),
		p.field(at+".counter", locale.T("edit.counter"), r.counterZh, r.counter),
		p.field(at+".year", locale.T("edit.year"), r.year, narrow(r.qualifier)),
		p.field(at+".rank", locale.T("edit.rank"), narrow(r.scope), r.position),
	)
	r.root = container.NewVBox(widget.NewSeparator(), head, container.NewPadded(r.preview), grid)
	return r
}

// indicator reads the row; a value that is no number is named by the field's message.
func (r *figureRow) indicator() (data.Indicator, string) {
	ind := r.base
	ind.Label = data.Text{Zh: r.labelZh.Text, En: r.labelEn.Text}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(r.value.Text), ",", ""), 64)
	if err != nil {
		return ind, locale.T("edit.notNumber")
	}
	ind.Value = v
	ind.Decimals = nil
	if d := strings.TrimSpace(r.decimals.Text); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil {
			return ind, locale.T("edit.notNumber")
		}
		ind.Decimals = &n
	}
	ind.Unit = data.Unit(r.unit.Selected)
	ind.Counter = data.Text{Zh: r.counterZh.Text, En: r.counter.Text}
	ind.Year = strings.TrimSpace(r.year.Text)
	ind.Qualifier = data.Qualifier(r.qualifier.Selected)
	ind.Rank = nil
	if r.scope.Selected != "" {
		pos, _ := strconv.Atoi(strings.TrimSpace(r.position.Text))
		tied := r.base.Rank != nil && r.base.Rank.Tied
		ind.Rank = &data.Rank{Scope: data.Scope(r.scope.Selected), Position: pos, Tied: tied}
	}
	return ind, ""
}

// changed previews the row and keeps it when it passes the checks.
func (r *figureRow) changed() {
	if r.p.filling {
		return
	}
	at := string(edit.Figure(r.i))
	ind, bad := r.indicator()
	if bad != "" {
		r.p.showProblems([]string{at}, nil)
		r.p.errorFor(at + ".value").set(bad)
		r.preview.Text = "—"
		r.preview.Refresh()
		return
	}
	r.showPreview(ind)
	r.p.apply(edit.Figure(r.i), func(s *data.Site) { s.Indicators[r.i] = ind })
}

// showPreview shows ind as the card will: 130.60亿元 · 13.06 billion yuan.
func (r *figureRow) showPreview(ind data.Indicator) {
	pv, _ := edit.FigurePreview(ind)
	r.preview.Text = PreviewText(pv)
	r.preview.Refresh()
}

// PreviewText is a figure's preview line: both languages side by side.
func PreviewText(pv edit.Preview) string {
	zh, en := strings.TrimSpace(pv.Zh.Text), strings.TrimSpace(pv.En.Text)
	return zh + "  ·  " + en
}

// Preview returns the preview line of figure i (from 0), for tests.
func (p *Panel) Preview(i int) string {
	if i >= len(p.figures) {
		return ""
	}
	return p.figures[i].preview.Text
}

// SetFigureValue types a value and its decimals into figure i (from 0), as a user would.
func (p *Panel) SetFigureValue(i int, value, decimals string) {
	p.figures[i].decimals.SetText(decimals)
	p.figures[i].value.SetText(value)
}

func (r *figureRow) move(d int) {
	to := r.i + d
	if to < 0 {
		return
	}
	if err := r.p.ed.MoveIndicator(r.p.id, r.i, to); err == nil {
		r.p.afterHistory()
	}
}

func (r *figureRow) remove() {
	if err := r.p.ed.RemoveIndicator(r.p.id, r.i); err != nil {
		r.p.showProblems(nil, err)
		r.p.fill()
		return
	}
	r.p.afterHistory()
}
