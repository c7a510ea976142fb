package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
)

// bundleRow is the row of the bundle buttons, with the Publish button (发布到展机) for
// publish at its end when publish is not nil (a kiosk's staff edit only their own kiosk).
func bundleRow(save, open fyne.CanvasObject, publish func()) fyne.CanvasObject {
	if publish == nil {
		return container.NewGridWithColumns(2, save, open)
	}
	b := widget.NewButtonWithIcon(locale.T("edit.publish"), theme.MailSendIcon(), publish)
	b.Importance = widget.HighImportance
	return container.NewGridWithColumns(3, save, open, b)
}

// Status is the line under the buttons: how the last save or publish went.
func (p *Panel) Status() string { return p.status.Text }
