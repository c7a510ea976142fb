package style

import "fyne.io/fyne/v2"

// Theme size names of the app's own text roles.
const (
	CardTitle fyne.ThemeSizeName = "ningbomap.card.title"
	CardBody  fyne.ThemeSizeName = "ningbomap.card.body"
	Figure    fyne.ThemeSizeName = "ningbomap.figure"
	Small     fyne.ThemeSizeName = "ningbomap.small"
	Label     fyne.ThemeSizeName = "ningbomap.label"
	Touch     fyne.ThemeSizeName = "ningbomap.touch" // the least side of a touch target
)

// Defaults are the sizes of the app's text roles at zoom 1; the app's theme scales them.
var Defaults = map[fyne.ThemeSizeName]float32{
	CardTitle: 26,
	CardBody:  17,
	Figure:    30,
	Small:     13,
	Label:     15,
	Touch:     48,
}

// Size returns a size of the current app theme (the default when no app runs).
func Size(n fyne.ThemeSizeName) float32 {
	if a := fyne.CurrentApp(); a != nil {
		return a.Settings().Theme().Size(n)
	}
	return Defaults[n]
}
