package editor

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"time"

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

// errorRed is the colour of a field's problem.
var errorRed = color.NRGBA{R: 0xC0, G: 0x1F, B: 0x1F, A: 0xFF}

// errorLabel is the problem of one field, under it; hidden while there is none.
type errorLabel struct {
	text *canvas.Text
}

func newErrorLabel() *errorLabel {
	t := canvas.NewText("", errorRed)
	t.TextSize = style.Size(style.Small)
	t.Hide()
	return &errorLabel{text: t}
}

func (l *errorLabel) set(msg string) {
	l.text.Text = msg
	style.ShowIf(l.text, msg != "")
	l.text.Refresh()
}

// errorFor is the label of field path, made (and put at the top of the form) when the
// form has no place for it.
func (p *Panel) errorFor(path string) *errorLabel {
	if l, ok := p.errs[path]; ok {
		return l
	}
	l := newErrorLabel()
	p.errs[path] = l
	l.text.Text = path
	p.form.Objects = append([]fyne.CanvasObject{l.text}, p.form.Objects...)
	p.form.Refresh()
	return l
}

// field is a caption, the field's widgets and its problem's label, registered under path.
func (p *Panel) field(path, caption string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	l := newErrorLabel()
	p.errs[path] = l
	label := widget.NewLabelWithStyle(caption, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Wrapping = fyne.TextWrapWord
	box := container.NewVBox()
	if caption != "" {
		box.Add(label)
	}
	for _, o := range objs {
		box.Add(o)
	}
	box.Add(l.text)
	return box
}

func entry(placeholder string, onChange func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { onChange() }
	return e
}

func multiEntry(placeholder string, onChange func()) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(4)
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { onChange() }
	return e
}

// buildForm makes the fields that every place has; fill fills them.
func (p *Panel) buildForm() {
	p.nameZh = entry("中文名称", p.nameChanged)
	p.nameEn = entry("English name", p.nameChanged)
	p.adminZh = entry("奉化区 / 萧王庙街道 / 滕头村", p.adminChanged)
	p.adminEn = entry("Fenghua District / Xiaowangmiao Subdistrict / Tengtou Village", p.adminChanged)
	var names []string
	for _, th := range p.ed.Dataset().Themes {
		names = append(names, th.Name.In(p.lang))
	}
	p.themeSel = widget.NewSelect(names, func(string) { p.themeChanged() })
	p.storyZh = multiEntry("中文故事", p.storyChanged)
	p.storyEn = multiEntry("English story", p.storyChanged)
	p.honZh = multiEntry("一行一项", p.honoursChanged)
	p.honEn = multiEntry("one a line", p.honoursChanged)
	p.honZh.SetMinRowsVisible(2)
	p.honEn.SetMinRowsVisible(2)
	p.sourceDate = entry("2024-07-01", p.sourceChanged)
	p.sourceZh = entry("例如《宁波日报》", p.sourceChanged)
	p.sourceEn = entry("e.g. Ningbo Daily", p.sourceChanged)
	p.photos = newPhotoList(p)
}

// fill shows the place as edited, rebuilding the figure and photo rows.
func (p *Panel) fill() {
	s := p.site()
	p.filling = true
	defer func() { p.filling = false }()
	p.updateHistory()
	p.form.Objects = nil
	p.errs = map[string]*errorLabel{}
	if s == nil {
		p.form.Refresh()
		return
	}
	p.nameZh.SetText(s.Name.Zh)
	p.nameEn.SetText(s.Name.En)
	var zh, en []string
	for _, a := range s.Admin {
		zh, en = append(zh, a.Zh), append(en, a.En)
	}
	p.adminZh.SetText(strings.Join(zh, " / "))
	p.adminEn.SetText(strings.Join(en, " / "))
	if th := p.ed.Dataset().Theme(s.Theme); th != nil {
		p.themeSel.SetSelected(th.Name.In(p.lang))
	}
	p.storyZh.SetText(s.Story.Zh)
	p.storyEn.SetText(s.Story.En)
	zh, en = nil, nil
	for _, h := range s.Honours {
		zh, en = append(zh, h.Zh), append(en, h.En)
	}
	p.honZh.SetText(strings.Join(zh, "\n"))
	p.honEn.SetText(strings.Join(en, "\n"))
	p.sourceDate.SetText(s.Source.Date)
	p.sourceZh.SetText("")
	p.sourceEn.SetText("")
	if t := s.Source.Title; t != nil {
		p.sourceZh.SetText(t.Zh)
		p.sourceEn.SetText(t.En)
	}

	p.form.Add(p.field("name", locale.T("edit.name"), p.nameZh, p.nameEn))
	p.form.Add(p.field("admin", locale.T("edit.admin"), p.adminZh, p.adminEn))
	p.form.Add(p.field("theme", locale.T("edit.theme"), narrow(p.themeSel)))
	p.form.Add(p.field("story", locale.T("edit.story"), p.storyZh, p.storyEn))
	p.form.Add(widget.NewLabelWithStyle(locale.T("edit.figures"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	p.figures = p.figures[:0]
	for i, ind := range s.Indicators {
		r := newFigureRow(p, i, ind)
		p.figures = append(p.figures, r)
		p.form.Add(r.root)
	}
	addFig := widget.NewButtonWithIcon(locale.T("edit.addFigure"), theme.ContentAddIcon(), p.AddFigure)
	p.form.Add(container.NewHBox(addFig))
	p.form.Add(p.field("honours", locale.T("edit.honours"), p.honZh, p.honEn))
	titleHint := widget.NewLabel(locale.T("edit.sourceTitle"))
	titleHint.Wrapping = fyne.TextWrapWord
	p.form.Add(p.field("source", locale.T("edit.source"), p.sourceDate, titleHint, p.sourceZh, p.sourceEn))
	p.form.Add(p.photos.build(s))
	p.form.Refresh()
}

func (p *Panel) nameChanged() {
	name := data.Text{Zh: p.nameZh.Text, En: p.nameEn.Text}
	p.apply(edit.Name, func(s *data.Site) { s.Name = name })
}

func (p *Panel) adminChanged() {
	if p.filling {
		return
	}
	zh, en := splitPath(p.adminZh.Text), splitPath(p.adminEn.Text)
	if len(zh) != len(en) {
		p.errorFor("admin").set(locale.T("edit.adminSteps"))
		return
	}
	admin := make([]data.Text, len(zh))
	for i := range zh {
		admin[i] = data.Text{Zh: zh[i], En: en[i]}
	}
	p.apply(edit.Admin, func(s *data.Site) { s.Admin = admin })
}

func splitPath(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func (p *Panel) themeChanged() {
	if p.filling || p.id == "" {
		return
	}
	for _, th := range p.ed.Dataset().Themes {
		if th.Name.In(p.lang) == p.themeSel.Selected {
			p.showProblems([]string{"theme"}, p.ed.SetTheme(p.id, th.ID))
			if p.hooks.Changed != nil {
				p.hooks.Changed()
			}
			p.updateHistory()
			return
		}
	}
}

func (p *Panel) storyChanged() {
	story := data.Text{Zh: p.storyZh.Text, En: p.storyEn.Text}
	p.apply(edit.Story, func(s *data.Site) { s.Story = story })
}

func (p *Panel) honoursChanged() {
	if p.filling {
		return
	}
	zh, en := lines(p.honZh.Text), lines(p.honEn.Text)
	if len(zh) != len(en) {
		p.errorFor("honours").set(locale.T("edit.honourLines"))
		return
	}
	hs := make([]data.Text, len(zh))
	for i := range zh {
		hs[i] = data.Text{Zh: zh[i], En: en[i]}
	}
	p.apply(edit.Honours, func(s *data.Site) { s.Honours = hs })
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func (p *Panel) sourceChanged() {
	date := strings.TrimSpace(p.sourceDate.Text)
	var title *data.Text
	if t := (data.Text{Zh: strings.TrimSpace(p.sourceZh.Text), En: strings.TrimSpace(p.sourceEn.Text)}); t != (data.Text{}) {
		title = &t
	}
	p.apply(edit.Source, func(s *data.Site) { s.Source.Date, s.Source.Title = date, title })
}

// narrow lets o (a Select, whose least width is its longest choice) be as narrow as the
// panel: it asks for no width of its own.
func narrow(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(narrowLayout{}, o)
}

type narrowLayout struct{}

func (narrowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (narrowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(80, h)
}

// AddFigure appends a figure to the place shown, a count of 1 for the user to change.
func (p *Panel) AddFigure() {
	s := p.site()
	if s == nil {
		return
	}
	key := ""
	for n := len(s.Indicators) + 1; ; n++ {
		key = "figure_" + strconv.Itoa(n)
		if !slices.ContainsFunc(s.Indicators, func(ind data.Indicator) bool { return ind.Key == key }) {
			break
		}
	}
	ind := data.Indicator{Key: key, Label: data.Text{Zh: "新数据", En: "New figure"}, Value: 1,
		Unit: data.UnitCount, Counter: data.Text{Zh: "个", En: "items"}, Year: strconv.Itoa(time.Now().Year())}
	if err := p.ed.AddIndicator(p.id, ind); err != nil {
		p.showProblems(nil, err)
		p.SetStatus(err.Error())
		return
	}
	p.afterHistory()
}

// SetSourceTitle types the title of the place's source into the form, Chinese first (as
// staff would; for tests and scripted set-ups).
func (p *Panel) SetSourceTitle(zh, en string) {
	p.sourceZh.SetText(zh)
	p.sourceEn.SetText(en)
}
