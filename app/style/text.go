package style

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// ShowIf shows o when on and hides it otherwise.
func ShowIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// T returns the translation of key in the current UI language.
func T(key string) string {
	return lang.X(key, key)
}

// TData returns the translation of key, filled from d.
func TData(key string, d map[string]any) string {
	return lang.X(key, key, d)
}
