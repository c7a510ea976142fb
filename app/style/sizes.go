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

// reading are the roles a visitor reads (cards, lists, tooltips): the text scale
// (Theme.Text) enlarges them. Buttons, the search field and the touch targets keep their
// size, so the window's frame stays as it is laid out.
var reading = map[fyne.ThemeSizeName]bool{CardTitle: true, CardBody: true, Figure: true, Small: true, Label: true}

// Size returns a size of the current app theme (the default when no app runs).
func Size(n fyne.ThemeSizeName) float32 {
	if a := fyne.CurrentApp(); a != nil {
		return a.Settings().Theme().Size(n)
	}
	return Defaults[n]
}

// TextScale is the text scale of the current app theme (Theme.Text): what the reading
// sizes and the map's names are multiplied by. It is 1 when no app runs or the theme is
// not the app's.
func TextScale() float32 {
	if a := fyne.CurrentApp(); a != nil {
		if t, ok := a.Settings().Theme().(*Theme); ok && t.Text > 0 {
			return t.Text
		}
	}
	return 1
}
