package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// answer is one button of a question: its label, whether it is the suggested one, and what
// it does.
type answer struct {
	label     string
	suggested bool
	do        func()
}

// question asks in the window: msg, set as a paragraph (UAX #14 line breaks), over a
// button per answer, the suggested one in the primary colour. A tap closes the dialog
// and runs that answer. It reports false, showing nothing, when there is no window.
func (ui *mainUI) question(title, msg string, answers ...answer) bool {
	if ui.win == nil {
		return false
	}
	text := style.NewParagraph(msg, style.CardBody, false, theme.ColorNameForeground)
	d := dialog.NewCustomWithoutButtons(title, container.NewPadded(text), ui.win)
	buttons := make([]fyne.CanvasObject, len(answers))
	for i, a := range answers {
		b := widget.NewButton(a.label, func() {
			d.Hide()
			a.do()
		})
		if a.suggested {
			b.Importance = widget.HighImportance
		}
		buttons[i] = b
	}
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	return true
}
