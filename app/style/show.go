package style

import (
	"fyne.io/fyne/v2"
)

// ShowIf shows o when on and hides it otherwise.
func ShowIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
