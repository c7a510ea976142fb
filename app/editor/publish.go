package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
)

// publishButton is the Publish button (发布到展机) for publish, or nothing when it is nil
// (a kiosk's staff edit only their own kiosk).
func publishButton(publish func()) fyne.CanvasObject {
	if publish == nil {
		none := widget.NewLabel("")
		none.Hide() // a box leaves out what is hidden
		return none
	}
	b := widget.NewButtonWithIcon(style.T("edit.publish"), theme.MailSendIcon(), publish)
	b.Importance = widget.HighImportance
	return b
}

// Status is the line under the buttons: how the last save or publish went.
func (p *Panel) Status() string { return p.status.Text }
