// Package editor is the edit mode's form: the fields of one place (name, administrative
// path, theme, story, figures with a preview in both languages, distinctions, source,
// photos) on top of an edit.Editor, each problem shown next to its field. It knows
// nothing of the map: the program says which place to show and hears of each change
// through Hooks.
package editor

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/edit"
)

// Hooks are what the panel's buttons and edits do beyond the Editor.
type Hooks struct {
	Changed   func()          // the content changed (an edit, undo or redo): show Editor.Dataset()
	Save      func()          // save into the data folder
	Done      func()          // leave edit mode
	AddPlace  func()          // the next tap on the map adds a place there
	Delete    func(id string) // delete the place (the program asks first)
	Tour      func()          // reorder the tour
	Bundle    func(open bool) // save (false) or open (true) an exhibition bundle
	PickPhoto func(id string) // choose a photo file for the place (a file dialog)
	// Publish saves, signs and writes the exhibition into the fleet folder (the office
	// laptop's 发布到展机); nil: no such button.
	Publish func()
}

// Panel is the form of one place. Build it with New; Show fills it.
type Panel struct {
	Root   *fyne.Container
	ed     *edit.Editor
	lang   data.Lang
	hooks  Hooks
	id     string
	status *widget.Label
	errs   map[string]*errorLabel
	form   *fyne.Container
	// filling is set while the form is filled from the content, so that the entries'
	// OnChanged does not take the filling for an edit.
	filling bool

	nameZh, nameEn, adminZh, adminEn *widget.Entry
	themeSel                         *widget.Select
	storyZh, storyEn                 *widget.Entry
	honZh, honEn, sourceDate         *widget.Entry
	sourceZh, sourceEn               *widget.Entry // the source's title; blank: the feature
	figures                          []*figureRow
	photos                           *photoList
	undo, redo                       *widget.Button
	newPlace                         *newPlaceForm
}

// New builds the panel for ed in language l.
func New(ed *edit.Editor, l data.Lang, h Hooks) *Panel {
	p := &Panel{ed: ed, lang: l, hooks: h, errs: map[string]*errorLabel{}}
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.status.Hide()
	p.undo = widget.NewButtonWithIcon("", theme.ContentUndoIcon(), func() { p.Undo() })
	p.redo = widget.NewButtonWithIcon("", theme.ContentRedoIcon(), func() { p.Redo() })
	save := widget.NewButtonWithIcon(locale.T("edit.save"), theme.DocumentSaveIcon(), call(h.Save))
	save.Importance = widget.HighImportance
	done := widget.NewButtonWithIcon(locale.T("edit.done"), theme.ConfirmIcon(), call(h.Done))
	add := widget.NewButtonWithIcon(locale.T("edit.addPlace"), theme.ContentAddIcon(), call(h.AddPlace))
	del := widget.NewButtonWithIcon(locale.T("edit.delete"), theme.DeleteIcon(), func() {
		if h.Delete != nil && p.id != "" {
			h.Delete(p.id)
		}
	})
	tour := widget.NewButtonWithIcon(locale.T("edit.tour"), theme.ListIcon(), call(h.Tour))
	bsave := widget.NewButtonWithIcon(locale.T("edit.bundleSave"), theme.UploadIcon(), func() { callBundle(h, false) })
	bopen := widget.NewButtonWithIcon(locale.T("edit.bundleOpen"), theme.DownloadIcon(), func() { callBundle(h, true) })
	tools := container.NewVBox(
		container.NewHBox(p.undo, p.redo, save, done),
		container.NewGridWithColumns(3, add, del, tour),
		bundleRow(bsave, bopen, h.Publish),
		p.status)
	p.form = container.NewVBox()
	p.Root = container.NewBorder(tools, nil, nil, nil, container.NewVScroll(narrow(container.NewPadded(p.form))))
	p.buildForm()
	return p
}

func call(f func()) func() {
	return func() {
		if f != nil {
			f()
		}
	}
}

func callBundle(h Hooks, open bool) {
	if h.Bundle != nil {
		h.Bundle(open)
	}
}

// Lang is the language the panel was built in.
func (p *Panel) Lang() data.Lang { return p.lang }

// Shown is the id of the place shown.
func (p *Panel) Shown() string { return p.id }

// Show fills the form with the place id as edited.
func (p *Panel) Show(id string) {
	p.id = id
	p.fill()
}

// site is the place shown, as edited now.
func (p *Panel) site() *data.Site {
	return p.ed.Dataset().Site(p.id)
}

// Undo goes back one edit and shows the result.
func (p *Panel) Undo() {
	if p.ed.Undo() {
		p.afterHistory()
	}
}

// Redo does the last undone edit again.
func (p *Panel) Redo() {
	if p.ed.Redo() {
		p.afterHistory()
	}
}

func (p *Panel) afterHistory() {
	p.fill()
	if p.hooks.Changed != nil {
		p.hooks.Changed()
	}
}

// SetStatus shows a line of news over the form (saved, a problem saving).
func (p *Panel) SetStatus(s string) {
	p.status.SetText(s)
	style.ShowIf(p.status, s != "")
}

// apply runs an edit of field f of the place shown, typed by the user (Editor.Edit: a
// typing run is one undo step); a refused one leaves the content as it was and shows
// each problem next to its field. It reports whether the edit was kept.
func (p *Panel) apply(f edit.Field, change func(s *data.Site)) bool {
	if p.filling || p.id == "" {
		return false
	}
	err := p.ed.Edit(p.id, f, change)
	p.showProblems([]string{string(f)}, err)
	p.updateHistory()
	if err != nil {
		return false
	}
	if p.hooks.Changed != nil {
		p.hooks.Changed()
	}
	return true
}

// showProblems clears the error labels of fields (prefixes of field paths) and shows
// those of err.
func (p *Panel) showProblems(fields []string, err error) {
	for path, l := range p.errs {
		for _, f := range fields {
			if path == f || strings.HasPrefix(path, f+".") || strings.HasPrefix(path, f+"[") {
				l.set("")
			}
		}
	}
	var r *edit.Refused
	if errors.As(err, &r) {
		for path, err := range r.Errors() {
			p.labelFor(path).set(problemText(err, p.lang))
		}
	} else if err != nil {
		p.SetStatus(err.Error())
	}
}

// Problem returns the message shown next to the field path ("" when none), for tests.
func (p *Panel) Problem(path string) string {
	if l := p.labelFor(path); l.text.Visible() {
		return l.text.Text
	}
	return ""
}

// labelFor is the label of the field path, or of the nearest field holding it
// ("indicators[2].rank.position" shows under "indicators[2].rank").
func (p *Panel) labelFor(path string) *errorLabel {
	for at := path; at != ""; {
		if l, ok := p.errs[at]; ok {
			return l
		}
		i := strings.LastIndexAny(at, ".[")
		if i <= 0 {
			break
		}
		at = at[:i]
	}
	return p.errorFor(path)
}

func (p *Panel) updateHistory() {
	setEnabled(p.undo, p.ed.CanUndo())
	setEnabled(p.redo, p.ed.CanRedo())
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
