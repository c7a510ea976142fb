package editor

import (
	"path"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
)

// photoList edits a place's photos: each one's caption and credit, its order (the first
// sits above the story) and removal; and the caption and credit of the next photo added
// (by the file dialog or by dropping a file on the window).
type photoList struct {
	p                       *Panel
	newZh, newEn, newCredit *widget.Entry
}

func newPhotoList(p *Panel) *photoList {
	l := &photoList{p: p}
	nothing := func() {}
	l.newZh = entry("图片说明", nothing)
	l.newEn = entry("Caption", nothing)
	l.newCredit = entry(locale.T("edit.creditHint"), nothing)
	return l
}

// build makes the rows of s's photos and the row that adds one.
func (l *photoList) build(s *data.Site) fyne.CanvasObject {
	box := container.NewVBox(widget.NewSeparator(),
		widget.NewLabelWithStyle(locale.T("edit.photos"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for i, ph := range s.Photos {
		box.Add(l.row(i, ph))
	}
	pick := widget.NewButtonWithIcon(locale.T("edit.addPhoto"), theme.FileImageIcon(), func() {
		if l.p.hooks.PickPhoto != nil {
			l.p.hooks.PickPhoto(l.p.id)
		}
	})
	at := string(edit.Photo(len(s.Photos)))
	box.Add(l.p.field(at, locale.T("edit.newPhoto"), l.newZh, l.newEn, l.newCredit, pick))
	return box
}

func (l *photoList) row(i int, ph data.Photo) fyne.CanvasObject {
	p := l.p
	zh, en, credit := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	zh.SetText(ph.Caption.Zh)
	en.SetText(ph.Caption.En)
	credit.SetText(ph.Credit)
	at := string(edit.Photo(i))
	changed := func(string) {
		if p.filling {
			return
		}
		caption := data.Text{Zh: zh.Text, En: en.Text}
		c := strings.TrimSpace(credit.Text)
		p.apply(edit.Photo(i), func(s *data.Site) { s.Photos[i].Caption, s.Photos[i].Credit = caption, c })
	}
	zh.OnChanged, en.OnChanged, credit.OnChanged = changed, changed, changed
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() {
		if i > 0 && p.ed.MovePhoto(p.id, i, i-1) == nil {
			p.afterHistory()
		}
	})
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		if p.ed.RemovePhoto(p.id, i) == nil {
			p.afterHistory()
		}
	})
	title := path.Base(ph.File)
	if i == 0 {
		title += " · " + locale.T("edit.firstPhoto")
	}
	head := container.NewBorder(nil, nil, nil, container.NewHBox(up, remove), widget.NewLabel(title))
	return container.NewVBox(head, p.field(at, "", zh, en, credit))
}

// AddPhoto adds the image file src to the place shown with the caption and credit typed
// in the add row; a refusal (no credit, no image) shows next to that row.
func (p *Panel) AddPhoto(src string) error {
	if p.id == "" {
		return nil
	}
	l := p.photos
	at := string(edit.Photo(len(p.site().Photos)))
	err := p.ed.AddPhoto(p.id, src, data.Text{Zh: l.newZh.Text, En: l.newEn.Text}, strings.TrimSpace(l.newCredit.Text))
	if err != nil {
		p.showProblems([]string{at}, err)
		if p.Problem(at) == "" && p.Problem(at+".credit") == "" {
			p.errorFor(at).set(err.Error())
		}
		return err
	}
	l.newZh.SetText("")
	l.newEn.SetText("")
	l.newCredit.SetText("")
	p.afterHistory()
	return nil
}

// SetNewPhotoText types the caption and credit of the next photo added, as a user would.
func (p *Panel) SetNewPhotoText(caption data.Text, credit string) {
	p.photos.newZh.SetText(caption.Zh)
	p.photos.newEn.SetText(caption.En)
	p.photos.newCredit.SetText(credit)
}
