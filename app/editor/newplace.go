package editor

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
)

// ShowNew shows the form of a new place (a draft from Editor.NewPlace): its name and
// story, which the checks ask for; Add adds it (added hears its id) unless a field is
// missing, which shows next to the field. The other fields are edited once it is added.
func (p *Panel) ShowNew(draft *data.Site, added func(id string)) {
	p.id = ""
	p.filling = false
	p.SetStatus("")
	p.form.Objects = nil
	p.errs = map[string]*errorLabel{}
	nameZh, nameEn := widget.NewEntry(), widget.NewEntry()
	nameZh.SetPlaceHolder("中文名称")
	nameEn.SetPlaceHolder("English name")
	storyZh, storyEn := widget.NewMultiLineEntry(), widget.NewMultiLineEntry()
	storyZh.Wrapping, storyEn.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	storyZh.SetMinRowsVisible(4)
	storyEn.SetMinRowsVisible(4)
	where := widget.NewLabel("")
	var path []string
	for _, a := range draft.Admin {
		path = append(path, a.In(p.lang))
	}
	if len(path) > 0 {
		where.SetText(path[0])
	}
	add := widget.NewButtonWithIcon(locale.T("edit.add"), theme.ContentAddIcon(), func() {
		s := *draft
		s.Name = data.Text{Zh: nameZh.Text, En: nameEn.Text}
		s.Story = data.Text{Zh: storyZh.Text, En: storyEn.Text}
		err := p.ed.AddPlace(&s)
		p.showProblems([]string{"name", "story"}, err)
		var r *edit.Refused
		if err != nil && !errors.As(err, &r) {
			p.SetStatus(err.Error())
		}
		if err != nil {
			return
		}
		p.id = s.ID
		p.fill()
		if p.hooks.Changed != nil {
			p.hooks.Changed()
		}
		if added != nil {
			added(s.ID)
		}
	})
	add.Importance = widget.HighImportance
	p.form.Add(widget.NewLabelWithStyle(locale.T("edit.newPlace"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	p.form.Add(where)
	p.form.Add(p.field("name", locale.T("edit.name"), nameZh, nameEn))
	p.form.Add(p.field("story", locale.T("edit.story"), storyZh, storyEn))
	p.form.Add(container.NewHBox(add))
	p.form.Refresh()
	p.newPlace = &newPlaceForm{nameZh: nameZh, nameEn: nameEn, storyZh: storyZh, storyEn: storyEn, add: add}
}

// newPlaceForm holds the new place form's widgets, for tests.
type newPlaceForm struct {
	nameZh, nameEn, storyZh, storyEn *widget.Entry
	add                              *widget.Button
}

// FillNew types a name and story into the new place form and taps Add, as a user would.
func (p *Panel) FillNew(name, story data.Text) {
	f := p.newPlace
	f.nameZh.SetText(name.Zh)
	f.nameEn.SetText(name.En)
	f.storyZh.SetText(story.Zh)
	f.storyEn.SetText(story.En)
	f.add.OnTapped()
}
